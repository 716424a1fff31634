package gradlab.cli;

import gradlab.io.InputError;
import gradlab.io.NumberList;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.nio.file.Path;

/** Parsing shared by the commands; every failure names the option it came from. */
final class Options {
    private Options() {}

    static Network network(Path file) throws InputError {
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

    static Loss loss(Network network, String name) throws InputError {
        if (name == null) return network.loss() == null ? Loss.QUADRATIC : network.loss();
        return Loss.byName(name).orElseThrow(() -> InputError.option("--loss", "unknown loss '" + name + "' (expected " + Loss.names() + ")"));
    }
}
