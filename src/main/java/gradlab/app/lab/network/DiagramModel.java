package gradlab.app.lab.network;

import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.stepper.StepperModel;
import gradlab.explain.StepThrough;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the diagram and the truth table show, computed by the model once per change of the network, the
 * data, the selected sample or the sample being stepped through, however often the views redraw: the
 * weights and biases, the raw input on show, every layer's z and a for it, and the four XOR rows' outputs
 * (for a 2-input, 1-output net).
 */
public final class DiagramModel {
    /**
     * The picture: {@code weights[l][unit][input]} and {@code biases[l][unit]} per layer (copies: training
     * does not move them under a drawing); {@code input} and {@code values} null when the data does not fit
     * the network; {@code truth} null unless 2-in 1-out.
     */
    public record Picture(double[][][] weights, double[][] biases, double[] input, NetworkGraph.Result values, double[] truth) {
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
        StepThrough stepping = stepper.stepThrough();
        Object[] now = {net, model.changeProperty().get().version(), model.dataset(), model.sampleProperty().get(), stepping};
        if (picture != null && Arrays.equals(now, key)) return picture;
        key = now;
        PICTURES.incrementAndGet();
        double[] input = null;
        if (net != null && stepping != null && stepping.rawInput().length == net.features().rawCount()) {
            input = stepping.rawInput();
        } else if (net != null && model.dataset() != null && model.dataset().size() > 0
                && model.dataset().inputCount() == net.features().rawCount()) {
            input = model.dataset().input(Math.min(model.sampleProperty().get(), model.dataset().size() - 1));
        }
        NetworkGraph.Result values = input == null ? null : net.forward(input);
        int depth = net == null ? 0 : net.depth();
        double[][][] weights = new double[depth][][];
        double[][] biases = new double[depth][];
        for (int l = 0; l < depth; l++) {
            weights[l] = net.layer(l).weights().toArray();
            biases[l] = net.layer(l).biases().toArray()[0];
        }
        picture = new Picture(weights, biases, input, values, net == null ? null : net.truthTable());
        return picture;
    }
}
