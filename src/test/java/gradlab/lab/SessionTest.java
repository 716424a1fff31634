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
import java.util.List;
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
}
