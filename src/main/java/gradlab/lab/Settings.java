package gradlab.lab;

import gradlab.data.Generators;
import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.nn.NetworkFile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import gradlab.nn.Loss;
import gradlab.optim.OptimizerKind;

/**
 * The window's settings as one typed table: each has a name (LabState's, the lesson files' and a saved
 * session's), a kind, a range and what a change does. Every way a value arrives (a control, a lesson's
 * {@code lab} block, a session file) goes through {@link Setting#accept} or {@link Setting#read}: a wrong
 * type is a clear message, never a ClassCastException, and 2.5 is never silently a batch of 2.
 */
public final class Settings {
    /** The value's type. */
    public enum Kind { TEXT, WHOLE, LONG, NUMBER, FLAG }

    /**
     * What changing the setting does to a run: takes effect live, restarts the optimizer on the current
     * weights, draws new data, is used the next time weights are drawn, or only changes the view.
     */
    public enum Effect { LIVE, RESTART_TRAINER, REGENERATE_DATA, ON_RESET, VIEW_ONLY }

    public record Setting(String name, Kind kind, double min, double max, Effect effect) {
        /** {@code value} as this setting's type, or IllegalArgumentException saying what is wrong with it. */
        public Object accept(Object value) {
            String shown = value instanceof Double d ? NetworkFile.number(d) : String.valueOf(value);
            return switch (kind) {
                case TEXT -> {
                    if (!(value instanceof String s)) throw new IllegalArgumentException(name + ": expected text, got " + shown);
                    String problem = choiceProblem(name, s);
                    if (problem != null) throw new IllegalArgumentException(name + ": " + problem);
                    yield s;
                }
                case FLAG -> {
                    if (!(value instanceof Boolean b)) throw new IllegalArgumentException(name + ": expected true or false, got " + shown);
                    yield b;
                }
                case WHOLE, LONG -> {
                    if (kind == Kind.LONG && (value instanceof Long || value instanceof Integer)) yield ((Number) value).longValue();   // exact, even above 2^53
                    if (!(value instanceof Number n)) throw new IllegalArgumentException(name + ": expected a whole number, got " + shown);
                    double v = n.doubleValue();
                    if (v != Math.rint(v) || !Double.isFinite(v)) throw new IllegalArgumentException(name + ": " + shown + " is not a whole number");
                    inRange(v, shown);
                    yield kind == Kind.WHOLE ? (Object) (int) v : (Object) (long) v;
                }
                case NUMBER -> {
                    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                        throw new IllegalArgumentException(name + ": expected a finite number, got " + shown);
                    }
                    inRange(n.doubleValue(), shown);
                    yield n.doubleValue();
                }
            };
        }

        private void inRange(double v, String shown) {
            if (min == Double.MIN_VALUE && !(v > 0)) throw new IllegalArgumentException(name + ": must be a positive number, got " + shown);
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + ": must be between " + NetworkFile.number(min) + " and "
                        + NetworkFile.number(max) + ", got " + shown);
            }
        }

        /** The values a text setting may take (the data also takes a .csv file); empty for the others. */
        public List<String> choices() {
            return switch (name) {
                case "data" -> Generators.NAMES;
                case "loss" -> Arrays.stream(Loss.values()).map(Loss::fileName).toList();
                case "optimizer" -> OptimizerKind.ids();
                default -> List.of();
            };
        }

        /** The value of a YAML node, parsed by this setting's kind; errors located at the node. */
        public Object read(YamlNode node) throws InputError {
            Object raw = switch (kind) {
                case TEXT -> node.string();
                case FLAG -> node.bool();
                case WHOLE -> node.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
                case LONG -> node.longValue();
                case NUMBER -> node.number();
            };
            try {
                return accept(raw);
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        }
    }

    private static final double BIG = Integer.MAX_VALUE;
    private static final Map<String, Setting> TABLE = new LinkedHashMap<>();

    /**
     * A setting with its Java type, for code that sets one by hand: {@code lab.set(Settings.LEARNING_RATE, 0.1)}
     * is checked by the compiler for its type and by {@link Setting#accept} for its range. Files and
     * lessons reach the same table by name.
     */
    public record Key<T>(Setting setting, Class<T> type) {
        public String name() { return setting.name(); }
    }

    public static final Key<String> DATA = key("data", String.class, Kind.TEXT, 0, 0, Effect.REGENERATE_DATA);
    public static final Key<Integer> POINTS = key("points", Integer.class, Kind.WHOLE, 1, 1_000_000, Effect.REGENERATE_DATA);
    public static final Key<Double> NOISE = key("noise", Double.class, Kind.NUMBER, 0, 1, Effect.REGENERATE_DATA);
    public static final Key<Double> VALIDATION = key("validation", Double.class, Kind.NUMBER, 0, 0.99, Effect.REGENERATE_DATA);
    public static final Key<Long> DATA_SEED = key("dataSeed", Long.class, Kind.LONG, Long.MIN_VALUE, Long.MAX_VALUE, Effect.REGENERATE_DATA);
    public static final Key<Integer> STEPS = key("steps", Integer.class, Kind.WHOLE, 1, 1000, Effect.REGENERATE_DATA);
    public static final Key<String> LOSS = key("loss", String.class, Kind.TEXT, 0, 0, Effect.RESTART_TRAINER);
    public static final Key<String> OPTIMIZER = key("optimizer", String.class, Kind.TEXT, 0, 0, Effect.RESTART_TRAINER);
    public static final Key<Double> LEARNING_RATE = key("learningRate", Double.class, Kind.NUMBER, Double.MIN_VALUE, 1e6, Effect.LIVE);
    public static final Key<Double> MOMENTUM = key("momentum", Double.class, Kind.NUMBER, 0, 0.999999, Effect.LIVE);
    public static final Key<Double> RHO = key("rho", Double.class, Kind.NUMBER, 0, 0.999999, Effect.RESTART_TRAINER);
    public static final Key<Integer> BATCH = key("batch", Integer.class, Kind.WHOLE, 1, BIG, Effect.RESTART_TRAINER);
    public static final Key<Double> L1 = key("l1", Double.class, Kind.NUMBER, 0, 1e6, Effect.RESTART_TRAINER);
    public static final Key<Double> L2 = key("l2", Double.class, Kind.NUMBER, 0, 1e6, Effect.RESTART_TRAINER);
    public static final Key<Integer> PATIENCE = key("patience", Integer.class, Kind.WHOLE, 0, BIG, Effect.RESTART_TRAINER);
    public static final Key<Long> SEED = key("seed", Long.class, Kind.LONG, Long.MIN_VALUE, Long.MAX_VALUE, Effect.ON_RESET);
    public static final Key<Integer> EPOCHS_PER_FRAME = key("epochsPerFrame", Integer.class, Kind.WHOLE, 1, 100_000, Effect.LIVE);
    public static final Key<Boolean> PER_LAYER = key("perLayer", Boolean.class, Kind.FLAG, 0, 0, Effect.VIEW_ONLY);

    private Settings() {}

    /** What is wrong with {@code value} for the text setting {@code name}, or null when it is one of its choices. */
    private static String choiceProblem(String name, String value) {
        return switch (name) {
            case "data" -> Generators.NAMES.contains(value) || value.toLowerCase(Locale.ROOT).endsWith(".csv") ? null
                    : "unknown data set '" + value + "' (expected " + String.join(" | ", Generators.NAMES) + ", or a .csv file)";
            case "loss" -> Loss.byName(value).isPresent() ? null : "unknown loss '" + value + "' (expected " + Loss.names() + ")";
            case "optimizer" -> OptimizerKind.find(value).isPresent() ? null
                    : "unknown optimizer '" + value + "' (expected " + String.join(" | ", OptimizerKind.ids()) + ")";
            default -> null;
        };
    }

    private static <T> Key<T> key(String name, Class<T> type, Kind kind, double min, double max, Effect effect) {
        Setting setting = new Setting(name, kind, min, max, effect);
        TABLE.put(name, setting);
        return new Key<>(setting, type);
    }

    public static List<Setting> all() { return List.copyOf(TABLE.values()); }

    public static List<String> names() { return List.copyOf(TABLE.keySet()); }

    /** The setting called {@code name}; IllegalArgumentException naming the choices if there is none. */
    public static Setting named(String name) {
        Setting s = TABLE.get(name);
        if (s == null) throw new IllegalArgumentException("unknown setting '" + name + "' (expected one of: " + String.join(", ", TABLE.keySet()) + ")");
        return s;
    }

}
