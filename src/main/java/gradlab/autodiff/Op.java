package gradlab.autodiff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * One operation in the graph: it knows its inputs, owns its output tensor, computes the output from
 * the inputs ({@link #forward}) and adds its share of the chain rule to the inputs' gradients
 * ({@link #backward}). Outputs and scratch buffers are allocated once, so replaying a graph
 * allocates nothing.
 */
public abstract class Op {
    private final List<Tensor> inputs;
    protected final Tensor out;

    protected Op(int outRows, int outCols, Tensor... inputs) {
        this.inputs = List.of(inputs);
        this.out = new Tensor(outRows, outCols, null, this);   // reads inputs() to decide requiresGrad
    }

    static Tensor apply(Op op) {
        op.forward();
        return op.out;
    }

    /** The op's name as the step-through view shows it, e.g. "sigmoid". */
    public abstract String name();

    /** The formula it computes, in the course notes' notation, e.g. "σ(z) = 1 / (1 + e^(−z))". */
    public abstract String formula();

    /** Recomputes the output value from the current input values. Output: Modified. Inputs: Not modified. */
    public abstract void forward();

    /** Adds ∂C/∂input = ∂C/∂out · ∂out/∂input to every input's gradient (accumulates, never overwrites). */
    public abstract void backward();

    public final List<Tensor> inputs() { return inputs; }
    public final Tensor output() { return out; }
    protected final Tensor in(int i) { return inputs.get(i); }

    /** Values kept from the forward pass for backward (tinygrad's save_for_backward); shown by views. */
    public Map<String, DMatrixRMaj> saved() { return new LinkedHashMap<>(); }

    @Override
    public String toString() { return name() + inputs.stream().map(Tensor::label).toList(); }

    static void requireSameShape(String op, Tensor a, Tensor b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException(op + ": shapes differ: " + a.rows() + "x" + a.cols()
                    + " and " + b.rows() + "x" + b.cols());
        }
    }
}
