package gradlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Structural edits as the network editor makes them. Each returns a new network and keeps every
 * weight that still has a place; new weights are drawn from the network's init scheme, so adding a
 * neuron does not disturb what the others have learned.
 */
public final class NetworkEdits {
    private NetworkEdits() {}

    /** Adds a neuron at the end of hidden or output layer {@code l}. */
    public static Network addUnit(Network net, int l) {
        return resize(net, l, net.layer(l).units() + 1);
    }

    /** Removes the last neuron of layer {@code l} (a layer keeps at least one). */
    public static Network removeUnit(Network net, int l) {
        if (net.layer(l).units() <= 1) throw new IllegalArgumentException("layer " + (l + 1) + " has only one neuron");
        return resize(net, l, net.layer(l).units() - 1);
    }

    private static Network resize(Network net, int l, int units) {
        int[] widths = widths(net);
        widths[l] = units;
        return rebuild(net, net.features(), widths, activations(net));
    }

    /** Inserts a hidden layer of {@code units} neurons before the output layer, with the last hidden layer's activation. */
    public static Network addHiddenLayer(Network net, int units) {
        int depth = net.depth();
        int[] widths = new int[depth + 1];
        Activation[] acts = new Activation[depth + 1];
        for (int l = 0; l < depth - 1; l++) {
            widths[l] = net.layer(l).units();
            acts[l] = net.layer(l).activation();
        }
        widths[depth - 1] = units;
        acts[depth - 1] = depth >= 2 ? net.layer(depth - 2).activation() : Activation.TANH;
        widths[depth] = net.layer(depth - 1).units();
        acts[depth] = net.layer(depth - 1).activation();
        return rebuild(net, net.features(), widths, acts);
    }

    /** Removes the last hidden layer (the output layer stays). */
    public static Network removeHiddenLayer(Network net) {
        if (net.depth() < 2) throw new IllegalArgumentException("there is no hidden layer to remove");
        int depth = net.depth();
        int[] widths = new int[depth - 1];
        Activation[] acts = new Activation[depth - 1];
        for (int l = 0; l < depth - 2; l++) {
            widths[l] = net.layer(l).units();
            acts[l] = net.layer(l).activation();
        }
        widths[depth - 2] = net.layer(depth - 1).units();
        acts[depth - 2] = net.layer(depth - 1).activation();
        return rebuild(net, net.features(), widths, acts);
    }

    public static Network setActivation(Network net, int l, Activation activation) {
        Network copy = net.copy();
        copy.layer(l).setActivation(activation);
        return copy;
    }

    /** Changes the input features; the first layer keeps the weights of features that stay. */
    public static Network setFeatures(Network net, Features features) {
        if (features.size() == 0) throw new IllegalArgumentException("a network needs at least one input feature");
        Network fresh = rebuild(net, features, widths(net), activations(net));
        List<String> oldNames = net.features().names(), newNames = features.names();
        for (int j = 0; j < fresh.layer(0).units(); j++) {
            for (int i = 0; i < newNames.size(); i++) {
                int old = oldNames.indexOf(newNames.get(i));
                if (old >= 0) fresh.layer(0).weights().set(j, i, net.layer(0).weight(j, old));
            }
        }
        return fresh;
    }

    private static int[] widths(Network net) {
        int[] widths = new int[net.depth()];
        for (int l = 0; l < widths.length; l++) widths[l] = net.layer(l).units();
        return widths;
    }

    private static Activation[] activations(Network net) {
        Activation[] acts = new Activation[net.depth()];
        for (int l = 0; l < acts.length; l++) acts[l] = net.layer(l).activation();
        return acts;
    }

    /** A network of the given shape: overlapping weights and biases copied, the rest from the init scheme. */
    private static Network rebuild(Network net, Features features, int[] widths, Activation[] acts) {
        Random random = new Random();
        List<Layer> layers = new ArrayList<>();
        int fanIn = features.size();
        for (int l = 0; l < widths.length; l++) {
            Layer layer = new Layer(widths[l], fanIn, acts[l]);
            net.init().fill(layer.weights(), random);
            if (l < net.depth()) {
                Layer old = net.layer(l);
                layer.setDropout(old.dropout());
                for (int j = 0; j < Math.min(widths[l], old.units()); j++) {
                    layer.biases().set(0, j, old.bias(j));
                    for (int i = 0; i < Math.min(fanIn, old.inputs()); i++) layer.weights().set(j, i, old.weight(j, i));
                }
            }
            layers.add(layer);
            fanIn = widths[l];
        }
        return new Network(net.name(), features, layers, net.loss(), net.init(), net.seed());
    }
}
