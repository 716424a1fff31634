package gradlab.lab;

import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.nn.Loss;
import gradlab.optim.Optimizers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything the main window's settings say, as plain data with one text form (YAML). A lesson, a saved
 * session and a test set up the window the same way: by a state. The network itself travels as its own
 * file text ({@link gradlab.nn.NetworkFile}).
 */
public record LabState(String data, int points, double noise, double validation, long dataSeed, int steps,
                       String loss, String optimizer, double learningRate, double momentum, double rho, int batch,
                       double l1, double l2, int patience, long seed, int epochsPerFrame, boolean perLayer) {

    /** The settings' names, in the order of {@link Settings}' table. */
    public static final List<String> KEYS = Settings.names();

    /**
     * Every value is checked by the settings table, so a value is refused with the same message whether it
     * comes from a control, a lesson, a session file or code.
     */
    public LabState {
        Object[] values = {data, points, noise, validation, dataSeed, steps, loss, optimizer, learningRate, momentum, rho, batch,
                l1, l2, patience, seed, epochsPerFrame, perLayer};
        List<Settings.Setting> table = Settings.all();
        for (int i = 0; i < values.length; i++) table.get(i).accept(values[i]);
    }

    /** How the trainer should train with these settings (shuffling on). */
    public TrainingConfig trainingConfig() {
        return new TrainingConfig(Loss.byName(loss).orElseThrow(), optimizer, learningRate,
                Optimizers.Settings.defaults().withMomentum(momentum).withRho(rho), batch, seed, true, l1, l2, patience);
    }

    /** Playground's opening: circle data, tanh network, SGD 0.03, batch 10, half the data for validation. */
    public static LabState defaults() {
        return new LabState("circle", 250, 0.0, 0.5, 1, 4, "quadratic", "sgd", 0.03, 0.9, 0.9, 10,
                0, 0, 0, 1, 1, false);
    }

    /**
     * This state with one setting changed; the value is checked against the settings table (its kind and
     * range), so a wrong type is an IllegalArgumentException that says so, never a ClassCastException.
     */
    public LabState with(String key, Object value) {
        Map<String, Object> map = toMap();
        map.put(key, Settings.named(key).accept(value));
        return fromMap(map);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data); m.put("points", points); m.put("noise", noise); m.put("validation", validation);
        m.put("dataSeed", dataSeed); m.put("steps", steps); m.put("loss", loss); m.put("optimizer", optimizer);
        m.put("learningRate", learningRate); m.put("momentum", momentum); m.put("rho", rho); m.put("batch", batch);
        m.put("l1", l1); m.put("l2", l2); m.put("patience", patience); m.put("seed", seed);
        m.put("epochsPerFrame", epochsPerFrame); m.put("perLayer", perLayer);
        return m;
    }

    private static LabState fromMap(Map<String, Object> m) {
        return new LabState((String) m.get("data"), num(m, "points").intValue(), num(m, "noise").doubleValue(),
                num(m, "validation").doubleValue(), num(m, "dataSeed").longValue(), num(m, "steps").intValue(),
                (String) m.get("loss"), (String) m.get("optimizer"), num(m, "learningRate").doubleValue(),
                num(m, "momentum").doubleValue(), num(m, "rho").doubleValue(), num(m, "batch").intValue(),
                num(m, "l1").doubleValue(), num(m, "l2").doubleValue(), num(m, "patience").intValue(),
                num(m, "seed").longValue(), num(m, "epochsPerFrame").intValue(), (Boolean) m.get("perLayer"));
    }

    private static Number num(Map<String, Object> m, String key) { return (Number) m.get(key); }

    /** The YAML form: one {@code key: value} line per setting. */
    public String toYaml() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : toMap().entrySet()) {
            Object v = e.getValue();
            out.append(e.getKey()).append(": ").append(v instanceof String s ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v).append('\n');
        }
        return out.toString();
    }

    /**
     * Settings that earlier versions kept in the state and that now belong to the window alone (large
     * type, the log scale): a session file that names them still opens, and they are left out. (A lesson
     * may not set them: its keys are {@link #KEYS}, so it gets a located "unknown setting".)
     */
    public static final List<String> WINDOW_ONLY = List.of("largeType", "logScale");

    /** Reads settings from a YAML mapping; keys left out keep their values from {@code base}. */
    public static LabState fromYaml(YamlNode node, LabState base) throws InputError {
        LabState state = base;
        LinkedHashSet<String> known = new LinkedHashSet<>(KEYS);
        known.addAll(WINDOW_ONLY);
        for (Map.Entry<String, YamlNode> e : node.map(known).entrySet()) {
            if (WINDOW_ONLY.contains(e.getKey())) {
                e.getValue().bool();   // still a true or false, or a located error
                continue;
            }
            state = state.with(e.getKey(), e.getValue());
        }
        return state;
    }

    /**
     * This state with one setting read from a YAML value of the setting's own type: a whole number where
     * the setting counts (2.5 is an error, never a batch of 2), a finite number, true/false, or text;
     * a value out of range is an error located at the value.
     */
    public LabState with(String key, YamlNode value) throws InputError {
        Map<String, Object> m = toMap();
        if (!m.containsKey(key)) throw value.error("unknown setting '" + key + "' (expected one of: " + String.join(", ", KEYS) + ")");
        m.put(key, Settings.named(key).read(value));
        try {
            return fromMap(m);
        } catch (IllegalArgumentException problem) {
            throw value.error(problem.getMessage());
        }
    }

    /** The setting's value as a number (booleans as 0/1), or NaN for a text setting. */
    public double number(String key) {
        Object v = toMap().get(key);
        if (v == null) throw new IllegalArgumentException("unknown setting '" + key + "'");
        return v instanceof Number n ? n.doubleValue() : v instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
    }
}
