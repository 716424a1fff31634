package gradlab.app.network;

import gradlab.app.session.LabModel;
import gradlab.app.stepper.StepperModel;
import gradlab.lab.StepThrough;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.Arrays;

/**
 * What the diagram and the truth table show, computed by the model once per change of the network, the
 * data, the selected sample or the sample being stepped through, however often the views redraw: the raw
 * input on show, every layer's z and a for it, and the four XOR rows' outputs (for a 2-input, 1-output net).
 */
public final class DiagramModel {
    /** The picture: {@code input} and {@code values} null when the data does not fit the network; {@code truth} null unless 2-in 1-out. */
    public record Picture(double[] input, NetworkGraph.Result values, double[] truth) {}

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
        Object[] now = {net, model.revisionProperty().get(), model.dataset(), model.sampleProperty().get(), stepping};
        if (picture != null && Arrays.equals(now, key)) return picture;
        key = now;
        double[] input = null;
        if (net != null && stepping != null && stepping.rawInput().length == net.features().rawCount()) {
            input = stepping.rawInput();
        } else if (net != null && model.dataset() != null && model.dataset().size() > 0
                && model.dataset().inputCount() == net.features().rawCount()) {
            input = model.dataset().input(Math.min(model.sampleProperty().get(), model.dataset().size() - 1));
        }
        NetworkGraph.Result values = input == null ? null : net.forward(input);
        picture = new Picture(input, values, net == null ? null : net.truthTable());
        return picture;
    }
}
