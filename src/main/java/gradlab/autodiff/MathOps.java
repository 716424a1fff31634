package gradlab.autodiff;

import java.util.List;

/**
 * Elementwise functions that formulas of loss surfaces use beyond a network's needs (SPEC §5): division,
 * a power with a variable exponent, sin, cos, tan, sqrt, |x|, and picking one element of a parameter row.
 * Each: compute the output, then the local chain rule in backward.
 */
final class MathOps {
    private MathOps() {}

    /** c = a / b. */
    static final class Div extends Op {
        Div(Tensor a, Tensor b) { super(a.rows(), a.cols(), a, b); requireSameShape("div", a, b); }
        public String name() { return "divide"; }
        public String formula() { return "c = a / b"; }
        public void forward() {
            double[] a = in(0).value().data, b = in(1).value().data, c = out.value().data;
            for (int i = 0; i < c.length; i++) c[i] = a[i] / b[i];
        }
        public void backward() {
            // ∂c/∂a = 1/b, ∂c/∂b = −a/b²
            double[] g = out.grad().data, a = in(0).value().data, b = in(1).value().data;
            double[] ga = in(0).grad().data, gb = in(1).grad().data;
            for (int i = 0; i < g.length; i++) {
                ga[i] += g[i] / b[i];
                gb[i] -= g[i] * a[i] / (b[i] * b[i]);
            }
        }
    }

    /** c = a^b with a variable exponent: ∂c/∂a = b·a^(b−1), ∂c/∂b = a^b·ln a (defined for a > 0). */
    static final class Power extends Op {
        Power(Tensor a, Tensor b) { super(a.rows(), a.cols(), a, b); requireSameShape("pow", a, b); }
        public String name() { return "power"; }
        public String formula() { return "c = a^b"; }
        public void forward() {
            double[] a = in(0).value().data, b = in(1).value().data, c = out.value().data;
            for (int i = 0; i < c.length; i++) c[i] = Math.pow(a[i], b[i]);
        }
        public void backward() {
            double[] g = out.grad().data, a = in(0).value().data, b = in(1).value().data, c = out.value().data;
            double[] ga = in(0).grad().data, gb = in(1).grad().data;
            for (int i = 0; i < g.length; i++) {
                ga[i] += g[i] * b[i] * Math.pow(a[i], b[i] - 1);
                if (in(1).requiresGrad()) gb[i] += g[i] * c[i] * Math.log(a[i]);
            }
        }
    }

    /** A function of one variable with its derivative: sin, cos, tan, sqrt, abs. */
    static final class Function extends Op {
        private final String name;
        Function(Tensor a, String name) {
            super(a.rows(), a.cols(), a);
            if (!List.of("sin", "cos", "tan", "sqrt", "abs").contains(name)) throw new IllegalArgumentException("no function " + name);
            this.name = name;
        }
        public String name() { return name; }
        public String formula() {
            return switch (name) {
                case "sin" -> "y = sin x,  y' = cos x";
                case "cos" -> "y = cos x,  y' = −sin x";
                case "tan" -> "y = tan x,  y' = 1 / cos² x";
                case "sqrt" -> "y = √x,  y' = 1 / (2√x)";
                default -> "y = |x|,  y' = sign x";
            };
        }
        public void forward() {
            double[] x = in(0).value().data, y = out.value().data;
            for (int i = 0; i < y.length; i++) y[i] = value(x[i]);
        }
        private double value(double x) {
            return switch (name) {
                case "sin" -> Math.sin(x);
                case "cos" -> Math.cos(x);
                case "tan" -> Math.tan(x);
                case "sqrt" -> Math.sqrt(x);
                default -> Math.abs(x);
            };
        }
        private double derivative(double x, double y) {
            return switch (name) {
                case "sin" -> Math.cos(x);
                case "cos" -> -Math.sin(x);
                case "tan" -> 1 + y * y;
                case "sqrt" -> 0.5 / y;
                default -> Math.signum(x);   // |x|' = 0 at 0, as relu'(0) = 0
            };
        }
        public void backward() {
            double[] g = out.grad().data, x = in(0).value().data, y = out.value().data, gx = in(0).grad().data;
            for (int i = 0; i < g.length; i++) gx[i] += g[i] * derivative(x[i], y[i]);
        }
    }

    /** One element of a row, as a 1x1 tensor: x = θ[0], y = θ[1] of a surface's parameter. */
    static final class Element extends Op {
        private final int index;
        Element(Tensor a, int index) {
            super(1, 1, a);
            if (index < 0 || index >= a.value().data.length) throw new IllegalArgumentException("element " + index + " of " + a);
            this.index = index;
        }
        public String name() { return "element"; }
        public String formula() { return "y = θ[" + index + "]"; }
        public void forward() { out.value().data[0] = in(0).value().data[index]; }
        public void backward() { in(0).grad().data[index] += out.grad().data[0]; }
    }
}
