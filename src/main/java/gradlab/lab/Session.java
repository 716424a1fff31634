package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.data.NumberRows;
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
 * format, nested), the training history and the data rows as they are now (points added by hand
 * included). Numbers are written so that they read back to the same doubles.
 *
 * <p>The data comes last, its rows as one literal block of comma-separated lines under a header that names
 * the columns as a CSV file does ({@code x1,x2} the inputs, {@code t1} the targets):
 * <pre>
 * data:
 *   name: "big.csv"
 *   classes: 2
 *   rows: |
 *     x1,x2,t1
 *     -1.25,0.5,1
 * </pre>
 * The rows are read by a scanner of their own ({@link NumberRows}), not by the YAML parser, which reads the
 * rest of the file with the block left out: a session of 100,000 points opens in a fraction of a second.
 * Files of the first form ({@code inputs: [[..], ..]} and {@code targets: [[..], ..]} as flow lists) open as
 * they always did.
 */
public record Session(LabState state, Network network, Dataset data, List<History.Entry> history) {
    private static final Set<String> KEYS = Set.of("gradlab-session", "state", "network", "data", "history");
    private static final String ROWS = "  rows: |";

    public String format() {
        StringBuilder out = new StringBuilder(64 + 24 * data.size() * (data.inputCount() + data.targetCount()));
        out.append("gradlab-session: 2\nstate:\n");
        for (String line : state.toYaml().split("\n")) out.append("  ").append(line).append('\n');
        out.append("network: |\n");
        for (String line : NetworkFile.format(network).split("\n")) out.append("  ").append(line).append('\n');
        out.append("history: [");
        for (int i = 0; i < history.size(); i++) {
            History.Entry e = history.get(i);
            out.append(i > 0 ? ", " : "").append('[').append(e.epoch()).append(", ").append(number(e.trainingLoss())).append(", ")
                    .append(number(e.validationLoss())).append(", ").append(number(e.trainingAccuracy())).append(", ")
                    .append(number(e.validationAccuracy())).append(']');
        }
        out.append("]\ndata:\n  name: \"").append(data.name().replace("\"", "'")).append("\"\n  classes: ").append(data.classes()).append('\n');
        out.append(ROWS).append("\n    ");
        int inputs = Math.max(1, data.inputCount()), targets = Math.max(1, data.targetCount());   // every point removed: still a header
        for (int c = 0; c < inputs; c++) out.append(c > 0 ? "," : "").append('x').append(c + 1);
        for (int c = 0; c < targets; c++) out.append(',').append('t').append(c + 1);
        out.append('\n');
        for (int i = 0; i < data.size(); i++) {
            out.append("    ");
            row(out, data.input(i));
            out.append(',');
            row(out, data.target(i));
            out.append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            double v = values[i];
            if (v == 0 && Double.doubleToRawLongBits(v) != 0) out.append("-0");   // −0 stays −0
            else if (v == Math.rint(v) && Math.abs(v) < 1e15) out.append((long) v);   // as NetworkFile.number writes it
            else out.append(v);
        }
    }

    private static String flowRow(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) out.append(i > 0 ? ", " : "").append(NetworkFile.number(values[i]));
        return out.append(']').toString();
    }

    /**
     * The session as the first version of the program wrote it (the data rows as flow lists of lists, which
     * every YAML parser reads, slowly): kept to test that such files still open.
     */
    String formatFirstVersion() {
        StringBuilder out = new StringBuilder("gradlab-session: 1\nstate:\n");
        for (String line : state.toYaml().split("\n")) out.append("  ").append(line).append('\n');
        out.append("network: |\n");
        for (String line : NetworkFile.format(network).split("\n")) out.append("  ").append(line).append('\n');
        out.append("data:\n  name: \"").append(data.name().replace("\"", "'")).append("\"\n  classes: ").append(data.classes()).append('\n');
        out.append("  inputs: [");
        for (int i = 0; i < data.size(); i++) out.append(i > 0 ? ", " : "").append(flowRow(data.input(i)));
        out.append("]\n  targets: [");
        for (int i = 0; i < data.size(); i++) out.append(i > 0 ? ", " : "").append(flowRow(data.target(i)));
        out.append("]\nhistory: [");
        for (int i = 0; i < history.size(); i++) {
            History.Entry e = history.get(i);
            out.append(i > 0 ? ", " : "").append('[').append(e.epoch()).append(", ").append(number(e.trainingLoss())).append(", ")
                    .append(number(e.validationLoss())).append(", ").append(number(e.trainingAccuracy())).append(", ")
                    .append(number(e.validationAccuracy())).append(']');
        }
        return out.append("]\n").toString();
    }

    /** NaN (no validation set, no accuracy) is written as null. */
    private static String number(double v) { return Double.isNaN(v) ? "null" : NetworkFile.number(v); }

    /** Where the data's rows block lies in a file: its text from {@code from} to {@code to}, its first line {@code line}. */
    private record RowsBlock(int from, int to, int line) {}

    /**
     * The body of the {@code rows: |} block under the top-level {@code data:} key, found by hand: the lines
     * after it indented deeper than the key (or blank). Null when the file has no such block.
     */
    private static RowsBlock rowsBlock(String text) {
        int at = 0, line = 1;
        boolean inData = false;
        while (at < text.length()) {
            int newline = text.indexOf('\n', at);
            int next = newline < 0 ? text.length() : newline + 1;
            int end = newline < 0 ? text.length() : newline;
            if (end > at && text.charAt(end - 1) == '\r') end--;
            int trimmed = end;
            while (trimmed > at && text.charAt(trimmed - 1) == ' ') trimmed--;
            if (at < trimmed && text.charAt(at) != ' ' && text.charAt(at) != '#') {   // a top-level key
                inData = text.startsWith("data:", at) && trimmed == at + 5;
            } else if (inData && trimmed - at == ROWS.length() && text.startsWith(ROWS, at)) {
                int from = next, bodyLine = line + 1, to = from;
                while (to < text.length()) {   // the block goes on while lines are blank or indented deeper than "  rows"
                    int nl = text.indexOf('\n', to);
                    int after = nl < 0 ? text.length() : nl + 1;
                    boolean blank = true, deeper = true;
                    for (int i = to; i < after; i++) {
                        char c = text.charAt(i);
                        if (c == '\n' || c == '\r') break;
                        if (c != ' ') {
                            blank = false;
                            deeper = i - to > 2;
                            break;
                        }
                    }
                    if (!blank && !deeper) break;
                    to = after;
                }
                return new RowsBlock(from, to, bodyLine);
            }
            line++;
            at = next;
        }
        return null;
    }

    public static Session parse(String source, String text) throws InputError {
        RowsBlock block = rowsBlock(text);
        String yaml = text;
        if (block != null) {   // the YAML parser reads everything but the rows, each line where it was
            String rest = text.substring(block.to());
            if (rest.isBlank()) {
                yaml = text.substring(0, block.from());
            } else {
                int lines = 0;
                for (int i = block.from(); i < block.to(); i++) if (text.charAt(i) == '\n') lines++;
                yaml = text.substring(0, block.from()) + "\n".repeat(lines) + rest;
            }
        }
        YamlNode root = YamlNode.parse(source, yaml);
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
        YamlNode dataNode = keys.get("data");
        Map<String, YamlNode> d = dataNode.map(Set.of("name", "classes", "inputs", "targets", "rows"));
        for (String k : List.of("name", "classes")) if (!d.containsKey(k)) throw dataNode.error("the data needs '" + k + "'");
        String name = d.get("name").string();
        int classes = d.get("classes").integer(0, 1000);
        Dataset data;
        if (d.containsKey("rows")) {
            if (d.containsKey("inputs") || d.containsKey("targets")) throw d.get("rows").error("the data has either 'rows' or 'inputs' and 'targets', not both");
            data = rows(source, block != null ? text : d.get("rows").string(), block, d.get("rows"), name, classes);
        } else {
            data = flowLists(d, dataNode, name, classes);
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

    /**
     * The data of a {@code rows} block: a header line naming the columns (inputs x1, x2, … first, then the
     * targets), then one line of numbers per sample. {@code block} is where the block lies in {@code text}
     * (null: {@code text} is the block's own text as the YAML parser gave it, in a file written by hand).
     */
    private static Dataset rows(String source, String text, RowsBlock block, YamlNode rowsNode, String name, int classes) throws InputError {
        int from = block == null ? 0 : block.from(), to = block == null ? text.length() : block.to();
        int line = block == null ? rowsNode.line() + 1 : block.line();
        while (from < to) {   // blank lines before the header
            int newline = text.indexOf('\n', from);
            int end = newline < 0 || newline >= to ? to : newline;
            if (!text.substring(from, end).isBlank()) break;
            from = end + 1;
            line++;
        }
        if (from >= to) throw rowsNode.error("the rows need a header line naming the columns, such as x1,x2,t1");
        int newline = text.indexOf('\n', from);
        int headerEnd = newline < 0 || newline >= to ? to : newline;
        String[] names = text.substring(from, headerEnd).trim().split(",");   // one short line
        int inputs = 0;
        for (int c = 0; c < names.length; c++) {
            names[c] = names[c].trim();
            boolean input = names[c].startsWith("x");
            if (names[c].isEmpty()) throw new InputError(source, line, 1, "empty column name in the rows' header");
            if (input && inputs < c) throw new InputError(source, line, 1, "the input columns (x1, x2, …) come before the target columns");
            if (input) inputs++;
        }
        if (inputs == 0 || inputs == names.length) throw new InputError(source, line, 1, "the rows' header names input columns (x1, …) and then target columns (t1, …)");
        NumberRows.Table table = NumberRows.read(source, text, Math.min(to, headerEnd + 1), to, line + 1, names);
        return table.dataset(name, inputs, classes);
    }

    /** The data of a file of the first version: {@code inputs} and {@code targets} as lists of lists of numbers. */
    private static Dataset flowLists(Map<String, YamlNode> d, YamlNode dataNode, String name, int classes) throws InputError {
        for (String k : List.of("inputs", "targets")) if (!d.containsKey(k)) throw dataNode.error("the data needs 'rows' (or 'inputs' and 'targets')");
        List<YamlNode> inputRows = d.get("inputs").list(), targetRows = d.get("targets").list();
        if (inputRows.size() != targetRows.size()) throw dataNode.error("as many target rows as input rows are needed");
        double[][] inputs = new double[inputRows.size()][], targets = new double[targetRows.size()][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = inputRows.get(i).numbers();
            targets[i] = targetRows.get(i).numbers();
        }
        try {
            return new Dataset(name, inputs, targets, classes);
        } catch (IllegalArgumentException e) {
            throw dataNode.error(e.getMessage());
        }
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
