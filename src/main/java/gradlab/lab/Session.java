package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole session in one YAML file that opens again exactly: the settings, the network (its own file
 * format, nested), the data rows as they are now (points added by hand included) and the training
 * history. Numbers are written so that they read back to the same doubles.
 */
public record Session(LabState state, Network network, Dataset data, List<History.Entry> history) {
    private static final Set<String> KEYS = Set.of("gradlab-session", "state", "network", "data", "history");

    public String format() {
        StringBuilder out = new StringBuilder("gradlab-session: 1\nstate:\n");
        for (String line : state.toYaml().split("\n")) out.append("  ").append(line).append('\n');
        out.append("network: |\n");
        for (String line : NetworkFile.format(network).split("\n")) out.append("  ").append(line).append('\n');
        out.append("data:\n  name: \"").append(data.name().replace("\"", "'")).append("\"\n  classes: ").append(data.classes()).append('\n');
        out.append("  inputs: [");
        for (int i = 0; i < data.size(); i++) out.append(i > 0 ? ", " : "").append(row(data.input(i)));
        out.append("]\n  targets: [");
        for (int i = 0; i < data.size(); i++) out.append(i > 0 ? ", " : "").append(row(data.target(i)));
        out.append("]\nhistory: [");
        for (int i = 0; i < history.size(); i++) {
            History.Entry e = history.get(i);
            out.append(i > 0 ? ", " : "").append('[').append(e.epoch()).append(", ").append(number(e.trainingLoss())).append(", ")
                    .append(number(e.validationLoss())).append(", ").append(number(e.trainingAccuracy())).append(", ")
                    .append(number(e.validationAccuracy())).append(']');
        }
        return out.append("]\n").toString();
    }

    private static String row(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) out.append(i > 0 ? ", " : "").append(NetworkFile.number(values[i]));
        return out.append(']').toString();
    }

    /** NaN (no validation set, no accuracy) is written as null. */
    private static String number(double v) { return Double.isNaN(v) ? "null" : NetworkFile.number(v); }

    public static Session parse(String source, String text) throws InputError {
        YamlNode root = YamlNode.parse(source, text);
        Map<String, YamlNode> keys = root.map(KEYS);
        if (!keys.containsKey("gradlab-session")) throw root.error("not a Gradient Lab session (no 'gradlab-session: 1' line)");
        for (String k : List.of("state", "network", "data")) if (!keys.containsKey(k)) throw root.error("missing '" + k + "'");
        LabState state = LabState.fromYaml(keys.get("state"), LabState.defaults());
        YamlNode networkNode = keys.get("network");
        Network network;
        try {
            network = NetworkFile.parse(source, networkNode.string());
        } catch (InputError e) {   // the nested file's lines count from the line after "network: |"
            throw new InputError(source, networkNode.line() + e.line(), e.column() + 2, e.problem());
        }
        Map<String, YamlNode> d = keys.get("data").map(Set.of("name", "classes", "inputs", "targets"));
        List<YamlNode> inputRows = d.get("inputs").list(), targetRows = d.get("targets").list();
        if (inputRows.size() != targetRows.size()) throw keys.get("data").error("as many target rows as input rows are needed");
        double[][] inputs = new double[inputRows.size()][], targets = new double[targetRows.size()][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = inputRows.get(i).numbers();
            targets[i] = targetRows.get(i).numbers();
        }
        Dataset data;
        try {
            data = new Dataset(d.get("name").string(), inputs, targets, d.get("classes").integer(0, 1000));
        } catch (IllegalArgumentException e) {
            throw keys.get("data").error(e.getMessage());
        }
        List<History.Entry> history = new ArrayList<>();
        if (keys.containsKey("history")) {
            for (YamlNode entry : keys.get("history").list()) {
                List<YamlNode> v = entry.list();
                if (v.size() != 5) throw entry.error("a history entry is [epoch, training loss, validation loss, training accuracy, validation accuracy]");
                history.add(new History.Entry(v.get(0).integer(0, Integer.MAX_VALUE), orNaN(v.get(1)), orNaN(v.get(2)), orNaN(v.get(3)),
                        orNaN(v.get(4)), new double[0], new double[0]));
            }
        }
        return new Session(state, network, data, List.copyOf(history));
    }

    private static double orNaN(YamlNode node) throws InputError {
        String text = node.string().trim();
        return text.equals("null") || text.equals("~") || text.isEmpty() ? Double.NaN : node.number();
    }

    /** A snapshot that carries this session's history on into a new trainer. */
    public TrainingSnapshot snapshot() {
        History.Entry last = history.isEmpty() ? null : history.get(history.size() - 1);
        return new TrainingSnapshot(TrainingSnapshot.Status.READY, "", last == null ? 0 : last.epoch(), 0, 0,
                last == null ? Double.NaN : last.trainingLoss(), last == null ? Double.NaN : last.validationLoss(),
                last == null ? Double.NaN : last.trainingAccuracy(), last == null ? Double.NaN : last.validationAccuracy(),
                List.of(), history.toArray(new History.Entry[0]));
    }
}
