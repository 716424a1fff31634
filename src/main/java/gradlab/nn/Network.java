package gradlab.nn;

import gradlab.autodiff.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fully connected network: input features, then layers. Parameters are addressed by name, the way a
 * view or a lesson names them: {@code layers.0.weights[1,0]} (unit 1 of layer 0, input 0) and
 * {@code layers.0.biases[1]}.
 */
public final class Network {

    private String name;
    private final Features features;
    private final List<Layer> layers;
    private final Loss loss;
    private final Init init;
    private final Long seed;

    public Network(String name, Features features, List<Layer> layers, Loss loss, Init init, Long seed) {
        this.name = name;
        this.features = features;
        this.layers = new ArrayList<>(layers);
        this.loss = loss;
        this.init = init;
        this.seed = seed;
        int width = features.size();
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).inputs() != width) {
                throw new IllegalArgumentException("layer " + l + " takes " + layers.get(l).inputs() + " inputs, previous width is " + width);
            }
            width = layers.get(l).units();
        }
    }

    /**
     * A network with fresh weights: {@code units[l]} units and {@code activations[l]} in layer l,
     * weights drawn by {@code init} from {@code seed}, biases 0.
     */
    public static Network create(Features features, int[] units, Activation[] activations, Init init, long seed) {
        Random random = new Random(seed);
        List<Layer> layers = new ArrayList<>();
        int width = features.size();
        for (int l = 0; l < units.length; l++) {
            Layer layer = new Layer(units[l], width, activations[l]);
            init.fill(layer.weights(), random);
            layers.add(layer);
            width = units[l];
        }
        return new Network(null, features, layers, null, init, seed);
    }

    public String name() { return name; }
    public void setName(String name) { this.name = name; }
    public Features features() { return features; }
    public List<Layer> layers() { return Collections.unmodifiableList(layers); }
    public Layer layer(int l) { return layers.get(l); }
    public int depth() { return layers.size(); }
    public int inputSize() { return features.size(); }
    public int outputSize() { return layers.isEmpty() ? features.size() : layers.get(layers.size() - 1).units(); }
    /** The loss the file names, or null (callers default to quadratic). */
    public Loss loss() { return loss; }
    public Init init() { return init; }
    public Long seed() { return seed; }

    /** Every parameter tensor: W(0), b(0), W(1), b(1), … */
    public List<Tensor> parameters() {
        List<Tensor> params = new ArrayList<>();
        for (Layer layer : layers) {
            params.add(layer.weights());
            params.add(layer.biases());
        }
        return params;
    }

    /** The parameter tensors by name: {@code layers.0.weights}, {@code layers.0.biases}, … in order. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> named = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            named.put("layers." + l + ".weights", layers.get(l).weights());
            named.put("layers." + l + ".biases", layers.get(l).biases());
        }
        return named;
    }

    /** The value of one named parameter, e.g. {@code layers.1.weights[0,2]}. */
    public double get(String parameter) {
        Slot slot = slot(parameter);
        return slot.tensor.get(slot.row, slot.col);
    }

    /** ∂C/∂θ of one named parameter, from the last backward pass through this network's tensors. */
    public double gradient(String parameter) {
        Slot slot = slot(parameter);
        return slot.tensor.gradAt(slot.row, slot.col);
    }

    /** Whether {@code parameter} names a weight or bias of this network. */
    public boolean has(String parameter) {
        try {
            slot(parameter);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Sets one named parameter. */
    public void set(String parameter, double value) {
        Slot slot = slot(parameter);
        slot.tensor.set(slot.row, slot.col, value);
    }

    /** The layer (from 0) that a named parameter belongs to; IllegalArgumentException if it names none. */
    public int layerOf(String parameter) {
        Slot slot = slot(parameter);
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).weights() == slot.tensor || layers.get(l).biases() == slot.tensor) return l;
        }
        throw new IllegalStateException("a parameter outside every layer: " + parameter);
    }

    /** The unit (from 0) of its layer that a named parameter feeds: a weight's row, a bias's index. */
    public int unitOf(String parameter) {
        return slot(parameter).unit;
    }

    private record Slot(Tensor tensor, int row, int col, int unit) {}

    private Slot slot(String parameter) {
        ParameterName name = ParameterName.read(parameter);
        int l = name.layer(), i = name.unit(), j = name.input();
        if (l >= layers.size()) throw new IllegalArgumentException(parameter + ": there are " + layers.size() + " layers");
        Layer layer = layers.get(l);
        if (i >= layer.units() || (name.weight() && j >= layer.inputs())) {
            throw new IllegalArgumentException(parameter + ": out of range for a " + layer.units() + "x" + layer.inputs() + " layer");
        }
        return name.weight() ? new Slot(layer.weights(), i, j, i) : new Slot(layer.biases(), 0, i, i);
    }

    /** Copies made so far: what one edit costs is counted by tests (OneEditTest), never read by the program. */
    static final AtomicLong COPIES = new AtomicLong();

    /** A deep copy: same structure, own weights. */
    public Network copy() {
        COPIES.incrementAndGet();
        return new Network(name, features, layers.stream().map(Layer::copy).toList(), loss, init, seed);
    }

    /** Copies the weights and biases of a network of the same shape into this one. */
    public void copyWeightsFrom(Network other) {
        List<Tensor> mine = parameters(), theirs = other.parameters();
        for (int i = 0; i < mine.size(); i++) mine.get(i).value().setTo(theirs.get(i).value());
    }

    /** The four rows of a two-input truth table, in the order (0, 0), (0, 1), (1, 0), (1, 1). */
    public static final double[][] TRUTH_ROWS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    /** The first output for each of {@link #TRUTH_ROWS}, or null unless the network has 2 raw inputs and 1 output. */
    public double[] truthTable() {
        if (features().rawCount() != 2 || outputSize() != 1) return null;
        double[] outputs = new double[TRUTH_ROWS.length];
        for (int r = 0; r < outputs.length; r++) outputs[r] = predict(TRUTH_ROWS[r])[0];
        return outputs;
    }

    /** The output for one raw input. */
    public double[] predict(double[] rawInput) {
        return forward(rawInput).output();
    }

    /** Forward pass for one raw input, with every layer's z and a. */
    public NetworkGraph.Result forward(double[] rawInput) {
        NetworkGraph graph = new NetworkGraph(this, 1, Loss.QUADRATIC);
        graph.setRawInput(0, rawInput);
        graph.forwardOnly();
        return graph.result(false);
    }

    /** Forward and backward pass for one sample: z, a, δ = ∂C/∂z, ∂C/∂W, ∂C/∂b and the loss C. */
    public NetworkGraph.Result backprop(double[] rawInput, double[] target, Loss loss) {
        NetworkGraph graph = new NetworkGraph(this, 1, loss);
        graph.setRawInput(0, rawInput);
        graph.setTarget(0, target);
        graph.forwardBackward();
        return graph.result(true);
    }
}
