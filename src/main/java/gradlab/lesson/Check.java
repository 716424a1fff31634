package gradlab.lesson;

import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.lab.Evaluator;
import gradlab.explain.GradientNorms;
import gradlab.lab.LabState;
import gradlab.lab.TruthGate;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.optim.Optimizers;
import gradlab.surface.SurfaceRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One item of a task's {@code check} list (SPEC §7): holds or not, with a sentence saying why. */
public sealed interface Check {
    /** Whether the check holds, and what the student should read either way. */
    record Result(boolean holds, String detail) {}

    Result evaluate(LabContext lab);

    /** The check kinds, in SPEC's order. */
    List<String> KINDS = List.of("truth-table", "outputs", "unit", "parameter", "setting", "loss-below", "accuracy-at-least",
            "trained", "diverged", "surface", "gradient-ratio", "answer", "choice");

    /** The gates of {@code truth-table}, as their outputs for (0,0), (0,1), (1,0), (1,1). */
    Map<String, int[]> GATES = TruthGate.GATES;

    record TruthTable(String gate) implements Check {
        public Result evaluate(LabContext lab) {
            double[] outputs = lab.network().truthTable();
            if (outputs == null) return new Result(false, "a truth table needs a network with 2 inputs and 1 output");
            int[] want = GATES.get(gate);
            double[][] rows = Network.TRUTH_ROWS;
            int right = TruthGate.matching(gate, outputs);   // the count the truth table on screen shows
            String firstWrong = null;
            for (int r = 0; r < 4 && firstWrong == null; r++) {
                int bit = TruthGate.bit(outputs[r]);
                if (!TruthGate.matches(gate, r, outputs[r])) firstWrong = "row " + Words.point(rows[r]) + " gives "
                        + (bit < 0 ? "no number" : bit) + ", " + gate.toUpperCase(Locale.ROOT) + " wants " + want[r];
            }
            return right == 4 ? new Result(true, "all four rows match " + gate.toUpperCase(Locale.ROOT))
                    : new Result(false, right + " of 4 rows match; " + firstWrong);
        }
    }

    record Outputs(double[][] inputs, double[][] expect, double tolerance) implements Check {
        public Result evaluate(LabContext lab) {
            Network net = lab.network();
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i].length != net.features().rawCount()) return new Result(false, "the network takes " + net.features().rawCount() + " inputs");
                double[] out = net.predict(inputs[i]);
                if (out.length != expect[i].length) return new Result(false, "the network has " + out.length + " outputs");
                for (int j = 0; j < out.length; j++) {
                    double e = expect[i][j];
                    if (!(Math.abs(out[j] - e) <= tolerance)) {
                        String who = out.length == 1 ? "the network gives " : "output " + (j + 1) + " gives ";
                        return new Result(false, "for " + Words.point(inputs[i]) + " " + who + Words.near(out[j], e - tolerance, e + tolerance)
                                + "; it should give " + Words.exact(e) + plusMinus(tolerance));
                    }
                }
            }
            return new Result(true, "every output is within " + Words.exact(tolerance) + " of what was asked");
        }
    }

    record Unit(int layer, int unit, String name, double[][] inputs, double[] expect, double tolerance) implements Check {
        public Result evaluate(LabContext lab) {
            Network net = lab.network();
            if (layer >= net.depth() || unit >= net.layer(layer).units()) {
                return new Result(false, "the network has no unit " + (unit + 1) + " in layer " + (layer + 1));
            }
            String who = Words.unit(net, layer, unit);
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i].length != net.features().rawCount()) return new Result(false, "the network takes " + net.features().rawCount() + " inputs");
                NetworkGraph.Result r = net.forward(inputs[i]);
                double a = r.layers().get(layer).a()[unit];
                double e = expect[i];
                if (!(Math.abs(a - e) <= tolerance)) {
                    return new Result(false, who + " gives " + Words.near(a, e - tolerance, e + tolerance) + " for " + Words.point(inputs[i])
                            + "; it should give " + Words.exact(e) + plusMinus(tolerance));
                }
            }
            return new Result(true, who + " computes what was asked");
        }
    }

    record Parameter(String name, double low, double high) implements Check {
        public Result evaluate(LabContext lab) {
            if (!lab.network().has(name)) return new Result(false, "the network has no parameter " + name);
            double v = lab.network().get(name);
            return between(Words.parameter(lab.network(), name), v, low, high);
        }
    }

    record Setting(String name, Double low, Double high, String equals) implements Check {
        public Result evaluate(LabContext lab) {
            Object value = lab.state().toMap().get(name);
            if (equals != null) {
                String text = value instanceof Number n ? Words.exact(n.doubleValue()) : String.valueOf(value);
                boolean same = text.equals(equals) || (value instanceof Number n && isNumber(equals) && n.doubleValue() == Double.parseDouble(equals));
                return new Result(same, Words.setting(name) + " is " + text + (same ? "" : "; it should be " + equals));
            }
            return between(Words.setting(name), lab.state().number(name), low, high);
        }

        private static boolean isNumber(String s) {
            try {
                Double.parseDouble(s);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    record LossBelow(double limit) implements Check {
        public Result evaluate(LabContext lab) {
            Loss loss = Loss.byName(lab.state().loss()).orElseThrow();
            double value = Evaluator.evaluate(lab.network(), loss, lab.trainingData()).loss();
            return new Result(value < limit, "the training loss is " + Words.near(value, limit)
                    + (value < limit ? ", below " : "; it should be below ") + Words.exact(limit));
        }
    }

    record AccuracyAtLeast(double limit) implements Check {
        public Result evaluate(LabContext lab) {
            Loss loss = Loss.byName(lab.state().loss()).orElseThrow();
            double value = Evaluator.evaluate(lab.network(), loss, lab.trainingData()).accuracy();
            if (Double.isNaN(value)) return new Result(false, "accuracy needs classification data");
            return new Result(value >= limit, "the training accuracy is " + Words.near(100 * value, 100 * limit) + "%"
                    + (value >= limit ? ", at least " : "; it should be at least ") + Words.exact(100 * limit) + "%");
        }
    }

    record Trained(int epochsAtMost) implements Check {
        public Result evaluate(LabContext lab) {
            int e = lab.epochsTrained();
            if (e == 0) return new Result(false, "train first");
            return new Result(e <= epochsAtMost, "this run has trained " + e + (e == 1 ? " epoch" : " epochs")
                    + (e <= epochsAtMost ? ", " : "; the task allows ") + "at most " + epochsAtMost);
        }
    }

    record Diverged(boolean expected) implements Check {
        public Result evaluate(LabContext lab) {
            boolean d = lab.diverged();
            return new Result(d == expected, d ? "the last run diverged" : "the last run did not diverge");
        }
    }

    record SurfaceReach(double[] point, double within, int stepsAtMost) implements Check {
        public Result evaluate(LabContext lab) {
            if (lab.surface() == null) return new Result(false, "this step shows no surface");
            var s = lab.state();
            SurfaceRun run = new SurfaceRun(lab.surface(), lab.surfaceStart(), s.optimizer(), s.learningRate(),
                    Optimizers.Settings.defaults().withMomentum(s.momentum()).withRho(s.rho()));
            for (int k = 0; k <= stepsAtMost; k++) {
                SurfaceRun.Point p = run.current();
                double d = p == null ? Double.POSITIVE_INFINITY : distance(p);
                if (d <= within) return new Result(true, "the run gets within " + Words.exact(within) + " in " + k + (k == 1 ? " step" : " steps"));
                if (k < stepsAtMost && !run.step()) break;
            }
            SurfaceRun.Point last = run.current();
            String where = last == null ? "is nowhere" : "ends " + Words.near(distance(last), within) + " away";
            return new Result(false, (run.status() == SurfaceRun.Status.DIVERGED ? "the run diverged at step " + run.divergedAt()
                    : "after " + stepsAtMost + " steps the run " + where) + "; it should get within " + Words.exact(within));
        }

        private double distance(SurfaceRun.Point p) {
            double sum = 0;
            for (int i = 0; i < point.length && i < p.position().length; i++) sum += (p.position()[i] - point[i]) * (p.position()[i] - point[i]);
            return Math.sqrt(sum);
        }
    }

    record GradientRatio(Double below, Double above) implements Check {
        public Result evaluate(LabContext lab) {
            Network net = lab.network();
            Loss loss = Loss.byName(lab.state().loss()).orElseThrow();
            double ratio = new GradientNorms(net, lab.trainingData(), loss).measure(net).biasRatio(0, net.depth() - 1);
            boolean holds = below != null ? ratio < below : ratio > above;
            double bound = below != null ? below : above;
            return new Result(holds, "‖∂C/∂b‖ of layer 1 over layer " + net.depth() + " is " + Words.near(ratio, bound)
                    + (holds ? ", " : "; it should be ") + (below != null ? "below " : "above ") + Words.exact(bound));
        }
    }

    record Answer(double expect, double tolerance) implements Check {
        public Result evaluate(LabContext lab) {
            Double a = lab.answer();
            if (a == null) return new Result(false, "type your answer first");
            if (Math.abs(a - expect) <= tolerance) return new Result(true, "right");
            int decimals = Math.max(0, BigDecimal.valueOf(a).stripTrailingZeros().scale());
            double halfUnit = 0.5 * Math.pow(10, -decimals);
            if (halfUnit > tolerance && Math.abs(a - expect) <= halfUnit * (1 + 1e-9)) {   // right as far as it goes: more digits
                return new Result(false, Words.exact(a) + " is right to " + decimals + (decimals == 1 ? " decimal" : " decimals")
                        + "; give more of them (within " + Words.exact(tolerance) + ")");
            }
            return new Result(false, Words.exact(a) + " is not it");
        }
    }

    record Choice(List<String> options, int correct) implements Check {
        public Result evaluate(LabContext lab) {
            Integer c = lab.choice();
            if (c == null) return new Result(false, "choose an option first");
            return new Result(c == correct, c == correct ? "right" : "'" + options.get(c) + "' is not it");
        }
    }

    /** " (± 0.05)" after a value a check wants, or nothing when it must be exact. */
    private static String plusMinus(double tolerance) {
        return tolerance > 0 ? " (± " + Words.exact(tolerance) + ")" : "";
    }

    /** "WHAT is V; it should be between LOW and HIGH", V rounded only as far as the range allows. */
    private static Result between(String what, double v, double low, double high) {
        boolean holds = v >= low && v <= high;
        return new Result(holds, what + " is " + Words.near(v, low, high) + (holds ? ", " : "; it should be ") + "between "
                + Words.exact(low) + " and " + Words.exact(high));
    }

    /** Reads one check item: a mapping with exactly one key, the kind. */
    static Check parse(YamlNode item) throws InputError {
        if (!item.isMap()) throw item.error("a check is a mapping such as 'loss-below: 0.05' (kinds: " + String.join(", ", KINDS) + ")");
        Map<String, YamlNode> entry = item.mapAny();
        if (entry.size() != 1) throw item.error("a check item has exactly one kind, found " + entry.size());
        String kind = entry.keySet().iterator().next();
        YamlNode v = entry.get(kind);
        return switch (kind) {
            case "truth-table" -> {
                String gate = v.string().trim().toLowerCase(Locale.ROOT);
                if (!GATES.containsKey(gate)) throw v.error("unknown gate '" + gate + "' (expected and | or | nand | nor | xor)");
                yield new TruthTable(gate);
            }
            case "outputs" -> {
                Map<String, YamlNode> m = v.map(Set.of("inputs", "expect", "tolerance"));
                double[][] in = matrix(required(v, m, "inputs")), out = matrix(required(v, m, "expect"));
                if (in.length != out.length) throw v.error("outputs: " + in.length + " input rows but " + out.length + " expected rows");
                yield new Outputs(in, out, m.containsKey("tolerance") ? m.get("tolerance").number() : 0.05);
            }
            case "unit" -> {
                Map<String, YamlNode> m = v.map(Set.of("name", "inputs", "expect", "tolerance"));
                YamlNode nameNode = required(v, m, "name");
                var match = Pattern.compile("layers\\.(\\d+)\\[(\\d+)]").matcher(nameNode.string().trim());
                if (!match.matches()) throw nameNode.error("a unit is named like layers.0[1] (layer 0, unit 1)");
                double[][] in = matrix(required(v, m, "inputs"));
                double[] out = required(v, m, "expect").numbers();
                if (in.length != out.length) throw v.error("unit: " + in.length + " inputs but " + out.length + " expected values");
                yield new Unit(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)), nameNode.string().trim(), in, out,
                        m.containsKey("tolerance") ? m.get("tolerance").number() : 0.05);
            }
            case "parameter" -> {
                Map<String, YamlNode> m = v.map(Set.of("name", "between"));
                double[] range = range(required(v, m, "between"));
                yield new Parameter(required(v, m, "name").string().trim(), range[0], range[1]);
            }
            case "setting" -> {
                Map<String, YamlNode> m = v.map(Set.of("name", "between", "equals"));
                YamlNode nameNode = required(v, m, "name");
                String name = nameNode.string().trim();
                if (!LabState.KEYS.contains(name)) {
                    throw nameNode.error("unknown setting '" + name + "' (expected one of: " + String.join(", ", LabState.KEYS) + ")");
                }
                if (m.containsKey("between") == m.containsKey("equals")) throw v.error("setting: give either 'between' or 'equals'");
                if (m.containsKey("equals")) yield new Setting(name, null, null, m.get("equals").string().trim());
                double[] range = range(m.get("between"));
                yield new Setting(name, range[0], range[1], null);
            }
            case "loss-below" -> new LossBelow(v.number());
            case "accuracy-at-least" -> new AccuracyAtLeast(v.number());
            case "trained" -> {
                Map<String, YamlNode> m = v.map(Set.of("epochs-at-most"));
                yield new Trained(required(v, m, "epochs-at-most").integer(1, Integer.MAX_VALUE));
            }
            case "diverged" -> new Diverged(v.bool());
            case "surface" -> {
                Map<String, YamlNode> m = v.map(Set.of("reach", "within", "steps-at-most"));
                yield new SurfaceReach(required(v, m, "reach").numbers(), required(v, m, "within").number(),
                        required(v, m, "steps-at-most").integer(0, SurfaceRun.MAX_STEPS));
            }
            case "gradient-ratio" -> {
                Map<String, YamlNode> m = v.map(Set.of("first-over-last"));
                YamlNode bound = required(v, m, "first-over-last");
                Map<String, YamlNode> b = bound.map(Set.of("below", "above"));
                if (b.size() != 1) throw bound.error("first-over-last: give either 'below' or 'above'");
                yield b.containsKey("below") ? new GradientRatio(b.get("below").number(), null) : new GradientRatio(null, b.get("above").number());
            }
            case "answer" -> {
                Map<String, YamlNode> m = v.map(Set.of("expect", "tolerance"));
                yield new Answer(required(v, m, "expect").number(), m.containsKey("tolerance") ? m.get("tolerance").number() : 0);
            }
            case "choice" -> {
                Map<String, YamlNode> m = v.map(Set.of("options", "correct"));
                List<String> options = new ArrayList<>();
                for (YamlNode o : required(v, m, "options").list()) options.add(o.string());
                if (options.size() < 2) throw v.error("choice: give at least two options");
                yield new Choice(options, required(v, m, "correct").integer(0, options.size() - 1));
            }
            default -> throw item.error("unknown check '" + kind + "' (expected one of: " + String.join(", ", KINDS) + ")");
        };
    }

    private static YamlNode required(YamlNode parent, Map<String, YamlNode> m, String key) throws InputError {
        if (!m.containsKey(key)) throw parent.error("missing '" + key + "'");
        return m.get(key);
    }

    private static double[] range(YamlNode node) throws InputError {
        double[] r = node.numbers();
        if (r.length != 2 || !(r[0] <= r[1])) throw node.error("expected [low, high] with low ≤ high");
        return r;
    }

    private static double[][] matrix(YamlNode node) throws InputError {
        List<YamlNode> rows = node.list();
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i).numbers();
        return out;
    }
}
