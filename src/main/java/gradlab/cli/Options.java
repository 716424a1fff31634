package gradlab.cli;

import gradlab.io.InputError;
import gradlab.io.NumberList;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.nn.NetworkGraph;
import java.nio.file.Path;
import java.util.List;

/** Parsing shared by the commands; every failure names the option it came from. */
final class Options {
    private Options() {}

    static Network network(Path file) throws InputError {
        if (file.toString().isEmpty()) throw InputError.option("--net", "no file name given");
        return NetworkFile.load(file);
    }

    static double[] input(Network network, String text) throws InputError {
        double[] raw = NumberList.parse("--input", text);
        int expected = network.features().rawCount();
        if (raw.length != expected) {
            throw InputError.option("--input", "the network takes " + expected + " input value(s), got " + raw.length);
        }
        return raw;
    }

    static double[] target(Network network, String text) throws InputError {
        double[] target = NumberList.parse("--target", text);
        if (target.length != network.outputSize()) {
            throw InputError.option("--target", "the network has " + network.outputSize() + " output(s), got " + target.length + " target value(s)");
        }
        return target;
    }

    /** The loss named by {@code --loss}, else the file's, else quadratic; it must suit the output layer. */
    static Loss loss(Network network, String name) throws InputError {
        if (name == null) return network.loss() == null ? Loss.QUADRATIC : network.loss();
        Loss loss = Loss.byName(name).orElseThrow(() -> InputError.option("--loss", "unknown loss '" + name + "' (expected " + Loss.names() + ")"));
        var problem = loss.problemWithOutput(network.layer(network.depth() - 1).activation());
        if (problem.isPresent()) throw InputError.option("--loss", problem.get());
        return loss;
    }

    /**
     * Refuses a pass whose numbers overflowed, naming the first layer where they did: JSON has no
     * Infinity or NaN, and a table of them teaches nothing.
     */
    static void requireFinite(Path net, NetworkGraph.Result result, boolean withLoss) throws InputError {
        List<NetworkGraph.LayerResult> layers = result.layers();
        for (int l = 0; l < layers.size(); l++) {   // the forward pass first: where it overflows, the rest follows
            String what = !finite(layers.get(l).z()) ? "z" : !finite(layers.get(l).a()) ? "a" : null;
            if (what != null) throw overflow(net, l, what);
        }
        for (int l = layers.size() - 1; l >= 0; l--) {   // then the backward pass, from the output down
            NetworkGraph.LayerResult layer = layers.get(l);
            String what = layer.delta() != null && !finite(layer.delta()) ? "δ = ∂C/∂z"
                    : layer.dW() != null && !finite(layer.dW()) ? "∂C/∂W" : null;
            if (what != null) throw overflow(net, l, what);
        }
        if (withLoss && !Double.isFinite(result.loss())) {
            throw new InputError(net.toString(), 0, 0, "the loss is not a finite number (an output reached exactly 0 or 1 under a logarithm)");
        }
    }

    private static InputError overflow(Path net, int layer, String what) {
        return new InputError(net.toString(), 0, 0, "layer " + (layer + 1) + ": " + what
                + " is not a finite number (the values overflow: the weights or the input are too large)");
    }

    private static boolean finite(double[] values) {
        for (double v : values) if (!Double.isFinite(v)) return false;
        return true;
    }

    private static boolean finite(double[][] rows) {
        for (double[] row : rows) if (!finite(row)) return false;
        return true;
    }
}
