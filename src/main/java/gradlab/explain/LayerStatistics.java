package gradlab.explain;

import gradlab.autodiff.ActivationOp;
import gradlab.data.Dataset;
import gradlab.nn.Activation;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.nn.TargetEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * What each layer is doing over the whole training set: histograms of its activations a, of the
 * activation's derivative at z (σ′(z) for a sigmoid) and of δ = ∂C_x/∂z per sample; how many units are
 * dead (a ReLU whose z ≤ 0 for every sample) or saturated (a sigmoid or tanh whose slope is under a tenth
 * of its peak for 90% of the samples); and the layer's gradient norms. Works on a copy of the network.
 * The derivative is taken by the activation op's own backward, not written again here.
 */
public final class LayerStatistics {
    public static final int BINS = 24;

    /** Counts in equal bins from {@code min} to {@code max}. */
    public record Histogram(double min, double max, int[] counts) {
        static Histogram of(double[] values) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (!Double.isFinite(v)) continue;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (!(hi >= lo)) return new Histogram(0, 1, new int[BINS]);
            if (hi - lo < 1e-12) {
                lo -= 0.5;
                hi += 0.5;
            }
            int[] counts = new int[BINS];
            for (double v : values) {
                if (!Double.isFinite(v)) continue;
                counts[Math.min(BINS - 1, (int) ((v - lo) / (hi - lo) * BINS))]++;
            }
            return new Histogram(lo, hi, counts);
        }

        public int total() {
            int n = 0;
            for (int c : counts) n += c;
            return n;
        }
    }

    /** One layer (from 0). {@code dead} counts ReLU units, {@code saturated} sigmoid and tanh units. */
    public record Layer(int index, Activation activation, int units, Histogram activations, Histogram derivatives, Histogram deltas,
                        int dead, int saturated, double weightGradientNorm, double biasGradientNorm) {
        /** "3 of 8 units dead", "5 of 8 units saturated", or "". */
        public String unitsNote() {
            if (dead > 0) return dead + " of " + units + " units dead";
            if (saturated > 0) return saturated + " of " + units + " units saturated";
            return "";
        }
    }

    private LayerStatistics() {}

    public static List<Layer> measure(Network network, Dataset data, Loss loss) {
        Network copy = network.copy();
        int m = data.size();
        NetworkGraph graph = new NetworkGraph(copy, m, loss);
        TargetEncoding encoding = TargetEncoding.forNetwork(copy, data);
        for (int i = 0; i < m; i++) {
            graph.setRawInput(i, data.input(i));
            graph.setTarget(i, encoding.encode(data.target(i)));
        }
        graph.forwardBackward();
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < copy.depth(); l++) {
            Activation act = copy.layer(l).activation();
            int units = copy.layer(l).units();
            double[] z = graph.z(l).value().data.clone(), a = graph.a(l).value().data.clone(), delta = graph.z(l).grad().data.clone();
            for (int i = 0; i < delta.length; i++) delta[i] *= m;   // the graph's loss is the mean: δ of one sample is m times its share
            ActivationOp op = (ActivationOp) graph.a(l).op();   // the slopes of this very pass, from the op itself
            double[] slope = new double[z.length];
            for (int i = 0; i < slope.length; i++) slope[i] = op.slope(i);
            int dead = 0, saturated = 0;
            for (int u = 0; u < units; u++) {
                int off = 0, flat = 0;
                for (int i = 0; i < m; i++) {
                    double zu = z[i * units + u];
                    if (zu <= 0) off++;
                    if (slope[i * units + u] < 0.1 * peak(act)) flat++;
                }
                if ((act == Activation.RELU) && off == m) dead++;
                if ((act == Activation.SIGMOID || act == Activation.TANH) && flat >= 0.9 * m) saturated++;
            }
            layers.add(new Layer(l, act, units, Histogram.of(a), Histogram.of(slope), Histogram.of(delta), dead, saturated,
                    GradientNorms.norm(copy.layer(l).weights().grad().data), GradientNorms.norm(copy.layer(l).biases().grad().data)));
        }
        return layers;
    }

    private static double peak(Activation act) {
        return act == Activation.SIGMOID ? 0.25 : 1;
    }

}
