package gradlab.nn;

import gradlab.data.Dataset;

/**
 * Turns a data set's targets into what the network's output layer should produce: a two-class label
 * becomes ±1 for a tanh or identity output (Playground's convention) and 0/1 otherwise, or a one-hot
 * pair for a two-unit output; anything else is used as given and must fit the output width.
 */
public final class TargetEncoding {
    private final double low;
    private final double high;
    private final boolean oneHotPair;
    private final int outputs;

    private TargetEncoding(double low, double high, boolean oneHotPair, int outputs) {
        this.low = low;
        this.high = high;
        this.oneHotPair = oneHotPair;
        this.outputs = outputs;
    }

    public static TargetEncoding forNetwork(Network network, Dataset data) {
        int outputs = network.outputSize();
        Activation last = network.layer(network.depth() - 1).activation();
        boolean binaryLabel = data.classes() == 2 && data.targetCount() == 1;
        if (binaryLabel && outputs == 1) {
            boolean symmetric = last == Activation.TANH || last == Activation.IDENTITY;
            return new TargetEncoding(symmetric ? -1 : 0, 1, false, outputs);
        }
        if (binaryLabel && outputs == 2) return new TargetEncoding(0, 1, true, outputs);
        if (data.targetCount() != outputs) {
            throw new IllegalArgumentException("the data has " + data.targetCount() + " target column(s)"
                    + (data.isClassification() ? " (" + data.classes() + " classes)" : "")
                    + " but the network has " + outputs + " output(s)");
        }
        return new TargetEncoding(0, 1, false, outputs);
    }

    /** The training target for a data set's target row. */
    public double[] encode(double[] target) {
        if (oneHotPair) return target[0] >= 0.5 ? new double[] {0, 1} : new double[] {1, 0};
        if (outputs == 1 && low != 0) return new double[] {target[0] >= 0.5 ? high : low};
        return target.clone();
    }

    /** The predicted class of an output (single output: above the midpoint is class 1). */
    public int predictedClass(double[] output) {
        if (output.length == 1) return output[0] >= (low + high) / 2 ? 1 : 0;
        int best = 0;
        for (int j = 1; j < output.length; j++) if (output[j] > output[best]) best = j;
        return best;
    }

    /** The value a single output takes for class 1 and class 0 (for drawing). */
    public double low() { return low; }
    public double high() { return high; }
}
