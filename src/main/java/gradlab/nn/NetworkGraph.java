package gradlab.nn;

import gradlab.autodiff.Graph;
import gradlab.autodiff.Tensor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A network's computation for a batch of m samples, built once and replayed: X (m x features) →
 * z(l) = x(l−1)·W(l)ᵀ + b(l), a(l) = act(z(l)) → C(a(L), T). The weights are the network's own tensors,
 * so an optimizer that changes them changes what the next replay computes. Rebuild after the network's
 * shape changes.
 */
public final class NetworkGraph {
    private final Network network;
    private final Tensor input;
    private final Tensor target;
    private final List<Tensor> z = new ArrayList<>();
    private final List<Tensor> a = new ArrayList<>();
    private final Tensor loss;
    private final Graph graph;
    private final Graph outputGraph;
    private final double[] rawFeatures;
    private final Map<Tensor, Integer> layerOf = new IdentityHashMap<>();

    public NetworkGraph(Network network, int batchSize, Loss lossFunction) {
        this(network, batchSize, lossFunction, null);
    }

    /**
     * A graph for training when {@code dropoutRandom} is given: hidden layers with a dropout rate get a
     * dropout op after their activation. Without it (evaluation) there is no dropout.
     */
    public NetworkGraph(Network network, int batchSize, Loss lossFunction, Random dropoutRandom) {
        this.network = network;
        this.input = new Tensor(batchSize, network.inputSize(), "x").constant();
        this.target = new Tensor(batchSize, network.outputSize(), "t").constant();
        Tensor x = input;
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layer(l);
            layer.weights().label("W" + layerMark(l + 1));
            layer.biases().label("b" + layerMark(l + 1));
            Tensor weighted = x.matMulTransB(layer.weights()).label("W" + layerMark(l + 1) + (l == 0 ? "x" : "a" + layerMark(l)));
            Tensor zl = weighted.addBias(layer.biases()).label("z" + layerMark(l + 1));
            layerOf.put(weighted, l);
            layerOf.put(zl, l);
            layerOf.put(layer.weights(), l);
            layerOf.put(layer.biases(), l);
            Tensor al = layer.activation().apply(zl).label("a" + layerMark(l + 1));
            z.add(zl);
            a.add(al);
            layerOf.put(al, l);
            boolean hidden = l < network.depth() - 1;
            x = dropoutRandom != null && hidden && layer.dropout() > 0 ? al.dropout(layer.dropout(), dropoutRandom) : al;
        }
        this.loss = lossFunction.apply(x, target).label("C");
        this.graph = new Graph(loss);
        this.outputGraph = new Graph(x);
        this.rawFeatures = new double[network.inputSize()];
    }

    /** The notes' layer superscript, (l) raised: ⁽¹⁾, ⁽¹²⁾. */
    public static String layerMark(int l) {
        StringBuilder out = new StringBuilder("⁽");
        for (char c : Integer.toString(l).toCharArray()) out.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        return out.append('⁾').toString();
    }

    public Network network() { return network; }
    public int batchSize() { return input.rows(); }
    public Tensor input() { return input; }
    public Tensor target() { return target; }
    public Tensor output() { return a.isEmpty() ? input : a.get(a.size() - 1); }
    public Tensor z(int layer) { return z.get(layer); }
    public Tensor a(int layer) { return a.get(layer); }
    public Tensor loss() { return loss; }
    /** The layer (0-based) a node of the graph belongs to, or −1 for the inputs, targets and loss. */
    public int layerOf(Tensor node) {
        Integer l = layerOf.get(node);
        return l == null ? -1 : l;
    }

    /** The whole graph down to the loss, for stepping through. */
    public Graph graph() { return graph; }

    /** Sets sample {@code row} from its raw inputs (the features are computed here). */
    public void setRawInput(int row, double[] raw) {
        network.features().compute(raw, rawFeatures, 0);
        System.arraycopy(rawFeatures, 0, input.value().data, row * input.cols(), input.cols());
    }

    /** Sets sample {@code row}'s already computed feature vector. */
    public void setFeatures(int row, double[] features) {
        System.arraycopy(features, 0, input.value().data, row * input.cols(), input.cols());
    }

    public void setTarget(int row, double[] t) {
        if (t.length != target.cols()) {
            throw new IllegalArgumentException("expected " + target.cols() + " target values, got " + t.length);
        }
        System.arraycopy(t, 0, target.value().data, row * target.cols(), target.cols());
    }

    /** Computes the outputs only (no loss). */
    public void forwardOnly() { outputGraph.forward(); }

    /** Computes outputs and loss; returns C. */
    public double forward() {
        graph.forward();
        return loss.item();
    }

    /** Backward only, from the values of the last forward pass (which must be current). */
    public void backward() {
        graph.backward();
    }

    /** Forward, then backward: afterwards every parameter's grad holds ∂C/∂θ for this batch. */
    public double forwardBackward() {
        graph.forward();
        graph.backward();
        return loss.item();
    }

    /** One layer's numbers for sample 0. */
    public record LayerResult(double[] z, double[] a, double[] delta, double[][] dW, double[] db) {}

    /** The numbers of a single-sample pass. */
    public record Result(double[] output, List<LayerResult> layers, double loss) {}

    /** Reads sample 0's numbers; with gradients when a backward pass has run. */
    public Result result(boolean withGradients) {
        List<LayerResult> layers = new ArrayList<>();
        for (int l = 0; l < z.size(); l++) {
            Layer layer = network.layer(l);
            layers.add(new LayerResult(
                    z.get(l).toArray()[0], a.get(l).toArray()[0],
                    withGradients ? z.get(l).gradToArray()[0] : null,
                    withGradients ? layer.weights().gradToArray() : null,
                    withGradients ? layer.biases().gradToArray()[0] : null));
        }
        return new Result(output().toArray()[0], layers, withGradients ? loss.item() : Double.NaN);
    }
}
