package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.io.InputError;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionTest {
    @Test
    void aSessionReadsBackExactly() throws Exception {
        LabState state = LabState.defaults().with("learningRate", 0.1).with("optimizer", "adam");
        Network net = Presets.playground();
        Dataset data = Generators.generate(Generators.Spec.of("circle", 40, 0.2, 3)).withPoint(new double[] {0.123456789, -4}, new double[] {1});
        Trainer trainer = new Trainer(net, data, null, state.trainingConfig());
        for (int i = 0; i < 5; i++) trainer.stepEpoch();
        Session session = new Session(state, net, data, List.of(trainer.history().toArray()));
        Session back = Session.parse("s.gradlab.yaml", session.format());
        assertEquals(state, back.state());
        assertArrayEquals(net.layer(0).weights().value().data, back.network().layer(0).weights().value().data);
        assertEquals(data.size(), back.data().size());
        assertArrayEquals(data.input(data.size() - 1), back.data().input(data.size() - 1));
        assertEquals(5, back.history().size());
        assertEquals(trainer.history().last().trainingLoss(), back.history().get(4).trainingLoss());
        assertTrue(Double.isNaN(back.history().get(4).validationLoss()), "no validation set stays 'none', not 0");
        assertEquals(5, back.snapshot().epoch());
    }

    @Test
    void aBrokenNetworkInsideASessionIsLocatedInTheSessionFile() throws Exception {
        Session session = new Session(LabState.defaults(), Presets.playground(),
                Generators.generate(Generators.Spec.of("xor-table", 4, 0, 1)), List.of());
        String text = session.format().replace("activation: tanh", "activation: tanx");
        InputError e = assertThrows(InputError.class, () -> Session.parse("s.yaml", text));
        assertTrue(e.getMessage().startsWith("s.yaml:"), e.getMessage());
        int line = e.line();
        assertTrue(text.split("\n")[line - 1].contains("tanx"), "line " + line + " is the broken one: " + e.getMessage());
        assertEquals(Loss.QUADRATIC.fileName(), LabState.defaults().loss());
    }

    /** 100,000 points (the size of the big-data benchmark) go out and come back bit for bit, and in file order. */
    @Test
    void aBigSessionReadsBackBitForBit() throws Exception {
        Random random = new Random(3);
        int n = 100_000;
        double[][] inputs = new double[n][], targets = new double[n][];
        for (int i = 0; i < n; i++) {
            inputs[i] = new double[] {random.nextGaussian() * 3, i % 7 == 0 ? Math.rint(random.nextGaussian() * 10) : random.nextDouble() * 1e-9};
            targets[i] = new double[] {i % 2};
        }
        Dataset data = new Dataset("big.csv", inputs, targets, 2);
        Session back = Session.parse("big.gradlab.yaml", new Session(LabState.defaults(), Presets.playground(), data, List.of()).format());
        assertEquals(n, back.data().size());
        assertEquals(2, back.data().classes());
        assertEquals("big.csv", back.data().name());
        for (int i = 0; i < n; i++) {
            assertArrayEquals(data.input(i), back.data().input(i), "row " + i);
            assertArrayEquals(data.target(i), back.data().target(i), "row " + i);
        }
    }

    /** Every point clicked away: the session still opens, with no data. */
    @Test
    void aSessionWithoutPointsOpens() throws Exception {
        Dataset none = new Dataset("circle", new double[0][], new double[0][], 2);
        Session back = Session.parse("s.yaml", new Session(LabState.defaults(), Presets.playground(), none, List.of()).format());
        assertEquals(0, back.data().size());
        assertEquals(2, back.data().classes());
    }

    /** A file written before the rows block (inputs and targets as lists of lists) opens exactly as before. */
    @Test
    void aSessionInTheFirstFormOpensAsItAlwaysDid() throws Exception {
        Dataset data = Generators.generate(Generators.Spec.of("spiral", 60, 0.3, 4)).withPoint(new double[] {0.1, 1e-7}, new double[] {0});
        Network net = Presets.playground();
        Session session = new Session(LabState.defaults().with("validation", 0.3), net, data,
                List.of(new History.Entry(3, 0.5, Double.NaN, 0.75, Double.NaN, new double[0], new double[0])));
        String old = session.formatFirstVersion();
        assertTrue(old.contains("  inputs: [[") && !old.contains("rows:"), "the first form: " + old.substring(0, 40));
        Session back = Session.parse("old.gradlab.yaml", old);
        assertEquals(session.state(), back.state());
        assertEquals(data.size(), back.data().size());
        for (int i = 0; i < data.size(); i++) assertArrayEquals(data.input(i), back.data().input(i));
        assertEquals(3, back.snapshot().epoch());
        assertTrue(Double.isNaN(back.history().get(0).validationLoss()));
        String written = back.format();
        assertTrue(written.startsWith("gradlab-session: 2\n") && written.contains("  rows: |\n    x1,x2,t1\n"), "saved again in the new form");
    }

    /** A broken row in the rows block is told at its own line and column of the session file. */
    @Test
    void aBrokenRowIsLocatedInTheSessionFile() throws Exception {
        Session session = new Session(LabState.defaults(), Presets.playground(),
                Generators.generate(Generators.Spec.of("xor-table", 4, 0, 1)), List.of());
        String[] lines = session.format().split("\n");
        int row = lines.length - 2;   // the third of the four rows
        String broken = lines[row];
        lines[row] = broken.substring(0, broken.indexOf(',') + 1) + "x7" + broken.substring(broken.indexOf(',', broken.indexOf(',') + 1));
        InputError e = assertThrows(InputError.class, () -> Session.parse("s.yaml", String.join("\n", lines) + "\n"));
        assertEquals("s.yaml:" + (row + 1) + ":" + (lines[row].indexOf("x7") + 1) + ": 'x7' in column x2 is not a number", e.getMessage());

        lines[row] = broken + ",1";
        e = assertThrows(InputError.class, () -> Session.parse("s.yaml", String.join("\n", lines) + "\n"));
        assertEquals("s.yaml:" + (row + 1) + ":1: expected 3 values (as in the header), found 4", e.getMessage());
    }

    /** A rows block edited by hand with keys after it still reads, and errors after it keep their lines. */
    @Test
    void keysAfterTheRowsBlockKeepTheirLines() throws Exception {
        String text = """
                gradlab-session: 2
                data:
                  rows: |
                    x1,x2,t1

                    0.5,1,1
                    -0.5,2,0
                  name: "by hand"
                  classes: 2
                state:
                  learningRate: 0.1
                network: |
                """ + NetworkFile.format(Presets.playground()).indent(2) + "history: [[1, 0.5, null, 1, null]]\n";
        Session back = Session.parse("h.yaml", text);
        assertEquals(2, back.data().size());
        assertArrayEquals(new double[] {-0.5, 2}, back.data().input(1));
        assertEquals("by hand", back.data().name());
        assertEquals(0.1, back.state().learningRate());
        InputError e = assertThrows(InputError.class, () -> Session.parse("h.yaml", text.replace("learningRate: 0.1", "learningRate: fast")));
        assertEquals(11, e.line(), e.getMessage());
    }
}
