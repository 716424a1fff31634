package gradlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.nn.NetworkGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StepThroughTest {
    static Network net232() throws Exception {
        return NetworkFile.load(Path.of("lessons/networks/backprop-2-3-2.yaml"));
    }

    @Test
    void forwardStepsGoNeuronByNeuronWithTheRealNumbers() throws Exception {
        Network net = net232();
        StepThrough s = new StepThrough(net, new double[] {0.5, -1}, new double[] {1, 0}, Loss.QUADRATIC, false);
        assertEquals(StepThrough.Phase.START, s.current().phase());
        s.next();
        StepThrough.Step first = s.current();
        assertEquals(StepThrough.Phase.FORWARD, first.phase());
        assertEquals(0, first.layer());
        assertEquals(0, first.unit());
        // z = 0.1·0.5 + 0.4·(−1) + 0.1 = −0.25, a = σ(−0.25) = 0.4378
        assertTrue(first.tex().contains("0.1\\cdot 0.5 + 0.4\\cdot (-1) + 0.1 = -0.25"), first.tex());
        assertTrue(first.title().endsWith("= 0.4378"), first.title());
        assertEquals("1.195e-05", MathText.plain(1.1953e-5));
        assertTrue(s.forwardShown(0, 0));
        assertFalse(s.forwardShown(0, 1));
    }

    @Test
    void theBackwardWalkRunsTheGraphNodeByNodeAndEndsWithBackpropsGradients() throws Exception {
        Network net = net232();
        double[] x = {0.5, -1}, t = {1, 0};
        NetworkGraph.Result expected = net.backprop(x, t, Loss.QUADRATIC);
        StepThrough s = new StepThrough(net, x, t, Loss.QUADRATIC, false);
        int backwardSteps = 0;
        while (s.next()) {
            if (s.current().phase() == StepThrough.Phase.BACKWARD) {
                backwardSteps++;
                assertTrue(s.backwardRan(s.current().node()));
            }
        }
        assertEquals(1 + 2 * 3, backwardSteps, "the loss, then per layer: activation, add bias, weighted sum");
        assertEquals(expected.layers().get(0).dW()[2][1], net.layer(0).weights().gradAt(2, 1), 1e-15);
        assertEquals(expected.layers().get(1).delta()[0], s.graph().z(1).gradAt(0, 0), 1e-15);
    }

    @Test
    void steppingBackUndoesTheGradientsOfTheStepsLeft() throws Exception {
        Network net = net232();
        StepThrough s = new StepThrough(net, new double[] {0.5, -1}, new double[] {1, 0}, Loss.QUADRATIC, true);
        while (s.current().phase() != StepThrough.Phase.LOSS) s.next();
        assertEquals(0, net.layer(1).weights().gradAt(0, 0), "no gradient before the backward pass");
        while (!(s.current().phase() == StepThrough.Phase.BACKWARD && s.current().title().contains("weights"))) s.next();
        double dW = net.layer(1).weights().gradAt(0, 0);
        assertTrue(dW != 0);
        s.previous();
        assertEquals(0, net.layer(1).weights().gradAt(0, 0), "undone");
        s.next();
        assertEquals(dW, net.layer(1).weights().gradAt(0, 0));
    }

    @Test
    void hiddenDeltasShowTheNotesFormula() throws Exception {
        StepThrough s = new StepThrough(net232(), new double[] {0.5, -1}, new double[] {1, 0}, Loss.QUADRATIC, false);
        String hidden = s.steps().stream().filter(st -> st.phase() == StepThrough.Phase.BACKWARD && st.layer() == 0
                && st.title().contains("δ")).findFirst().orElseThrow().tex();
        assertTrue(hidden.contains("\\sigma'(z_{1})\\cdot \\sum_k w_{k1}\\delta^{(2)}_k"), hidden);
    }

    @Test
    void numbersReadAsMathematics() {
        assertEquals("0.4378", MathText.tex(0.437823));
        assertEquals("-0.25", MathText.tex(-0.25));
        assertEquals("1.195\\times 10^{-5}", MathText.tex(1.1953e-5));
        assertEquals("3", MathText.tex(3.0));
    }
}
