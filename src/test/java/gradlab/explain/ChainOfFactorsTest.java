package gradlab.explain;

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
        assertEquals(backprop, c.path().product(), 1e-15 * Math.max(1, Math.abs(backprop)));
        assertEquals(backprop, c.total(), 1e-15 * Math.max(1, Math.abs(backprop)));
        assertEquals(1, c.pathCount());
        assertEquals(5 + 4 + 1, c.path().factors().size(), "five slopes, four weights, ∂C/∂a");
        assertTrue(c.largestSlope() <= 0.25, "every sigmoid factor is at most 1/4: " + c.largestSlope());
        assertTrue(c.tex().startsWith("\\frac{\\partial C}{\\partial b^{(1)}_{1}} = \\sigma'(z^{(1)}_{1}) \\cdot w^{(2)}_{1,1}"), c.tex());
    }

    /**
     * Issue 16: on a 4-2-1 network ∏ Chain said ∂C/∂b⁽¹⁾ = −0.3603 (one path) where the backward pass shows
     * δ = −0.7162. The chain is the sum over both paths, and that sum is the backward pass's δ.
     */
    @Test
    void inAWiderNetworkTheChainIsTheSumOverEveryPathAndEqualsTheBackwardPass() {
        Activation t = Activation.TANH;
        Network net = Network.create(Features.plain(2), new int[] {4, 2, 1}, new Activation[] {t, t, t}, Init.GLOROT_UNIFORM, 7);
        double[] x = {0.5, -1}, target = {1};
        for (int unit = 0; unit < 4; unit++) {
            double delta = net.backprop(x, target, Loss.QUADRATIC).layers().get(0).delta()[unit];
            ChainOfFactors.Chain c = ChainOfFactors.of(net, x, target, Loss.QUADRATIC, new int[] {unit, 0, 0});
            assertEquals(delta, c.total(), 1e-12, "unit " + (unit + 1));
            assertEquals(delta, c.paths().stream().mapToDouble(ChainOfFactors.Path::product).sum(), 1e-12, "the paths add up to δ");
        }
        double delta = net.backprop(x, target, Loss.QUADRATIC).layers().get(0).delta()[0];
        ChainOfFactors.Chain c = ChainOfFactors.of(net, x, target, Loss.QUADRATIC, new int[] {0, 1, 0});
        assertEquals(2, c.pathCount(), "through either unit of the second layer");
        assertEquals(delta, c.total(), 1e-12);
        assertEquals(delta, c.paths().stream().mapToDouble(ChainOfFactors.Path::product).sum(), 1e-12, "the listed paths add up to δ");
        assertEquals(1, c.path().units()[1], "the chosen path comes first");
        assertTrue(c.tex().contains("\\sum_{\\text{paths}}"), c.tex());
        assertTrue(c.tex().contains("\\delta^{(1)}_{1} = " + MathText.tex(delta)), c.tex());
    }

    @Test
    void aNegativeFactorIsInBrackets() {
        Network net = Network.create(Features.plain(1), new int[] {1, 1}, new Activation[] {Activation.TANH, Activation.TANH}, Init.GLOROT_UNIFORM, 2);
        net.layer(1).weights().value().data[0] = -0.9022;
        String tex = ChainOfFactors.of(net, new double[] {0.3}, new double[] {1}, Loss.QUADRATIC, new int[] {0, 0}).tex();
        assertTrue(tex.contains("\\cdot (-0.9022)"), tex);
    }
}
