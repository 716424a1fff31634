package gradlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network's input features, computed from the raw inputs x1, x2, … of a sample (Playground's
 * feature columns): {@code x1}, {@code x1^2}, {@code x1*x2}, {@code sin(x1)}, {@code cos(x1)}.
 * {@code inputs: 2} in a network file means the plain features x1, x2.
 */
public final class Features {
    private static final Pattern PLAIN = Pattern.compile("x(\\d+)");
    private static final Pattern SQUARE = Pattern.compile("x(\\d+)\\^2");
    private static final Pattern PRODUCT = Pattern.compile("x(\\d+)\\s*\\*?\\s*x(\\d+)");
    private static final Pattern SINE = Pattern.compile("sin\\(x(\\d+)\\)");
    private static final Pattern COSINE = Pattern.compile("cos\\(x(\\d+)\\)");

    private enum Kind { PLAIN, SQUARE, PRODUCT, SINE, COSINE }

    private record Feature(String name, Kind kind, int first, int second) {
        double of(double[] raw) {
            double a = raw[first];
            return switch (kind) {
                case PLAIN -> a;
                case SQUARE -> a * a;
                case PRODUCT -> a * raw[second];
                case SINE -> Math.sin(a);
                case COSINE -> Math.cos(a);
            };
        }
    }

    private final List<Feature> features;
    private final boolean counted;
    private final int rawCount;

    private Features(List<Feature> features, boolean counted) {
        this.features = List.copyOf(features);
        this.counted = counted;
        this.rawCount = features.stream().mapToInt(f -> Math.max(f.first, f.second) + 1).max().orElse(0);
    }

    /** x1 … xn. */
    public static Features plain(int n) {
        List<Feature> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(new Feature("x" + (i + 1), Kind.PLAIN, i, -1));
        return new Features(list, true);
    }

    /** Named features; empty with the offending name's index if one is not understood. */
    public static Features named(List<String> names) {
        List<Feature> list = new ArrayList<>();
        for (String name : names) list.add(parse(name.trim()).orElseThrow(() -> new IllegalArgumentException(
                "unknown input feature '" + name + "' (known: x1, x1^2, x1*x2, sin(x1), cos(x1))")));
        return new Features(list, false);
    }

    private static Optional<Feature> parse(String name) {
        Matcher m;
        if ((m = PLAIN.matcher(name)).matches()) return feature(name, Kind.PLAIN, m.group(1), null);
        if ((m = SQUARE.matcher(name)).matches()) return feature(name, Kind.SQUARE, m.group(1), null);
        if ((m = PRODUCT.matcher(name)).matches()) return feature(name, Kind.PRODUCT, m.group(1), m.group(2));
        if ((m = SINE.matcher(name)).matches()) return feature(name, Kind.SINE, m.group(1), null);
        if ((m = COSINE.matcher(name)).matches()) return feature(name, Kind.COSINE, m.group(1), null);
        return Optional.empty();
    }

    private static Optional<Feature> feature(String name, Kind kind, String first, String second) {
        int a = Integer.parseInt(first) - 1;
        int b = second == null ? -1 : Integer.parseInt(second) - 1;
        if (a < 0 || (second != null && b < 0)) return Optional.empty();   // x0 is not a raw input
        return Optional.of(new Feature(name, kind, a, b));
    }

    /** How many features the first layer sees. */
    public int size() { return features.size(); }

    /** How many raw inputs (x1 … xk) a sample must give. */
    public int rawCount() { return rawCount; }

    public List<String> names() { return features.stream().map(Feature::name).toList(); }

    /** True when the file said {@code inputs: N} rather than naming features. */
    public boolean isCounted() { return counted; }

    /** The feature vector of one raw sample. */
    public double[] compute(double[] raw) {
        if (raw.length != rawCount) {
            throw new IllegalArgumentException("expected " + rawCount + " input values, got " + raw.length);
        }
        double[] out = new double[features.size()];
        compute(raw, out, 0);
        return out;
    }

    /** Writes the features of {@code raw} into {@code out} from {@code offset}. out: Modified. */
    public void compute(double[] raw, double[] out, int offset) {
        for (int i = 0; i < features.size(); i++) out[offset + i] = features.get(i).of(raw);
    }
}
