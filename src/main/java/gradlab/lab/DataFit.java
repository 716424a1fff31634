package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkEdits;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a network's input and output layers fit a data set, the way a student expects when switching
 * data: as many inputs as the data has, one softmax unit per class for more than two classes, a linear
 * output for regression. Says what it changed.
 */
public final class DataFit {
    /** The fitted network (the same object if nothing changed), the loss to switch to (null: keep it), and what changed. */
    public record Result(Network network, Loss loss, List<String> changes) {}

    private DataFit() {}

    public static Result fit(Network net, Dataset data, Loss current) {
        List<String> changes = new ArrayList<>();
        if (net.features().rawCount() != data.inputCount()) {
            net = NetworkEdits.setFeatures(net, Features.plain(data.inputCount()));
            changes.add("The network now takes " + data.inputCount() + " input(s), as the data has.");
        }
        int outputs = data.isClassification() && data.classes() > 2 ? data.classes() : data.targetCount();
        int last = net.depth() - 1;
        if (net.outputSize() != outputs && !(data.classes() == 2 && net.outputSize() == 2)) {
            while (net.layer(last).units() < outputs) net = NetworkEdits.addUnit(net, last);
            while (net.layer(last).units() > outputs) net = NetworkEdits.removeUnit(net, last);
            if (data.classes() > 2) net = NetworkEdits.setActivation(net, last, Activation.SOFTMAX);
            if (outputs == 1 && net.layer(last).activation() == Activation.SOFTMAX) {
                net = NetworkEdits.setActivation(net, last, Activation.TANH);   // softmax of one unit is always 1
            }
            changes.add("The output layer now has " + outputs + " unit(s) for this data.");
        }
        if (!data.isClassification() && net.layer(last).activation() != Activation.IDENTITY) {
            net = NetworkEdits.setActivation(net, last, Activation.IDENTITY);
            changes.add("Regression: the output neuron is now linear (identity), so it can reach any value.");
        }
        Loss loss = lossFor(net, data);
        if (loss == current || (current != Loss.CROSS_ENTROPY && loss != Loss.CROSS_ENTROPY && data.isClassification())) {
            loss = null;   // the current loss fits (quadratic and binary cross-entropy both suit two classes)
        } else {
            changes.add("The loss is now " + loss.fileName() + ".");
        }
        return new Result(net, loss, changes);
    }

    /** Cross-entropy for a softmax over classes, quadratic for regression, binary cross-entropy for a sigmoid, else quadratic. */
    static Loss lossFor(Network net, Dataset data) {
        Activation out = net.layer(net.depth() - 1).activation();
        if (data.classes() > 2 || out == Activation.SOFTMAX) return Loss.CROSS_ENTROPY;
        if (!data.isClassification()) return Loss.QUADRATIC;
        return out == Activation.SIGMOID ? Loss.BINARY_CROSS_ENTROPY : Loss.QUADRATIC;
    }
}
