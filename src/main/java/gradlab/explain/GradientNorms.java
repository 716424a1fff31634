package gradlab.explain;

import gradlab.data.Dataset;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.nn.TargetEncoding;

/**
 * Per-layer gradient norms over the whole training set (SPEC §4, {@code --gradient-norms}): the
 * Frobenius norms of ∂C/∂W(l) and ∂C/∂b(l), C being the mean data loss over every training sample at
 * the current weights, with no penalty and no dropout. Nielsen's "speed of learning" of layer l is the
 * biases' norm. Works on its own copy of the network, so measuring never disturbs a trainer's gradients.
 */
public final class GradientNorms {
    /** The norms of one measurement, one entry per layer (from the first hidden layer to the output). */
    public record Measurement(double[] weights, double[] biases) {
        /** ‖∂C/∂b‖ of layer {@code first} over that of layer {@code last} (layers from 0). */
        public double biasRatio(int first, int last) { return biases[first] / biases[last]; }
    }

    private final Network copy;
    private final NetworkGraph graph;

    public GradientNorms(Network network, Dataset training, Loss loss) {
        this.copy = network.copy();
        this.graph = new NetworkGraph(copy, training.size(), loss);
        TargetEncoding encoding = TargetEncoding.forNetwork(network, training);
        for (int i = 0; i < training.size(); i++) {
            graph.setRawInput(i, training.input(i));
            graph.setTarget(i, encoding.encode(training.target(i)));
        }
    }

    /** Measures at {@code network}'s current weights (a network of the same shape as the one given first). */
    public Measurement measure(Network network) {
        copy.copyWeightsFrom(network);
        graph.forwardBackward();
        int depth = copy.depth();
        double[] w = new double[depth], b = new double[depth];
        for (int l = 0; l < depth; l++) {
            w[l] = norm(copy.layer(l).weights().grad().data);
            b[l] = norm(copy.layer(l).biases().grad().data);
        }
        return new Measurement(w, b);
    }

    static double norm(double[] values) {
        double sum = 0;
        for (double v : values) sum += v * v;
        return Math.sqrt(sum);
    }
}
