package gradlab.autodiff;

import java.util.Random;
import org.ejml.dense.row.CommonOps_DDRM;

/** The arithmetic operations. Each: compute the output, then the local chain rule in backward. */
final class Ops {
    private Ops() {}

    /** C = A·B. */
    static final class MatMul extends Op {
        MatMul(Tensor a, Tensor b) {
            super(a.rows(), b.cols(), a, b);
            if (a.cols() != b.rows()) {
                throw new IllegalArgumentException("matmul: " + a.rows() + "x" + a.cols() + " · " + b.rows() + "x" + b.cols());
            }
        }
        public String name() { return "matmul"; }
        public String formula() { return "C = A·B"; }
        public void forward() { MatrixKernels.mult(in(0).value(), in(1).value(), out.value()); }
        public void backward() {
            // ∂C/∂A = G·Bᵀ, ∂C/∂B = Aᵀ·G
            MatrixKernels.multAddTransB(out.grad(), in(1).value(), in(0).grad());
            MatrixKernels.multAddTransA(in(0).value(), out.grad(), in(1).grad());
        }
    }

    /** Z = X·Wᵀ: a layer's weighted inputs for a batch, W being d(l) x d(l-1) as in the notes. */
    static final class MatMulTransB extends Op {
        MatMulTransB(Tensor x, Tensor w) {
            super(x.rows(), w.rows(), x, w);
            if (x.cols() != w.cols()) {
                throw new IllegalArgumentException("matmul-transB: " + x.rows() + "x" + x.cols() + " · (" + w.rows() + "x" + w.cols() + ")ᵀ");
            }
        }
        public String name() { return "matmul"; }
        public String formula() { return "z = W·x  (batch: Z = X·Wᵀ)"; }
        public void forward() { MatrixKernels.multTransB(in(0).value(), in(1).value(), out.value()); }
        public void backward() {
            // ∂C/∂X = G·W (not needed for the network's inputs), ∂C/∂W = Gᵀ·X (the sum over samples of δ·aᵀ)
            if (in(0).requiresGrad()) MatrixKernels.multAdd(out.grad(), in(1).value(), in(0).grad());
            if (in(1).requiresGrad()) MatrixKernels.multAddTransA(out.grad(), in(0).value(), in(1).grad());
        }
    }

    /** Z = X + b, the 1 x n bias row added to every sample. */
    static final class AddBias extends Op {
        AddBias(Tensor x, Tensor bias) {
            super(x.rows(), x.cols(), x, bias);
            if (bias.rows() != 1 || bias.cols() != x.cols()) {
                throw new IllegalArgumentException("add-bias: bias must be 1x" + x.cols() + ", is " + bias.rows() + "x" + bias.cols());
            }
        }
        public String name() { return "add bias"; }
        public String formula() { return "z = Wx + b"; }
        public void forward() {
            double[] x = in(0).value().data, b = in(1).value().data, z = out.value().data;
            int n = b.length;
            for (int row = 0; row < z.length; row += n) {
                for (int j = 0; j < n; j++) z[row + j] = x[row + j] + b[j];
            }
        }
        public void backward() {
            double[] g = out.grad().data, gb = in(1).grad().data;
            int n = gb.length;
            if (in(0).requiresGrad()) {   // a pass of its own: a test inside the loop kept HotSpot from making SIMD of it
                double[] gx = in(0).grad().data;
                for (int i = 0; i < g.length; i++) gx[i] += g[i];
            }
            for (int row = 0; row < g.length; row += n) {
                for (int j = 0; j < n; j++) gb[j] += g[row + j];
            }
        }
    }

    static final class Add extends Op {
        Add(Tensor a, Tensor b) { super(a.rows(), a.cols(), a, b); requireSameShape("add", a, b); }
        public String name() { return "add"; }
        public String formula() { return "c = a + b"; }
        public void forward() { CommonOps_DDRM.add(in(0).value(), in(1).value(), out.value()); }
        public void backward() {
            CommonOps_DDRM.addEquals(in(0).grad(), out.grad());
            CommonOps_DDRM.addEquals(in(1).grad(), out.grad());
        }
    }

    static final class Sub extends Op {
        Sub(Tensor a, Tensor b) { super(a.rows(), a.cols(), a, b); requireSameShape("sub", a, b); }
        public String name() { return "subtract"; }
        public String formula() { return "c = a − b"; }
        public void forward() { CommonOps_DDRM.subtract(in(0).value(), in(1).value(), out.value()); }
        public void backward() {
            CommonOps_DDRM.addEquals(in(0).grad(), out.grad());
            CommonOps_DDRM.subtractEquals(in(1).grad(), out.grad());
        }
    }

    /** Elementwise (Hadamard) product. */
    static final class Mul extends Op {
        Mul(Tensor a, Tensor b) { super(a.rows(), a.cols(), a, b); requireSameShape("mul", a, b); }
        public String name() { return "multiply"; }
        public String formula() { return "c = a ⊙ b"; }
        public void forward() { CommonOps_DDRM.elementMult(in(0).value(), in(1).value(), out.value()); }
        public void backward() {
            double[] g = out.grad().data, a = in(0).value().data, b = in(1).value().data;
            double[] ga = in(0).grad().data, gb = in(1).grad().data;
            for (int i = 0; i < g.length; i++) {
                ga[i] += g[i] * b[i];
                gb[i] += g[i] * a[i];
            }
        }
    }

    static final class Scale extends Op {
        private final double c;
        Scale(Tensor a, double c) { super(a.rows(), a.cols(), a); this.c = c; }
        public String name() { return "scale"; }
        public String formula() { return "y = " + c + "·x"; }
        public void forward() { CommonOps_DDRM.scale(c, in(0).value(), out.value()); }
        public void backward() { CommonOps_DDRM.addEquals(in(0).grad(), c, out.grad()); }
    }

    static final class AddScalar extends Op {
        private final double c;
        AddScalar(Tensor a, double c) { super(a.rows(), a.cols(), a); this.c = c; }
        public String name() { return "add scalar"; }
        public String formula() { return "y = x + " + c; }
        public void forward() { CommonOps_DDRM.add(in(0).value(), c, out.value()); }
        public void backward() { CommonOps_DDRM.addEquals(in(0).grad(), out.grad()); }
    }

    static final class Pow extends Op {
        private final double p;
        Pow(Tensor a, double p) { super(a.rows(), a.cols(), a); this.p = p; }
        public String name() { return "pow"; }
        public String formula() { return "y = x^" + p; }
        public void forward() {
            double[] x = in(0).value().data, y = out.value().data;
            for (int i = 0; i < y.length; i++) y[i] = Math.pow(x[i], p);
        }
        public void backward() {
            double[] g = out.grad().data, x = in(0).value().data, gx = in(0).grad().data;
            for (int i = 0; i < g.length; i++) gx[i] += g[i] * p * Math.pow(x[i], p - 1);
        }
    }

    static final class Exp extends Op {
        Exp(Tensor a) { super(a.rows(), a.cols(), a); }
        public String name() { return "exp"; }
        public String formula() { return "y = e^x"; }
        public void forward() { CommonOps_DDRM.elementExp(in(0).value(), out.value()); }
        public void backward() {
            double[] g = out.grad().data, y = out.value().data, gx = in(0).grad().data;
            for (int i = 0; i < g.length; i++) gx[i] += g[i] * y[i];
        }
    }

    static final class Log extends Op {
        Log(Tensor a) { super(a.rows(), a.cols(), a); }
        public String name() { return "log"; }
        public String formula() { return "y = ln x"; }
        public void forward() { CommonOps_DDRM.elementLog(in(0).value(), out.value()); }
        public void backward() {
            double[] g = out.grad().data, x = in(0).value().data, gx = in(0).grad().data;
            for (int i = 0; i < g.length; i++) gx[i] += g[i] / x[i];
        }
    }

    /** The sum of all elements, a 1x1 tensor. */
    static final class Sum extends Op {
        Sum(Tensor a) { super(1, 1, a); }
        public String name() { return "sum"; }
        public String formula() { return "s = Σ x"; }
        public void forward() { out.value().data[0] = CommonOps_DDRM.elementSum(in(0).value()); }
        public void backward() {
            double g = out.grad().data[0];
            double[] gx = in(0).grad().data;
            for (int i = 0; i < gx.length; i++) gx[i] += g;
        }
    }

    /** The mean of all elements, a 1x1 tensor. */
    static final class Mean extends Op {
        Mean(Tensor a) { super(1, 1, a); }
        public String name() { return "mean"; }
        public String formula() { return "m = (1/n) Σ x"; }
        public void forward() { out.value().data[0] = CommonOps_DDRM.elementSum(in(0).value()) / in(0).value().data.length; }
        public void backward() {
            double[] gx = in(0).grad().data;
            double g = out.grad().data[0] / gx.length;
            for (int i = 0; i < gx.length; i++) gx[i] += g;
        }
    }

    /**
     * Inverted dropout: each element is kept with probability 1 − p and scaled by 1/(1 − p), so the
     * expected activation is unchanged and evaluation needs no rescaling. The mask is drawn anew at
     * every forward pass; a graph built for evaluation simply has no dropout op.
     */
    static final class Dropout extends Op {
        private final double rate;
        private final Random random;
        private final double[] mask;
        Dropout(Tensor a, double rate, Random random) {
            super(a.rows(), a.cols(), a);
            if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
            this.rate = rate;
            this.random = random;
            this.mask = new double[a.value().data.length];
        }
        public String name() { return "dropout"; }
        public String formula() { return "a' = a ⊙ mask / (1 − p),  p = " + rate; }
        public void forward() {
            double keep = 1 - rate;
            double[] a = in(0).value().data, y = out.value().data;
            for (int i = 0; i < y.length; i++) {
                mask[i] = random.nextDouble() < keep ? 1 / keep : 0;
                y[i] = a[i] * mask[i];
            }
        }
        public void backward() {
            double[] g = out.grad().data, ga = in(0).grad().data;
            for (int i = 0; i < g.length; i++) ga[i] += g[i] * mask[i];
        }
    }
}
