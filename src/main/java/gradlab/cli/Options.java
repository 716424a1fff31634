package gradlab.cli;

import gradlab.io.InputError;
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

    /** "0,1" → {0, 1}. */
    static double[] numbers(String option, String text) throws InputError {
        if (text == null || text.isBlank()) throw InputError.option(option, "expected comma-separated numbers, got nothing");
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            try {
                values[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw InputError.option(option, "'" + part + "' is not a number");
            }
            if (!Double.isFinite(values[i])) throw InputError.option(option, "'" + part + "' is not a finite number");
        }
        return values;
    }

    static double[] input(Network network, String text) throws InputError {
        double[] raw = numbers("--input", text);
        int expected = network.features().rawCount();
        if (raw.length != expected) {
            throw InputError.option("--input", "the network takes " + expected + " input value(s), got " + raw.length);
        }
        return raw;
    }

    static double[] target(Network network, String text) throws InputError {
        double[] target = numbers("--target", text);
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
