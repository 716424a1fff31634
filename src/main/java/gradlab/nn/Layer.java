package gradlab.nn;

import gradlab.autodiff.Tensor;

/**
 * One layer: x(l) = a(l)(W(l) x(l−1) + b(l)), with W(l) of shape d(l) x d(l−1) (one row per unit,
 * one column per input, as in notes 000) and b(l) a 1 x d(l) row.
 */
public final class Layer {
    private final Tensor weights;
    private final Tensor biases;
    private Activation activation;
    private double dropout;

    public Layer(int units, int inputs, Activation activation) {
        this.weights = new Tensor(units, inputs, "W");
        this.biases = new Tensor(1, units, "b");
        this.activation = activation;
    }

    public int units() { return weights.rows(); }
    public int inputs() { return weights.cols(); }
    public Tensor weights() { return weights; }
    public Tensor biases() { return biases; }
    public Activation activation() { return activation; }
    public void setActivation(Activation activation) { this.activation = activation; }

    /** The probability that a unit's output is dropped during training (0: no dropout). */
    public double dropout() { return dropout; }

    public void setDropout(double rate) {
        if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout must be in [0, 1), got " + rate);
        this.dropout = rate;
    }

    /** The weight from input {@code from} into unit {@code unit}. */
    public double weight(int unit, int from) { return weights.get(unit, from); }
    public double bias(int unit) { return biases.get(0, unit); }

    Layer copy() {
        Layer copy = new Layer(units(), inputs(), activation);
        copy.dropout = dropout;
        System.arraycopy(weights.value().data, 0, copy.weights.value().data, 0, weights.value().data.length);
        System.arraycopy(biases.value().data, 0, copy.biases.value().data, 0, biases.value().data.length);
        return copy;
    }
}
