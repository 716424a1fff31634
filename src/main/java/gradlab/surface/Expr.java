package gradlab.surface;

import gradlab.autodiff.Tensor;
import java.util.List;
import java.util.Locale;

/**
 * A parsed formula in x and y (SPEC §5). It is only a tree: {@link #build} turns it into autodiff ops
 * on the two 1x1 tensors x and y, so values and gradients come from the same engine that trains networks.
 */
sealed interface Expr {
    /** The functions a formula may call. */
    List<String> FUNCTIONS = List.of("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu");

    /** Adds this expression's ops to the graph over {@code x} and {@code y}; returns its 1x1 result. */
    Tensor build(Tensor x, Tensor y);

    boolean uses(String variable);

    record Number(double value) implements Expr {
        public Tensor build(Tensor x, Tensor y) { return Tensor.scalar(text(), value).constant(); }
        public boolean uses(String variable) { return false; }
        String text() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
        @Override public String toString() { return text(); }
    }

    record Variable(String name) implements Expr {
        public Tensor build(Tensor x, Tensor y) { return name.equals("x") ? x : y; }
        public boolean uses(String variable) { return name.equals(variable); }
        @Override public String toString() { return name; }
    }

    record Negate(Expr operand) implements Expr {
        public Tensor build(Tensor x, Tensor y) { return operand.build(x, y).scale(-1); }
        public boolean uses(String variable) { return operand.uses(variable); }
        @Override public String toString() { return "-(" + operand + ")"; }
    }

    record Binary(char op, Expr left, Expr right) implements Expr {
        public Tensor build(Tensor x, Tensor y) {
            Tensor a = left.build(x, y);
            if (op == '^' && !right.uses("x") && !right.uses("y")) {
                return a.pow(right.build(x, y).item());   // a constant exponent: negative bases work, (−2)^2 = 4
            }
            Tensor b = right.build(x, y);
            return switch (op) {
                case '+' -> a.add(b);
                case '-' -> a.sub(b);
                case '*' -> a.mul(b);
                case '/' -> a.div(b);
                default -> a.pow(b);
            };
        }
        public boolean uses(String variable) { return left.uses(variable) || right.uses(variable); }
        @Override public String toString() { return "(" + left + " " + op + " " + right + ")"; }
    }

    record Call(String function, Expr argument) implements Expr {
        public Tensor build(Tensor x, Tensor y) {
            Tensor a = argument.build(x, y);
            return switch (function) {
                case "sin" -> a.sin();
                case "cos" -> a.cos();
                case "tan" -> a.tan();
                case "exp" -> a.exp();
                case "log" -> a.log();
                case "sqrt" -> a.sqrt();
                case "abs" -> a.abs();
                case "tanh" -> a.tanh();
                case "sigmoid" -> a.sigmoid();
                case "relu" -> a.relu();
                default -> throw new IllegalStateException("no function " + function);
            };
        }
        public boolean uses(String variable) { return argument.uses(variable); }
        @Override public String toString() { return function.toLowerCase(Locale.ROOT) + "(" + argument + ")"; }
    }
}
