package gradlab.autodiff;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix value with the gradient of the final scalar with respect to it, and the operation that
 * made it (null for a leaf: an input, a target or a parameter). Rows are samples.
 *
 * <p>Every operation below is a method here, so expressions read like the formulas:
 * {@code x.matMulTransB(weights).addBias(biases).sigmoid()} is a(Wx + b) for a whole batch.
 */
public final class Tensor {
    private final DMatrixRMaj value;
    private final DMatrixRMaj grad;
    private final Op op;
    private String label;
    private boolean requiresGrad = true;

    /** A leaf of the given shape, filled with zeros. */
    public Tensor(int rows, int cols, String label) {
        this(rows, cols, label, null);
    }

    Tensor(int rows, int cols, String label, Op op) {
        this.value = new DMatrixRMaj(rows, cols);
        this.grad = new DMatrixRMaj(rows, cols);
        this.label = label;
        this.op = op;
        if (op != null) this.requiresGrad = op.inputs().stream().anyMatch(Tensor::requiresGrad);
    }

    public static Tensor of(String label, double[][] rows) {
        Tensor t = new Tensor(rows.length, rows.length == 0 ? 0 : rows[0].length, label);
        t.set(rows);
        return t;
    }

    public static Tensor row(String label, double... values) {
        return of(label, new double[][] {values});
    }

    public static Tensor scalar(String label, double value) {
        return of(label, new double[][] {{value}});
    }

    public DMatrixRMaj value() { return value; }
    public DMatrixRMaj grad() { return grad; }
    /** The operation that computed this tensor, or null for a leaf. */
    public Op op() { return op; }
    public boolean isLeaf() { return op == null; }

    /**
     * Whether a backward pass needs ∂C/∂this. True for leaves unless switched off (a network's input
     * batch and targets are constants); an op's output needs it when any of its inputs does. Ops skip
     * the work for inputs that do not.
     */
    public boolean requiresGrad() { return requiresGrad; }

    /** Marks a leaf as a constant: no gradient is computed for it. Call before building ops on it. */
    public Tensor constant() {
        if (op != null) throw new IllegalStateException("only a leaf can be a constant");
        requiresGrad = false;
        return this;
    }
    public List<Tensor> parents() { return op == null ? List.of() : op.inputs(); }
    public String label() { return label; }
    public Tensor label(String newLabel) { this.label = newLabel; return this; }
    public int rows() { return value.numRows; }
    public int cols() { return value.numCols; }
    public double get(int row, int col) { return value.get(row, col); }
    public void set(int row, int col, double v) { value.set(row, col, v); }
    public double gradAt(int row, int col) { return grad.get(row, col); }
    /** The single number of a 1x1 tensor, such as a loss. */
    public double item() { return value.get(0, 0); }

    /** Overwrites the value with the given rows. Shape must match. */
    public void set(double[][] rows) {
        if (rows.length != rows()) {
            throw new IllegalArgumentException(label + ": expected " + rows() + " rows, got " + rows.length);
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols()) {
                throw new IllegalArgumentException(label + ": row " + r + " has " + rows[r].length
                        + " values, expected " + cols());
            }
            System.arraycopy(rows[r], 0, value.data, r * cols(), cols());
        }
    }

    public double[][] toArray() { return toArray(value); }
    public double[][] gradToArray() { return toArray(grad); }

    static double[][] toArray(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int r = 0; r < m.numRows; r++) {
            System.arraycopy(m.data, r * m.numCols, out[r], 0, m.numCols);
        }
        return out;
    }

    public void zeroGrad() { grad.zero(); }

    // ---- operations: each builds one Op node and computes its value once ----
    public Tensor matMul(Tensor b) { return Op.apply(new Ops.MatMul(this, b)); }
    public Tensor matMulTransB(Tensor b) { return Op.apply(new Ops.MatMulTransB(this, b)); }
    public Tensor addBias(Tensor bias) { return Op.apply(new Ops.AddBias(this, bias)); }
    public Tensor add(Tensor b) { return Op.apply(new Ops.Add(this, b)); }
    public Tensor sub(Tensor b) { return Op.apply(new Ops.Sub(this, b)); }
    public Tensor mul(Tensor b) { return Op.apply(new Ops.Mul(this, b)); }
    public Tensor scale(double c) { return Op.apply(new Ops.Scale(this, c)); }
    public Tensor addScalar(double c) { return Op.apply(new Ops.AddScalar(this, c)); }
    public Tensor pow(double p) { return Op.apply(new Ops.Pow(this, p)); }
    public Tensor exp() { return Op.apply(new Ops.Exp(this)); }
    public Tensor log() { return Op.apply(new Ops.Log(this)); }
    public Tensor div(Tensor b) { return Op.apply(new MathOps.Div(this, b)); }
    public Tensor pow(Tensor exponent) { return Op.apply(new MathOps.Power(this, exponent)); }
    public Tensor sin() { return Op.apply(new MathOps.Function(this, "sin")); }
    public Tensor cos() { return Op.apply(new MathOps.Function(this, "cos")); }
    public Tensor tan() { return Op.apply(new MathOps.Function(this, "tan")); }
    public Tensor sqrt() { return Op.apply(new MathOps.Function(this, "sqrt")); }
    public Tensor abs() { return Op.apply(new MathOps.Function(this, "abs")); }
    /** Element {@code index} of this tensor's data, as a 1x1 tensor. */
    public Tensor element(int index) { return Op.apply(new MathOps.Element(this, index)); }
    public Tensor sum() { return Op.apply(new Ops.Sum(this)); }
    public Tensor mean() { return Op.apply(new Ops.Mean(this)); }

    /** Inverted dropout with drop probability {@code rate}, a fresh mask every forward pass. */
    public Tensor dropout(double rate, Random random) { return Op.apply(new Ops.Dropout(this, rate, random)); }

    public Tensor identity() { return Op.apply(new Activations.Identity(this)); }
    public Tensor step() { return Op.apply(new Activations.Step(this)); }
    public Tensor sigmoid() { return Op.apply(new Activations.Sigmoid(this)); }
    public Tensor tanh() { return Op.apply(new Activations.Tanh(this)); }
    public Tensor relu() { return Op.apply(new Activations.Relu(this)); }
    public Tensor leakyRelu() { return Op.apply(new Activations.LeakyRelu(this)); }
    public Tensor softmax() { return Op.apply(new Activations.Softmax(this)); }

    public Tensor quadraticLoss(Tensor target) { return Op.apply(new Losses.Quadratic(this, target)); }
    public Tensor binaryCrossEntropy(Tensor target) { return Op.apply(new Losses.BinaryCrossEntropy(this, target)); }
    public Tensor crossEntropy(Tensor target) { return Op.apply(new Losses.CrossEntropy(this, target)); }

    @Override
    public String toString() {
        return (label == null ? "tensor" : label) + "[" + rows() + "x" + cols() + "]"
                + (op == null ? "" : " = " + op.name());
    }
}
