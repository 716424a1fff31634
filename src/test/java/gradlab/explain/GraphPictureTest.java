package gradlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph view's picture of the notes' 2-3-2 network: names, ops, formulas, and gradients as backprop reaches them. */
class GraphPictureTest {
    private static GraphPicture.Node named(GraphPicture p, String label) {
        return p.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no node " + label));
    }

    @Test
    void nodesCarryTheNotesNamesTheirOpsFormulasAndValues() throws Exception {
        StepThrough s = new StepThrough(StepThroughTest.net232(), new double[] {0.5, -1}, new double[] {1, 0}, Loss.QUADRATIC, false);
        GraphPicture p = GraphPicture.of(s);
        assertNull(p.message());
        GraphPicture.Node a1 = named(p, "a⁽¹⁾");
        assertEquals("sigmoid", a1.op());
        assertEquals("a = σ(z) = 1 / (1 + e^(−z)),  σ'(z) = a(1 − a)", a1.formula());
        assertEquals(0.4378, a1.value()[0], 1e-4);   // σ(−0.25), the first hidden neuron of the notes' example
        GraphPicture.Node w1 = named(p, "W⁽¹⁾");
        assertTrue(w1.leaf());
        assertEquals("a parameter", w1.formula());
        assertEquals("a constant", named(p, "x").formula());
        assertNull(named(p, "x").gradient(), "an input has no gradient to show");
        assertEquals(List.of(p.nodes().indexOf(named(p, "z⁽¹⁾"))), a1.parents());
        assertTrue(p.columns() >= 5, "x → W·x → z → a → … spreads over columns: " + p.columns());
    }

    @Test
    void gradientsBecomeKnownAsTheBackwardPassReachesThem() throws Exception {
        StepThrough s = new StepThrough(StepThroughTest.net232(), new double[] {0.5, -1}, new double[] {1, 0}, Loss.QUADRATIC, false);
        while (s.current().phase() != StepThrough.Phase.BACKWARD) s.next();
        GraphPicture first = GraphPicture.of(s);
        assertTrue(named(first, "C").current(), "the first backward step is at the loss");
        assertFalse(named(first, "W⁽¹⁾").gradientKnown());
        while (s.current().phase() != StepThrough.Phase.DONE) s.next();
        GraphPicture done = GraphPicture.of(s);
        GraphPicture.Node w1 = named(done, "W⁽¹⁾");
        assertTrue(w1.gradientKnown());
        assertEquals(s.network().layer(0).weights().grad().data[0], w1.gradient()[0], 0.0);
        assertTrue(done.nodes().stream().noneMatch(GraphPicture.Node::current));
    }

    @Test
    void noStepperOrAHugeGraphIsSaidNotDrawn() {
        assertEquals(GraphPicture.NONE, GraphPicture.of(null));
        Network deep = Network.create(Features.plain(2), new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH, Activation.TANH, Activation.TANH, Activation.TANH,
                        Activation.TANH, Activation.TANH, Activation.TANH, Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 1);
        GraphPicture p = GraphPicture.of(new StepThrough(deep, new double[] {1, 2}, new double[] {1}, Loss.QUADRATIC, true));
        assertTrue(p.nodes().isEmpty());
        assertTrue(p.message().startsWith("The graph has "), p.message());
    }
}
