package gradlab.nn;

import gradlab.autodiff.Tensor;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BinaryOperator;

/** The losses of SPEC §2, by their file and command-line names. */
public enum Loss {
    QUADRATIC("quadratic", Tensor::quadraticLoss),
    BINARY_CROSS_ENTROPY("binary-cross-entropy", Tensor::binaryCrossEntropy),
    CROSS_ENTROPY("cross-entropy", Tensor::crossEntropy);

    private final String fileName;
    private final BinaryOperator<Tensor> op;

    Loss(String fileName, BinaryOperator<Tensor> op) {
        this.fileName = fileName;
        this.op = op;
    }

    public String fileName() { return fileName; }

    /** Adds C(output, target), averaged over the batch's rows, to the graph. */
    public Tensor apply(Tensor output, Tensor target) { return op.apply(output, target); }

    public static Optional<Loss> byName(String name) {
        return Arrays.stream(values()).filter(l -> l.fileName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(" | ", Arrays.stream(values()).map(Loss::fileName).toList());
    }

    @Override public String toString() { return fileName; }
}
