package gradlab.lab;

import gradlab.io.InputError;
import gradlab.io.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            String shown = value instanceof Double d ? gradlab.nn.NetworkFile.number(d) : String.valueOf(value);
            return switch (kind) {
                case TEXT -> {
                    if (!(value instanceof String s)) throw new IllegalArgumentException(name + ": expected text, got " + shown);
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
                throw new IllegalArgumentException(name + ": must be between " + gradlab.nn.NetworkFile.number(min) + " and "
                        + gradlab.nn.NetworkFile.number(max) + ", got " + shown);
            }
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

    static {
        add("data", Kind.TEXT, 0, 0, Effect.REGENERATE_DATA);
        add("points", Kind.WHOLE, 1, 1_000_000, Effect.REGENERATE_DATA);
        add("noise", Kind.NUMBER, 0, 1, Effect.REGENERATE_DATA);
        add("validation", Kind.NUMBER, 0, 0.99, Effect.REGENERATE_DATA);
        add("dataSeed", Kind.LONG, Long.MIN_VALUE, Long.MAX_VALUE, Effect.REGENERATE_DATA);
        add("steps", Kind.WHOLE, 1, 1000, Effect.REGENERATE_DATA);
        add("loss", Kind.TEXT, 0, 0, Effect.RESTART_TRAINER);
        add("optimizer", Kind.TEXT, 0, 0, Effect.RESTART_TRAINER);
        add("learningRate", Kind.NUMBER, Double.MIN_VALUE, 1e6, Effect.LIVE);
        add("momentum", Kind.NUMBER, 0, 0.999999, Effect.LIVE);
        add("rho", Kind.NUMBER, 0, 0.999999, Effect.RESTART_TRAINER);
        add("batch", Kind.WHOLE, 1, BIG, Effect.RESTART_TRAINER);
        add("l1", Kind.NUMBER, 0, 1e6, Effect.RESTART_TRAINER);
        add("l2", Kind.NUMBER, 0, 1e6, Effect.RESTART_TRAINER);
        add("patience", Kind.WHOLE, 0, BIG, Effect.RESTART_TRAINER);
        add("seed", Kind.LONG, Long.MIN_VALUE, Long.MAX_VALUE, Effect.ON_RESET);
        add("epochsPerFrame", Kind.WHOLE, 1, 100_000, Effect.LIVE);
        add("perLayer", Kind.FLAG, 0, 0, Effect.VIEW_ONLY);
    }

    private Settings() {}

    private static void add(String name, Kind kind, double min, double max, Effect effect) {
        TABLE.put(name, new Setting(name, kind, min, max, effect));
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
