package gradlab.surface;

import gradlab.autodiff.Tensor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A parsed formula in x and y (SPEC §5). It is only a tree: {@link #build} turns it into autodiff ops
 * on the two 1x1 tensors x and y, so values and gradients come from the same engine that trains networks.
 * A flat chain such as x/2/2/…/2 is a tree as deep as it is long, so every walk over the tree here uses
 * an explicit stack, never recursion: a formula of any length computes.
 */
sealed interface Expr {
    /** The functions a formula may call. */
    List<String> FUNCTIONS = List.of("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu");

    /** The sub-expressions this one combines, left to right. */
    List<Expr> operands();

    /** Adds this expression's ops to the graph over {@code x} and {@code y}; returns its 1x1 result. */
    default Tensor build(Tensor x, Tensor y) {
        Deque<Tensor> results = new ArrayDeque<>();
        for (Expr e : postOrder(this)) {
            if (e instanceof Number n) results.push(Tensor.scalar(n.text(), n.value()).constant());
            else if (e instanceof Variable v) results.push(v.name().equals("x") ? x : y);
            else if (e instanceof Negate) results.push(results.pop().scale(-1));
            else if (e instanceof Call c) results.push(c.apply(results.pop()));
            else {
                Tensor right = results.pop();
                results.push(((Binary) e).apply(results.pop(), right));
            }
        }
        return results.pop();
    }

    /** Whether {@code variable} (x or y) appears anywhere in the expression. */
    default boolean uses(String variable) {
        for (Expr e : postOrder(this)) if (e instanceof Variable v && v.name().equals(variable)) return true;
        return false;
    }

    /** Every node, operands before the node that combines them: the order a stack machine evaluates in. */
    static List<Expr> postOrder(Expr root) {
        List<Expr> order = new ArrayList<>();
        Deque<Expr> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        stack.push(root);
        next.push(0);
        while (!stack.isEmpty()) {
            int i = next.pop();
            List<Expr> operands = stack.peek().operands();
            if (i < operands.size()) {
                next.push(i + 1);
                stack.push(operands.get(i));
                next.push(0);
            } else {
                order.add(stack.pop());
            }
        }
        return order;
    }

    /** The expression fully parenthesised, e.g. {@code ((x + 1) * y)}. */
    static String text(Expr root) {
        Deque<String> parts = new ArrayDeque<>();
        for (Expr e : postOrder(root)) {
            if (e instanceof Number n) parts.push(n.text());
            else if (e instanceof Variable v) parts.push(v.name());
            else if (e instanceof Negate) parts.push("-(" + parts.pop() + ")");
            else if (e instanceof Call c) parts.push(c.function().toLowerCase(Locale.ROOT) + "(" + parts.pop() + ")");
            else {
                String right = parts.pop();
                parts.push("(" + parts.pop() + " " + ((Binary) e).op() + " " + right + ")");
            }
        }
        return parts.pop();
    }

    record Number(double value) implements Expr {
        public List<Expr> operands() { return List.of(); }
        String text() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
        @Override public String toString() { return text(); }
    }

    record Variable(String name) implements Expr {
        public List<Expr> operands() { return List.of(); }
        @Override public String toString() { return name; }
    }

    record Negate(Expr operand) implements Expr {
        public List<Expr> operands() { return List.of(operand); }
        @Override public String toString() { return Expr.text(this); }
    }

    record Binary(char op, Expr left, Expr right) implements Expr {
        public List<Expr> operands() { return List.of(left, right); }

        Tensor apply(Tensor a, Tensor b) {
            if (op == '^' && !right.uses("x") && !right.uses("y")) {
                return a.pow(b.item());   // a constant exponent: negative bases work, (−2)^2 = 4
            }
            return switch (op) {
                case '+' -> a.add(b);
                case '-' -> a.sub(b);
                case '*' -> a.mul(b);
                case '/' -> a.div(b);
                default -> a.pow(b);
            };
        }
        @Override public String toString() { return Expr.text(this); }
    }

    record Call(String function, Expr argument) implements Expr {
        public List<Expr> operands() { return List.of(argument); }

        Tensor apply(Tensor a) {
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
        @Override public String toString() { return Expr.text(this); }
    }
}
