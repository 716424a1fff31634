package gradlab.nn;

import gradlab.autodiff.Tensor;
import java.util.Optional;
import java.util.function.BinaryOperator;

/** The losses of SPEC §2, by their file and command-line names. */
public enum Loss implements Named {
    QUADRATIC("quadratic", Tensor::quadraticLoss),
    BINARY_CROSS_ENTROPY("binary-cross-entropy", Tensor::binaryCrossEntropy),
    CROSS_ENTROPY("cross-entropy", Tensor::crossEntropy);

    private final String fileName;
    private final BinaryOperator<Tensor> op;

    Loss(String fileName, BinaryOperator<Tensor> op) {
        this.fileName = fileName;
        this.op = op;
    }

    @Override public String fileName() { return fileName; }

    /** Adds C(output, target), averaged over the batch's rows, to the graph. */
    public Tensor apply(Tensor output, Tensor target) { return op.apply(output, target); }

    /**
     * Why this loss cannot be used after an output layer with {@code output}, if so: both cross-entropies
     * take ln a (and binary cross-entropy ln(1 − a)), so the outputs must lie strictly between 0 and 1,
     * which only sigmoid and softmax guarantee. A step, relu or linear output gives an infinite loss.
     */
    public Optional<String> problemWithOutput(Activation output) {
        if (this == QUADRATIC || output == Activation.SIGMOID || output == Activation.SOFTMAX) return Optional.empty();
        return Optional.of(fileName + " needs outputs between 0 and 1 (it takes their logarithm), but the output layer is "
                + output.fileName() + "; use a sigmoid or softmax output, or the quadratic loss");
    }

    public static Optional<Loss> byName(String name) { return Named.byName(values(), name); }

    public static String names() { return Named.names(values()); }

    @Override public String toString() { return fileName; }
}
