package gradlab.surface;

import gradlab.autodiff.Tensor;
import gradlab.data.Dataset;
import gradlab.nn.TargetEncoding;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The training loss over a plane through the network's weights spanned by two directions in weight
 * space (Li et al., "Visualizing the Loss Landscape of Neural Nets"): L(θ + α·d₁ + β·d₂). The directions
 * are random and filter-normalised (each unit's row of d scaled to the norm of that unit's weights, biases
 * left out), or the two principal components of a training trajectory. Works on a copy of the network.
 */
public final class DirectionSlice {
    private final Network network;
    private final List<double[]> center, first, second;
    private final NetworkGraph graph;

    public DirectionSlice(Network network, Dataset data, Loss loss, List<double[]> first, List<double[]> second) {
        this.network = network.copy();
        this.center = copy(this.network);
        this.first = first;
        this.second = second;
        int m = data.size();
        this.graph = new NetworkGraph(this.network, m, loss);
        TargetEncoding encoding = TargetEncoding.forNetwork(this.network, data);
        for (int i = 0; i < m; i++) {
            graph.setRawInput(i, data.input(i));
            graph.setTarget(i, encoding.encode(data.target(i)));
        }
    }

    /** Copies of the network's parameter values, in {@link Network#parameters()} order. */
    public static List<double[]> copyOf(Network net) { return copy(net); }

    static List<double[]> copy(Network net) {
        List<double[]> out = new ArrayList<>();
        for (Tensor t : net.parameters()) out.add(t.value().data.clone());
        return out;
    }

    /** Random directions, filter-normalised: unit i's row of d has the norm of unit i's weights; biases 0. */
    public static List<double[]> randomDirection(Network net, long seed) {
        Random random = new Random(seed);
        List<double[]> d = new ArrayList<>();
        for (int l = 0; l < net.depth(); l++) {
            var layer = net.layer(l);
            double[] w = layer.weights().value().data, dw = new double[w.length];
            int cols = layer.inputs();
            for (int u = 0; u < layer.units(); u++) {
                double dn = 0, wn = 0;
                for (int c = 0; c < cols; c++) {
                    dw[u * cols + c] = random.nextGaussian();
                    dn += dw[u * cols + c] * dw[u * cols + c];
                    wn += w[u * cols + c] * w[u * cols + c];
                }
                double scale = dn == 0 ? 0 : Math.sqrt(wn / dn);
                for (int c = 0; c < cols; c++) dw[u * cols + c] *= scale;
            }
            d.add(dw);
            d.add(new double[layer.units()]);
        }
        return d;
    }

    /**
     * The two principal components of the trajectory's weights around its last point (Li et al. §7):
     * the eigenvectors of the points' Gram matrix, found by power iteration with deflation, mapped back
     * to weight space. Needs at least three points that differ.
     */
    public static List<List<double[]>> principalDirections(List<List<double[]>> trajectory) {
        int n = trajectory.size();
        if (n < 3) throw new IllegalArgumentException("a trajectory of at least 3 epochs is needed, got " + n);
        List<double[]> last = trajectory.get(n - 1);
        double[][] rows = new double[n - 1][];
        for (int i = 0; i < n - 1; i++) rows[i] = flatten(trajectory.get(i), last);
        int k = rows.length;
        double[][] gram = new double[k][k];
        for (int i = 0; i < k; i++) for (int j = 0; j <= i; j++) gram[i][j] = gram[j][i] = dot(rows[i], rows[j]);
        List<List<double[]>> out = new ArrayList<>();
        for (int component = 0; component < 2; component++) {
            double[] u = new double[k];
            Arrays.fill(u, 1);
            u[component % k] += 1;
            double lambda = 0;
            for (int it = 0; it < 500; it++) {
                double[] next = new double[k];
                for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) next[i] += gram[i][j] * u[j];
                lambda = Math.sqrt(dot(next, next));
                if (lambda == 0) break;
                for (int i = 0; i < k; i++) next[i] /= lambda;
                u = next;
            }
            if (lambda == 0) throw new IllegalArgumentException("the trajectory does not move: no direction to show");
            for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) gram[i][j] -= lambda * u[i] * u[j];   // deflate
            double[] direction = new double[rows[0].length];
            for (int i = 0; i < k; i++) for (int c = 0; c < direction.length; c++) direction[c] += u[i] * rows[i][c];
            double norm = Math.sqrt(dot(direction, direction));
            for (int c = 0; c < direction.length; c++) direction[c] /= norm;
            out.add(unflatten(direction, last));
        }
        return out;
    }

    private static double[] flatten(List<double[]> point, List<double[]> origin) {
        int size = 0;
        for (double[] p : point) size += p.length;
        double[] out = new double[size];
        int at = 0;
        for (int t = 0; t < point.size(); t++) for (int i = 0; i < point.get(t).length; i++) out[at++] = point.get(t)[i] - origin.get(t)[i];
        return out;
    }

    private static List<double[]> unflatten(double[] flat, List<double[]> shape) {
        List<double[]> out = new ArrayList<>();
        int at = 0;
        for (double[] s : shape) {
            double[] t = new double[s.length];
            System.arraycopy(flat, at, t, 0, s.length);
            at += s.length;
            out.add(t);
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** The loss at θ + α·d₁ + β·d₂. */
    public double lossAt(double alpha, double beta) {
        List<Tensor> params = network.parameters();
        for (int t = 0; t < params.size(); t++) {
            double[] v = params.get(t).value().data, c = center.get(t), d1 = first.get(t), d2 = second.get(t);
            for (int i = 0; i < v.length; i++) v[i] = c[i] + alpha * d1[i] + beta * d2[i];
        }
        return graph.forward();
    }

    /** Where {@code weights} lie in the plane: the least-squares (α, β) of weights − θ. */
    public double[] project(List<double[]> weights) {
        double a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
        for (int t = 0; t < center.size(); t++) {
            double[] c = center.get(t), d1 = first.get(t), d2 = second.get(t), w = weights.get(t);
            for (int i = 0; i < c.length; i++) {
                double r = w[i] - c[i];
                a11 += d1[i] * d1[i];
                a12 += d1[i] * d2[i];
                a22 += d2[i] * d2[i];
                b1 += d1[i] * r;
                b2 += d2[i] * r;
            }
        }
        double det = a11 * a22 - a12 * a12;
        if (Math.abs(det) < 1e-300) return new double[] {0, 0};
        return new double[] {(b1 * a22 - b2 * a12) / det, (a11 * b2 - a12 * b1) / det};
    }

    /** The grid from −span to +span in both directions; rows are β, columns α. Null when cancelled. */
    public double[][] compute(double span, int grid, IntConsumer progress, BooleanSupplier cancelled) {
        double[][] out = new double[grid][grid];
        for (int i = 0; i < grid; i++) {
            if (cancelled != null && cancelled.getAsBoolean()) return null;
            double beta = -span + 2 * span * i / (grid - 1);
            for (int j = 0; j < grid; j++) out[i][j] = lossAt(-span + 2 * span * j / (grid - 1), beta);
            if (progress != null) progress.accept(i + 1);
        }
        return out;
    }
}
