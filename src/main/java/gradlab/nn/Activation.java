package gradlab.nn;

import gradlab.autodiff.ScalarActivations;
import gradlab.autodiff.Tensor;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/** The activations a layer may use, by their SPEC file names. */
public enum Activation implements Named {
    IDENTITY("identity", Tensor::identity, ScalarActivations::identity),
    STEP("step", Tensor::step, ScalarActivations::step),
    SIGMOID("sigmoid", Tensor::sigmoid, ScalarActivations::sigmoid),
    TANH("tanh", Tensor::tanh, ScalarActivations::tanh),
    RELU("relu", Tensor::relu, ScalarActivations::relu),
    LEAKY_RELU("leaky-relu", Tensor::leakyRelu, ScalarActivations::leakyRelu),
    SOFTMAX("softmax", Tensor::softmax, null);

    private final String fileName;
    private final UnaryOperator<Tensor> op;
    private final DoubleUnaryOperator scalar;

    Activation(String fileName, UnaryOperator<Tensor> op, DoubleUnaryOperator scalar) {
        this.fileName = fileName;
        this.op = op;
        this.scalar = scalar;
    }

    /** The name used in network files and on the command line. */
    @Override public String fileName() { return fileName; }

    /** Adds this activation to the graph: a = act(z). */
    public Tensor apply(Tensor z) { return op.apply(z); }

    /**
     * The activation of one unit from its own z, bit for bit what {@link #apply} computes; empty for
     * softmax, whose units depend on each other.
     */
    public Optional<DoubleUnaryOperator> elementwise() { return Optional.ofNullable(scalar); }

    public static Optional<Activation> byName(String name) { return Named.byName(values(), name); }

    public static String names() { return Named.names(values()); }

    @Override public String toString() { return fileName; }
}
