package gradlab.surface;

import gradlab.autodiff.Graph;
import gradlab.autodiff.Tensor;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * One grid point of a network slice, replayed over the units that can change, each for all samples at once. In the
 * lowest layer holding an axis only the axes' units (one or two) are recomputed, the others keep the
 * centre's values; every layer above is recomputed whole. Each unit is z = (Σₚ xₚ·wₚ, in input order) + b
 * and a = act(z) through {@link gradlab.nn.Activation#elementwise}, the same operations in the same order as the
 * graph's matrix kernel and activation ops, so the result is the graph's loss bit for bit. The output
 * layer's z rows go through the output activation and loss ops themselves (softmax, cross-entropy alike).
 *
 * <p>Only for networks whose hidden layers from the lowest axis up are elementwise ({@link #of} says
 * so); a hidden softmax layer makes {@link #of} return empty and the slice replays the graph instead.
 */
final class SliceReplay {
    private final int samples, lowest, depth;
    private final double[][] weights, biases;
    private final int[] units, inputs;
    private final DoubleUnaryOperator[] hidden;
    /** Unit by unit (the transpose of the graph's sample rows), so each step runs along the samples. */
    private final double[][] below, centre;
    private final int[] changed;
    /** Per layer from the lowest up, its z (then a) for every sample, unit by unit. */
    private final double[][][] values;
    private final double[] outputZ;
    private final Graph tail;
    private final Tensor loss;

    private SliceReplay(Network network, List<Integer> changedUnits, int lowest, double[] below, double[] centre,
                        double[][] targets, Loss lossFunction, DoubleUnaryOperator[] hidden) {
        this.samples = targets.length;
        this.lowest = lowest;
        this.depth = network.depth();
        this.hidden = hidden;
        this.changed = changedUnits.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        weights = new double[depth][];
        biases = new double[depth][];
        units = new int[depth];
        inputs = new int[depth];
        values = new double[depth][][];
        for (int l = lowest; l < depth; l++) {
            Layer layer = network.layer(l);
            weights[l] = layer.weights().value().data;   // live: the slice's network.set changes what the next replay reads
            biases[l] = layer.biases().value().data;
            units[l] = layer.units();
            inputs[l] = layer.inputs();
            values[l] = new double[units[l]][samples];
        }
        this.below = byUnit(below, inputs[lowest], samples);
        this.centre = byUnit(centre, units[lowest], samples);
        for (int u = 0; u < units[lowest]; u++) if (Arrays.binarySearch(changed, u) < 0) values[lowest][u] = this.centre[u];
        Layer last = network.layer(depth - 1);
        Tensor z = new Tensor(samples, last.units(), "z").constant();
        Tensor target = new Tensor(samples, last.units(), "t").constant();
        for (int s = 0; s < samples; s++) System.arraycopy(targets[s], 0, target.value().data, s * last.units(), last.units());
        this.loss = lossFunction.apply(last.activation().apply(z), target);
        this.tail = new Graph(loss);
        this.outputZ = z.value().data;
    }

    private static double[][] byUnit(double[] rows, int width, int samples) {
        double[][] columns = new double[width][samples];
        for (int s = 0; s < samples; s++) for (int u = 0; u < width; u++) columns[u][s] = rows[s * width + u];
        return columns;
    }

    /**
     * A replay of {@code network} (whose weights it reads live) from layer {@code lowest} up, where
     * {@code changedUnits} of that layer hold the axes; {@code below} is the layer's input for every sample
     * (m × inputs, row by row), {@code centre} its output at the centre (a for a hidden layer, z for the
     * output layer). Empty when a hidden layer from {@code lowest} up is not elementwise.
     */
    static Optional<SliceReplay> of(Network network, List<Integer> changedUnits, int lowest, double[] below, double[] centre,
                                    double[][] targets, Loss lossFunction) {
        DoubleUnaryOperator[] hidden = new DoubleUnaryOperator[network.depth()];
        for (int l = lowest; l < network.depth() - 1; l++) {
            Optional<DoubleUnaryOperator> f = network.layer(l).activation().elementwise();
            if (f.isEmpty()) return Optional.empty();
            hidden[l] = f.get();
        }
        return Optional.of(new SliceReplay(network, changedUnits, lowest, below, centre, targets, lossFunction, hidden));
    }

    /** The loss with the network's weights as they are now. */
    double loss() {
        for (int u : changed) unit(lowest, u, below);
        for (int l = lowest + 1; l < depth; l++) {
            for (int u = 0; u < units[l]; u++) unit(l, u, values[l - 1]);
        }
        double[][] output = values[depth - 1];
        int out = output.length;
        for (int u = 0; u < out; u++) {
            double[] z = output[u];
            for (int s = 0; s < samples; s++) outputZ[s * out + u] = z[s];
        }
        tail.forward();
        return loss.item();
    }

    /**
     * Unit {@code u} of layer {@code l} for every sample from the layer's input {@code x} (unit by unit):
     * z = (0 + x₀w₀ + x₁w₁ + …) + b, then a = act(z) unless it is the output layer.
     */
    private void unit(int l, int u, double[][] x) {
        double[] z = values[l][u], w = weights[l];
        int k = inputs[l];
        Arrays.fill(z, 0.0);
        for (int p = 0; p < k; p++) {
            double wp = w[u * k + p];
            double[] xp = x[p];
            for (int s = 0; s < samples; s++) z[s] += xp[s] * wp;
        }
        double b = biases[l][u];
        for (int s = 0; s < samples; s++) z[s] += b;
        if (l < depth - 1) {
            DoubleUnaryOperator f = hidden[l];
            for (int s = 0; s < samples; s++) z[s] = f.applyAsDouble(z[s]);
        }
    }
}
