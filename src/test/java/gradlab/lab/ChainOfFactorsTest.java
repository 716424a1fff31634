package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import org.junit.jupiter.api.Test;

class ChainOfFactorsTest {
    /** A chain of five sigmoid units: the product of the factors is backprop's ∂C/∂b of the first. */
    @Test
    void forADeepChainTheProductIsBackpropsGradient() {
        Activation s = Activation.SIGMOID;
        Network chain = Network.create(Features.plain(1), new int[] {1, 1, 1, 1, 1}, new Activation[] {s, s, s, s, s}, Init.GLOROT_UNIFORM, 4);
        double[] x = {0.7}, t = {1};
        ChainOfFactors.Chain c = ChainOfFactors.of(chain, x, t, Loss.QUADRATIC, new int[] {0, 0, 0, 0, 0});
        double backprop = chain.backprop(x, t, Loss.QUADRATIC).layers().get(0).db()[0];
        assertEquals(backprop, c.product(), 1e-15 * Math.max(1, Math.abs(backprop)));
        assertEquals(5 + 4 + 1, c.factors().size(), "five slopes, four weights, ∂C/∂a");
        assertTrue(c.largestSlope() <= 0.25, "every sigmoid factor is at most 1/4: " + c.largestSlope());
        assertTrue(c.tex().startsWith("\\frac{\\partial C}{\\partial b^{(1)}} = \\sigma'(z^{(1)}) \\cdot w^{(2)}"), c.tex());
    }
}
