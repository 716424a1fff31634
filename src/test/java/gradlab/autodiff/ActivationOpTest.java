package gradlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** An activation's published slope is the factor its own backward multiplies by, and its TeX names it. */
class ActivationOpTest {
    private static final double[][] Z = {{-3, -0.5, 0, 0.5, 3}};

    private static void slopeIsBackwardsFactor(UnaryOperator<Tensor> activation, String tex, String slopeTex) {
        Tensor z = Tensor.of("z", Z);
        Tensor a = activation.apply(z);
        new Graph(a.sum()).backward();   // ∂(Σ a)/∂z_i = a'(z_i)
        ActivationOp op = (ActivationOp) a.op();
        for (int i = 0; i < Z[0].length; i++) assertEquals(z.grad().data[i], op.slope(i), 0.0, op + " at " + Z[0][i]);
        assertEquals(tex, op.tex("z"));
        assertEquals(slopeTex, op.slopeTex());
    }

    @Test
    void everyElementwiseActivation() {
        slopeIsBackwardsFactor(Tensor::identity, "z", "\\mathrm{id}'");
        slopeIsBackwardsFactor(Tensor::step, "\\mathrm{step}(z)", "\\mathrm{step}'");
        slopeIsBackwardsFactor(Tensor::sigmoid, "\\sigma(z)", "\\sigma'");
        slopeIsBackwardsFactor(Tensor::tanh, "\\tanh(z)", "\\tanh'");
        slopeIsBackwardsFactor(Tensor::relu, "\\mathrm{relu}(z)", "\\mathrm{relu}'");
        slopeIsBackwardsFactor(Tensor::leakyRelu, "\\mathrm{lrelu}(z)", "\\mathrm{lrelu}'");
    }

    /** The branch-free ReLUs agree with their definitions where floating point is awkward: tiny, signed zero, huge. */
    @Test
    void reluAndLeakyReluAtTheEdgesOfDoubles() {
        double[] edges = {Double.MIN_VALUE, 1e-300, -Double.MIN_VALUE, -0.0, 0.0, 0.3, 1, 2.5, 1e300, Double.MAX_VALUE, -1e300, -Double.MAX_VALUE};
        Tensor z = Tensor.of("z", new double[][] {edges});
        Tensor relu = z.relu(), leaky = z.leakyRelu();
        new Graph(relu.sum().add(leaky.sum())).backward();   // ∂/∂z_i = relu'(z_i) + lrelu'(z_i)
        for (int i = 0; i < edges.length; i++) {
            double e = edges[i];
            assertEquals(e > 0 ? e : 0.0, relu.value().data[i], 0.0, "relu at " + e);
            assertEquals(e > 0 ? e : 0.01 * e, leaky.value().data[i], 0.0, "leaky relu at " + e);
            assertEquals((e > 0 ? 1 : 0) + (e > 0 ? 1 : 0.01), z.grad().data[i], 0.0, "slopes at " + e);
        }
        assertTrue(Double.isNaN(ScalarActivations.relu(Double.NaN)), "a NaN unit stays NaN (divergence shows)");
    }

    @Test
    void sigmoidsSlopeIsAQuarterAtMost() {
        ActivationOp op = (ActivationOp) Tensor.of("z", Z).sigmoid().op();
        assertEquals(0.25, op.slope(2), 0.0);
        for (int i = 0; i < Z[0].length; i++) assertTrue(op.slope(i) <= 0.25);
    }

    @Test
    void softmaxGivesItsDiagonal() {
        Tensor a = Tensor.of("z", new double[][] {{1.6, 0.55, 0.98}}).softmax();
        ActivationOp op = (ActivationOp) a.op();
        for (int i = 0; i < 3; i++) assertEquals(a.value().data[i] * (1 - a.value().data[i]), op.slope(i), 1e-15);
        assertEquals(0.530 * 0.470, op.slope(0), 1e-3);
    }

    @Test
    void lossesSayTheirFormulaInTex() {
        Tensor out = Tensor.of("a", new double[][] {{0.5}}), t = Tensor.of("t", new double[][] {{1}});
        assertEquals("C = \\tfrac12 \\sum_j (a_j - t_j)^2", ((LossOp) out.quadraticLoss(t).op()).tex());
        assertTrue(((LossOp) out.binaryCrossEntropy(t).op()).tex().contains("\\ln(1 - a_j)"));
        assertEquals("C = -\\sum_j t_j \\ln a_j", ((LossOp) out.crossEntropy(t).op()).tex());
    }
}
