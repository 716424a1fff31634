package gradlab.app.lab.network;

import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.stepper.StepperModel;
import gradlab.explain.StepThrough;
import gradlab.data.Dataset;
import gradlab.nn.Activation;
import gradlab.nn.Layer;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the diagram and the truth table show, computed by the model once per change of the network, the
 * data, the selected sample or the sample being stepped through, however often the views redraw: the
 * weights and biases, the raw input on show, every layer's z and a for it, and the four XOR rows' outputs
 * (for a 2-input, 1-output net), and the network's shape: its inputs' names and values, every layer's
 * size and activation. A view draws the picture alone, never the live network (which training moves).
 */
public final class DiagramModel {
    /**
     * The picture: {@code weights[l][unit][input]} and {@code biases[l][unit]} per layer (copies: training
     * does not move them under a drawing); {@code input} and {@code values} null when the data does not fit
     * the network; {@code truth} null unless 2-in 1-out. The shape: {@code rawInputs} raw inputs, the
     * network's inputs by {@code featureNames} (x1, x2, x1², …) and their {@code features} for the input
     * on show (null with it), {@code units[l]} and {@code activations.get(l)} per layer.
     */
    public record Picture(double[][][] weights, double[][] biases, double[] input, NetworkGraph.Result values, double[] truth,
                          int rawInputs, List<String> featureNames, double[] features, int[] units, List<Activation> activations) {
        /** No network: nothing to draw. */
        static final Picture EMPTY = new Picture(new double[0][][], new double[0][], null, null, null, 0, List.of(), null, new int[0], List.of());

        /** Layers (the input column not counted). */
        public int depth() { return units.length; }

        /** The network's inputs (after its features), the diagram's first column. */
        public int inputSize() { return featureNames.size(); }

        /** The neurons of column {@code column}: 0 is the inputs, then each layer's. */
        public int columnSize(int column) { return column == 0 ? inputSize() : units[column - 1]; }

        /** The widest column, which the diagram's spacing is made for. */
        public int widest() {
            int widest = inputSize();
            for (int u : units) widest = Math.max(widest, u);
            return widest;
        }

        /** Whether {@code data} can go through the network (its raw inputs are the network's). */
        public boolean fits(Dataset data) { return data != null && data.size() > 0 && data.inputCount() == rawInputs; }

        /** The largest |weight|, which the diagram's line widths are relative to (at least 1e-9). */
        public double largestWeight() {
            double max = 1e-9;
            for (double[][] layer : weights) for (double[] row : layer) for (double w : row) max = Math.max(max, Math.abs(w));
            return max;
        }
    }

    /** Pictures made so far, counted by tests (what one edit costs), never read by the program. */
    static final AtomicLong PICTURES = new AtomicLong();

    private final LabModel model;
    private Picture picture;
    private Object[] key;
    private final StepperModel stepper;

    public DiagramModel(LabModel model, StepperModel stepper) {
        this.model = model;
        this.stepper = stepper;
    }

    /** The picture for the lab as it is now; recomputed only when something it depends on changed. */
    public Picture picture() {
        Network net = model.network();
        if (net == null) return Picture.EMPTY;
        StepThrough stepping = stepper.stepThrough();
        Object[] now = {net, model.changeProperty().get().version(), model.dataset(), model.sampleProperty().get(), stepping};
        if (picture != null && Arrays.equals(now, key)) return picture;
        key = now;
        PICTURES.incrementAndGet();
        double[] input = null;
        if (stepping != null && stepping.rawInput().length == net.features().rawCount()) {
            input = stepping.rawInput();
        } else if (model.dataset() != null && model.dataset().size() > 0 && model.dataset().inputCount() == net.features().rawCount()) {
            input = model.dataset().input(Math.min(model.sampleProperty().get(), model.dataset().size() - 1));
        }
        NetworkGraph.Result values = input == null ? null : net.forward(input);
        int depth = net.depth();
        double[][][] weights = new double[depth][][];
        double[][] biases = new double[depth][];
        int[] units = new int[depth];
        List<Activation> activations = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            Layer layer = net.layer(l);
            weights[l] = layer.weights().toArray();
            biases[l] = layer.biases().toArray()[0];
            units[l] = layer.units();
            activations.add(layer.activation());
        }
        picture = new Picture(weights, biases, input, values, net.truthTable(), net.features().rawCount(),
                List.copyOf(net.features().names()), input == null ? null : net.features().compute(input), units, List.copyOf(activations));
        return picture;
    }
}
