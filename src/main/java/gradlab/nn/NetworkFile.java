package gradlab.nn;

import gradlab.io.AtomicFiles;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.io.YamlNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Reads and writes the network file of SPEC §1 (YAML; JSON is YAML too). */
public final class NetworkFile {
    private static final Set<String> TOP_KEYS = orderedSet("name", "inputs", "init", "seed", "layers", "loss");
    private static final Set<String> LAYER_KEYS = orderedSet("units", "activation", "weights", "biases", "dropout");
    private static final int MAX_WIDTH = 10_000;
    /**
     * The most weights and biases a network may have. Saved, such a network is at most about 26 MB of
     * text, inside {@link TextFiles#MAX_BYTES}, so whatever the program can hold it can also save and
     * read back; and its values, gradients and optimizer state fit the default heap many times over.
     */
    public static final int MAX_PARAMETERS = 1_000_000;

    private NetworkFile() {}

    private static Set<String> orderedSet(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    /** Loads a network file; every problem is an {@link InputError} saying FILE:LINE:COLUMN. */
    public static Network load(Path file) throws InputError {
        return parse(file.toString(), TextFiles.read(file));
    }

    public static Network parse(String source, String text) throws InputError {
        YamlNode root = YamlNode.parse(source, text);
        Map<String, YamlNode> top = root.map(TOP_KEYS);

        String name = top.containsKey("name") ? top.get("name").string() : null;
        Features features = features(top.get("inputs"), root);
        Init init = Init.GLOROT_UNIFORM;
        if (top.containsKey("init")) {
            YamlNode node = top.get("init");
            init = Init.byName(node.string()).orElseThrow(() -> node.error(
                    "unknown init '" + safe(node) + "' (expected " + Init.names() + ")"));
        }
        Long seed = top.containsKey("seed") ? top.get("seed").longValue() : null;
        Loss loss = null;
        if (top.containsKey("loss")) {
            YamlNode node = top.get("loss");
            loss = Loss.byName(node.string()).orElseThrow(() -> node.error(
                    "unknown loss '" + safe(node) + "' (expected " + Loss.names() + ")"));
        }
        if (!top.containsKey("layers")) throw root.error("missing 'layers': a network needs at least one layer");
        List<YamlNode> layerNodes = top.get("layers").list();
        if (layerNodes.isEmpty()) throw top.get("layers").error("'layers' is empty: a network needs at least one layer");

        checkSize(layerNodes, features.size());
        Random random = seed == null ? new Random() : new Random(seed);
        List<Layer> layers = new ArrayList<>();
        int width = features.size();
        for (int l = 0; l < layerNodes.size(); l++) {
            Layer layer = layer(layerNodes.get(l), l, width, init, random);
            layers.add(layer);
            width = layer.units();
        }
        if (loss != null) {
            Activation output = layers.get(layers.size() - 1).activation();
            YamlNode node = top.get("loss");
            Optional<String> problem = loss.problemWithOutput(output);
            if (problem.isPresent()) throw node.error(problem.get());
        }
        return new Network(name, features, layers, loss, init, seed);
    }

    /** Counts the parameters before any layer is allocated, and names the layer that makes them too many. */
    private static void checkSize(List<YamlNode> layerNodes, int inputs) throws InputError {
        long parameters = 0;
        int width = inputs;
        for (int l = 0; l < layerNodes.size(); l++) {
            Map<String, YamlNode> keys = layerNodes.get(l).map(LAYER_KEYS);
            if (!keys.containsKey("units")) continue;   // reported with the layer's other problems
            YamlNode unitsNode = keys.get("units");
            int units = unitsNode.integer(1, MAX_WIDTH);
            parameters += (long) units * width + units;
            if (parameters > MAX_PARAMETERS) {
                throw unitsNode.error(String.format(Locale.ROOT,
                        "layers[%d].units: with this layer the network has %,d weights and biases; at most %,d fit",
                        l, parameters, MAX_PARAMETERS));
            }
            width = units;
        }
    }

    private static String safe(YamlNode node) {
        try {
            return node.string();
        } catch (InputError e) {
            return "?";
        }
    }

    private static Features features(YamlNode inputs, YamlNode root) throws InputError {
        if (inputs == null) throw root.error("missing 'inputs': the number of inputs or a list of feature names");
        if (inputs.isScalar()) return Features.plain(inputs.integer(1, MAX_WIDTH));
        List<YamlNode> items = inputs.list();
        if (items.isEmpty()) throw inputs.error("'inputs' is empty");
        List<String> names = new ArrayList<>();
        for (YamlNode item : items) {
            try {
                Features.named(List.of(item.string()));
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
            names.add(item.string());
        }
        return Features.named(names);
    }

    private static Layer layer(YamlNode node, int index, int width, Init init, Random random) throws InputError {
        String where = "layers[" + index + "]";
        Map<String, YamlNode> keys = node.map(LAYER_KEYS);
        if (!keys.containsKey("units")) throw node.error(where + ": missing 'units'");
        int units = keys.get("units").integer(1, MAX_WIDTH);
        if (!keys.containsKey("activation")) {
            throw node.error(where + ": missing 'activation' (" + Activation.names() + ")");
        }
        YamlNode act = keys.get("activation");
        Activation activation = Activation.byName(act.string()).orElseThrow(() -> act.error(
                "unknown activation '" + safe(act) + "' (expected " + Activation.names() + ")"));
        Layer layer = new Layer(units, width, activation);
        if (keys.containsKey("dropout")) {
            YamlNode rate = keys.get("dropout");
            double p = rate.number();
            if (!(p >= 0 && p < 1)) throw rate.error(where + ".dropout: must be at least 0 and below 1, found " + p);
            layer.setDropout(p);
        }

        if (keys.containsKey("weights")) {
            YamlNode weights = keys.get("weights");
            List<YamlNode> rows = weights.list();
            if (rows.size() != units) {
                throw weights.error(where + ".weights: expected " + units + " rows (one per unit), found " + rows.size());
            }
            for (int r = 0; r < units; r++) {
                double[] row = rows.get(r).numbers();
                if (row.length != width) {
                    throw rows.get(r).error(where + ".weights row " + (r + 1) + ": expected " + width
                            + " values (one per input), found " + row.length);
                }
                for (int c = 0; c < width; c++) layer.weights().set(r, c, row[c]);
            }
        } else {
            init.fill(layer.weights(), random);
        }
        if (keys.containsKey("biases")) {
            YamlNode biases = keys.get("biases");
            double[] b = biases.numbers();
            if (b.length != units) {
                throw biases.error(where + ".biases: expected " + units + " values (one per unit), found " + b.length);
            }
            for (int u = 0; u < units; u++) layer.biases().set(0, u, b[u]);
        }
        return layer;
    }

    /** The network as a SPEC §1 file, every weight written so it reads back exactly. */
    public static String format(Network network) {
        StringBuilder out = new StringBuilder();
        if (network.name() != null) out.append("name: ").append(quote(network.name())).append('\n');
        Features features = network.features();
        if (features.isCounted()) {
            out.append("inputs: ").append(features.size()).append('\n');
        } else {
            out.append("inputs: [").append(String.join(", ", features.names().stream().map(NetworkFile::quote).toList())).append("]\n");
        }
        out.append("init: ").append(network.init().fileName()).append('\n');
        if (network.seed() != null) out.append("seed: ").append(network.seed()).append('\n');
        if (network.loss() != null) out.append("loss: ").append(network.loss().fileName()).append('\n');
        out.append("layers:\n");
        for (Layer layer : network.layers()) {
            out.append("  - units: ").append(layer.units()).append('\n');
            out.append("    activation: ").append(layer.activation().fileName()).append('\n');
            if (layer.dropout() > 0) out.append("    dropout: ").append(number(layer.dropout())).append('\n');
            out.append("    weights: [");
            for (int r = 0; r < layer.units(); r++) {
                if (r > 0) out.append(", ");
                out.append('[');
                for (int c = 0; c < layer.inputs(); c++) {
                    if (c > 0) out.append(", ");
                    out.append(number(layer.weight(r, c)));
                }
                out.append(']');
            }
            out.append("]\n    biases: [");
            for (int u = 0; u < layer.units(); u++) {
                if (u > 0) out.append(", ");
                out.append(number(layer.bias(u)));
            }
            out.append("]\n");
        }
        return out.toString();
    }

    /** Writes atomically: a crash leaves the old file or the new one, never half of one. */
    public static void save(Network network, Path file) throws IOException {
        save(network, file, false);
    }

    /** As {@link #save(Network, Path)}, creating missing folders when {@code makeFolders}. */
    public static void save(Network network, Path file, boolean makeFolders) throws IOException {
        AtomicFiles.writeString(file, format(network), makeFolders);
    }

    /** Shortest text that reads back to the same double: whole numbers without ".0". */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
