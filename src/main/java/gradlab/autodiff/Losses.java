package gradlab.autodiff;

/**
 * The losses of SPEC §2, each a 1x1 tensor C averaged over the m samples (rows) of a batch. Targets are
 * constants: no gradient flows into them. A term whose target weight is 0 contributes 0 even where its
 * logarithm is infinite (0 · ln 0 = 0), so a saturated but correct output never turns into NaN.
 */
final class Losses {
    private Losses() {}

    abstract static class Loss extends Op implements LossOp {
        Loss(Tensor output, Tensor target) {
            super(1, 1, output, target);
            requireSameShape("loss", output, target);
        }
        /** 1/m, the batch average. */
        final double perSample() { return 1.0 / in(0).rows(); }
    }

    /** C = (1/m) Σ_x 1/2 Σ_j (a_j − t_j)²  (notes 000 eq. 9). */
    static final class Quadratic extends Loss {
        Quadratic(Tensor a, Tensor t) { super(a, t); }
        public String name() { return "quadratic"; }
        public String formula() { return "C = ½ Σ_j (a_j − t_j)²,  ∂C/∂a_j = a_j − t_j"; }
        public String tex() { return "C = \\tfrac12 \\sum_j (a_j - t_j)^2"; }
        public void forward() {
            double[] a = in(0).value().data, t = in(1).value().data;
            double sum = 0;
            for (int i = 0; i < a.length; i++) sum += 0.5 * (a[i] - t[i]) * (a[i] - t[i]);
            out.value().data[0] = sum * perSample();
        }
        public void backward() {
            double[] a = in(0).value().data, t = in(1).value().data, ga = in(0).grad().data;
            double g = out.grad().data[0] * perSample();
            for (int i = 0; i < a.length; i++) ga[i] += g * (a[i] - t[i]);
        }
    }

    /** C = −(1/m) Σ_x Σ_j [t_j ln a_j + (1 − t_j) ln(1 − a_j)]  (notes 000 eq. 11). */
    static final class BinaryCrossEntropy extends Loss {
        BinaryCrossEntropy(Tensor a, Tensor t) { super(a, t); }
        public String name() { return "binary-cross-entropy"; }
        public String formula() { return "C = −[t ln a + (1 − t) ln(1 − a)],  ∂C/∂a = −t/a + (1 − t)/(1 − a)"; }
        public String tex() { return "C = -\\sum_j [t_j \\ln a_j + (1 - t_j)\\ln(1 - a_j)]"; }
        public void forward() {
            double[] a = in(0).value().data, t = in(1).value().data;
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                if (t[i] != 0) sum -= t[i] * Math.log(a[i]);
                if (t[i] != 1) sum -= (1 - t[i]) * Math.log(1 - a[i]);
            }
            out.value().data[0] = sum * perSample();
        }
        public void backward() {
            double[] a = in(0).value().data, t = in(1).value().data, ga = in(0).grad().data;
            double g = out.grad().data[0] * perSample();
            for (int i = 0; i < a.length; i++) {
                double d = 0;
                if (t[i] != 0) d -= t[i] / a[i];
                if (t[i] != 1) d += (1 - t[i]) / (1 - a[i]);
                ga[i] += g * d;
            }
        }
    }

    /** C = −(1/m) Σ_x Σ_j t_j ln a_j; with softmax and one-hot t this is −ln a_y (notes 000 eq. 21). */
    static final class CrossEntropy extends Loss {
        CrossEntropy(Tensor a, Tensor t) { super(a, t); }
        public String name() { return "cross-entropy"; }
        public String formula() { return "C = −Σ_j t_j ln a_j,  ∂C/∂a_j = −t_j / a_j"; }
        public String tex() { return "C = -\\sum_j t_j \\ln a_j"; }
        public void forward() {
            double[] a = in(0).value().data, t = in(1).value().data;
            double sum = 0;
            for (int i = 0; i < a.length; i++) if (t[i] != 0) sum -= t[i] * Math.log(a[i]);
            out.value().data[0] = sum * perSample();
        }
        public void backward() {
            double[] a = in(0).value().data, t = in(1).value().data, ga = in(0).grad().data;
            double g = out.grad().data[0] * perSample();
            for (int i = 0; i < a.length; i++) if (t[i] != 0) ga[i] -= g * t[i] / a[i];
        }
    }
}
