package gradlab.nn;

import gradlab.autodiff.Tensor;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The activations a layer may use, by their SPEC file names. */
public enum Activation implements Named {
    IDENTITY("identity", Tensor::identity),
    STEP("step", Tensor::step),
    SIGMOID("sigmoid", Tensor::sigmoid),
    TANH("tanh", Tensor::tanh),
    RELU("relu", Tensor::relu),
    LEAKY_RELU("leaky-relu", Tensor::leakyRelu),
    SOFTMAX("softmax", Tensor::softmax);

    private final String fileName;
    private final UnaryOperator<Tensor> op;

    Activation(String fileName, UnaryOperator<Tensor> op) {
        this.fileName = fileName;
        this.op = op;
    }

    /** The name used in network files and on the command line. */
    @Override public String fileName() { return fileName; }

    /** Adds this activation to the graph: a = act(z). */
    public Tensor apply(Tensor z) { return op.apply(z); }

    public static Optional<Activation> byName(String name) { return Named.byName(values(), name); }

    public static String names() { return Named.names(values()); }

    @Override public String toString() { return fileName; }
}
