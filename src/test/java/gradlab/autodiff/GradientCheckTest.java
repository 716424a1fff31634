package gradlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every op's backward agrees with central differences: for C = Σ (op(inputs) ⊙ R) with a fixed random
 * R, ∂C/∂x from backprop equals (C(x + h) − C(x − h)) / 2h for every element of every input.
 */
class GradientCheckTest {
    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-6;

    /** An op under test: how to make its inputs (values in a range that keeps it smooth) and apply it. */
    record Case(String op, List<double[]> ranges, int[][] shapes, Function<List<Tensor>, Tensor> apply, int checkedInputs) {
        @Override public String toString() { return op; }
    }

    static Case unary(String op, double lo, double hi, Function<Tensor, Tensor> f) {
        return new Case(op, List.<double[]>of(new double[] {lo, hi}), new int[][] {{3, 4}}, in -> f.apply(in.get(0)), 1);
    }

    static Case binary(String op, int[][] shapes, Function<List<Tensor>, Tensor> f) {
        return new Case(op, List.of(new double[] {-2, 2}, new double[] {-2, 2}), shapes, f, 2);
    }

    /** Losses: the output a is checked, the target t is a constant. */
    static Case loss(String op, double lo, double hi, double[] targetRange, Function<List<Tensor>, Tensor> f) {
        return new Case(op, List.of(new double[] {lo, hi}, targetRange), new int[][] {{3, 4}, {3, 4}}, f, 1);
    }

    static Stream<Arguments> ops() {
        int[][] same = {{3, 4}, {3, 4}};
        return Stream.of(
                binary("matmul", new int[][] {{3, 4}, {4, 2}}, in -> in.get(0).matMul(in.get(1))),
                binary("matmul-transB", new int[][] {{3, 4}, {2, 4}}, in -> in.get(0).matMulTransB(in.get(1))),
                binary("add-bias", new int[][] {{3, 4}, {1, 4}}, in -> in.get(0).addBias(in.get(1))),
                binary("add", same, in -> in.get(0).add(in.get(1))),
                binary("sub", same, in -> in.get(0).sub(in.get(1))),
                binary("mul", same, in -> in.get(0).mul(in.get(1))),
                unary("scale", -2, 2, x -> x.scale(-1.7)),
                unary("add-scalar", -2, 2, x -> x.addScalar(0.3)),
                unary("pow", 0.5, 2, x -> x.pow(3)),
                unary("pow-fractional", 0.5, 2, x -> x.pow(0.5)),
                unary("exp", -2, 2, Tensor::exp),
                unary("log", 0.2, 3, Tensor::log),
                unary("sum", -2, 2, Tensor::sum),
                new Case("div", List.of(new double[] {-2, 2}, new double[] {0.5, 2}), same, in -> in.get(0).div(in.get(1)), 2),
                new Case("power a^b", List.of(new double[] {0.5, 2}, new double[] {-2, 2}), same, in -> in.get(0).pow(in.get(1)), 2),
                unary("sin", -3, 3, Tensor::sin),
                unary("cos", -3, 3, Tensor::cos),
                unary("tan", -1.2, 1.2, Tensor::tan),
                unary("sqrt", 0.2, 3, Tensor::sqrt),
                unary("abs", 0.1, 2, Tensor::abs),
                unary("abs-negative", -2, -0.1, Tensor::abs),
                unary("element", -2, 2, x -> x.element(5)),
                unary("mean", -2, 2, Tensor::mean),
                unary("identity", -2, 2, Tensor::identity),
                unary("step", 0.1, 2, Tensor::step),
                unary("sigmoid", -4, 4, Tensor::sigmoid),
                unary("tanh", -3, 3, Tensor::tanh),
                unary("relu", 0.1, 2, Tensor::relu),
                unary("relu-negative", -2, -0.1, Tensor::relu),
                unary("leaky-relu", 0.1, 2, Tensor::leakyRelu),
                unary("leaky-relu-negative", -2, -0.1, Tensor::leakyRelu),
                unary("softmax", -3, 3, Tensor::softmax),
                loss("quadratic", -2, 2, new double[] {-1, 1}, in -> in.get(0).quadraticLoss(in.get(1))),
                loss("binary-cross-entropy", 0.1, 0.9, new double[] {0, 1}, in -> in.get(0).binaryCrossEntropy(in.get(1))),
                loss("cross-entropy", 0.1, 0.9, new double[] {0, 1}, in -> in.get(0).crossEntropy(in.get(1))),
                new Case("softmax→cross-entropy", List.of(new double[] {-3, 3}, new double[] {0, 1}), same,
                        in -> in.get(0).softmax().crossEntropy(in.get(1)), 1),
                new Case("layer: sigmoid(x·Wᵀ + b)", List.of(new double[] {-1, 1}, new double[] {-1, 1}, new double[] {-1, 1}),
                        new int[][] {{3, 4}, {2, 4}, {1, 2}}, in -> in.get(0).matMulTransB(in.get(1)).addBias(in.get(2)).sigmoid(), 3)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void backwardAgreesWithCentralDifferences(Case c) {
        Random random = new Random(c.op().hashCode());
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; i < c.shapes().length; i++) {
            Tensor t = new Tensor(c.shapes()[i][0], c.shapes()[i][1], "in" + i);
            double lo = c.ranges().get(i)[0], hi = c.ranges().get(i)[1];
            for (int k = 0; k < t.value().data.length; k++) t.value().data[k] = lo + (hi - lo) * random.nextDouble();
            inputs.add(t);
        }
        Tensor out = c.apply().apply(inputs);
        Tensor weights = new Tensor(out.rows(), out.cols(), "R");
        for (int k = 0; k < weights.value().data.length; k++) weights.value().data[k] = random.nextGaussian();
        Graph graph = new Graph(out.mul(weights).sum());
        graph.backward();

        for (int i = 0; i < c.checkedInputs(); i++) {
            Tensor x = inputs.get(i);
            int input = i;
            double[] grad = x.grad().data.clone();
            for (int k = 0; k < grad.length; k++) {
                double original = x.value().data[k];
                x.value().data[k] = original + H;
                graph.forward();
                double plus = graph.result().item();
                x.value().data[k] = original - H;
                graph.forward();
                double minus = graph.result().item();
                x.value().data[k] = original;
                double numeric = (plus - minus) / (2 * H);
                int row = k / x.cols(), col = k % x.cols();
                double backprop = grad[k];
                assertEquals(numeric, backprop, TOLERANCE * Math.max(1, Math.abs(numeric)),
                        () -> String.format("op %s, input %d [%d,%d]: central difference %.9g, backprop %.9g",
                                c.op(), input, row, col, numeric, backprop));
            }
        }
    }
}
