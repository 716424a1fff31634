package gradlab.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Data sets made the way TensorFlow Playground's generators make them (circle, xor, gauss, spiral: the
 * same radii, paddings and noise scales, points in [−6, 6]²), plus the XOR truth table, 3-class blobs
 * for softmax, and 1-D regression sets for notes 000's universal-approximation and depth examples.
 * Like Playground, a generated set is shuffled once; class 1 is Playground's label +1.
 */
public final class Generators {
    private Generators() {}

    public static final List<String> NAMES = List.of(
            "circle", "xor", "gauss", "spiral", "xor-table", "blobs", "sine", "steps", "symmetric-steps");

    /** What to make: how many points, noise in [0, 1) as Playground's slider (0–50%), seed, steps for the step sets. */
    public record Spec(String name, int points, double noise, long seed, int steps) {
        public Spec {
            if (points < 1) throw new IllegalArgumentException("points must be at least 1, got " + points);
            if (!(noise >= 0 && noise <= 1)) throw new IllegalArgumentException("noise must be in [0, 1], got " + noise);
            if (steps < 1) throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        public static Spec of(String name, int points, double noise, long seed) { return new Spec(name, points, noise, seed, 4); }
    }

    public static Dataset generate(Spec spec) {
        Random random = new Random(spec.seed());
        List<double[]> rows = new ArrayList<>();   // x1, x2, label  or  x, t
        int n = spec.points();
        double noise = spec.noise();
        switch (spec.name()) {
            case "circle" -> circle(rows, n, noise, random);
            case "xor" -> xor(rows, n, noise, random);
            case "gauss" -> gauss(rows, n, noise, random);
            case "spiral" -> spiral(rows, n, noise, random);
            case "xor-table" -> {
                return new Dataset("xor-table", new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                        new double[][] {{0}, {1}, {1}, {0}}, 2);
            }
            case "blobs" -> {
                return blobs(n, noise, random);
            }
            case "sine", "steps", "symmetric-steps" -> {
                return regression(spec, random);
            }
            default -> throw new IllegalArgumentException("unknown data set '" + spec.name() + "' (expected "
                    + String.join(" | ", NAMES) + ", or a .csv file)");
        }
        Collections.shuffle(rows, random);
        double[][] x = new double[rows.size()][], t = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = new double[] {rows.get(i)[0], rows.get(i)[1]};
            t[i] = new double[] {rows.get(i)[2] > 0 ? 1 : 0};
        }
        return new Dataset(spec.name(), x, t, 2);
    }

    private static double uniform(Random r, double lo, double hi) { return lo + (hi - lo) * r.nextDouble(); }

    /** Playground's normalRandom: the polar method, mean + √variance · N(0, 1). */
    private static double normal(Random r, double mean, double variance) {
        double v1, v2, s;
        do {
            v1 = 2 * r.nextDouble() - 1;
            v2 = 2 * r.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        return mean + Math.sqrt(variance) * Math.sqrt(-2 * Math.log(s) / s) * v1;
    }

    private static void circle(List<double[]> rows, int n, double noise, Random random) {
        double radius = 5;
        for (int half = 0; half < 2; half++) {
            int count = half == 0 ? n / 2 : n - n / 2;
            for (int i = 0; i < count; i++) {
                double r = half == 0 ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
                double angle = uniform(random, 0, 2 * Math.PI);
                double x = r * Math.sin(angle), y = r * Math.cos(angle);
                double nx = uniform(random, -radius, radius) * noise, ny = uniform(random, -radius, radius) * noise;
                double label = Math.hypot(x + nx, y + ny) < radius * 0.5 ? 1 : -1;
                rows.add(new double[] {x, y, label});
            }
        }
    }

    private static void xor(List<double[]> rows, int n, double noise, Random random) {
        double padding = 0.3;
        for (int i = 0; i < n; i++) {
            double x = uniform(random, -5, 5);
            x += x > 0 ? padding : -padding;
            double y = uniform(random, -5, 5);
            y += y > 0 ? padding : -padding;
            double nx = uniform(random, -5, 5) * noise, ny = uniform(random, -5, 5) * noise;
            rows.add(new double[] {x, y, (x + nx) * (y + ny) >= 0 ? 1 : -1});
        }
    }

    private static void gauss(List<double[]> rows, int n, double noise, Random random) {
        double variance = 0.5 + noise / 0.5 * (4 - 0.5);   // Playground: noise 0..0.5 → variance 0.5..4
        for (int half = 0; half < 2; half++) {
            int count = half == 0 ? n / 2 : n - n / 2;
            double center = half == 0 ? 2 : -2;
            for (int i = 0; i < count; i++) {
                rows.add(new double[] {normal(random, center, variance), normal(random, center, variance), half == 0 ? 1 : -1});
            }
        }
    }

    private static void spiral(List<double[]> rows, int n, double noise, Random random) {
        int perArm = n / 2;
        for (int arm = 0; arm < 2; arm++) {
            double deltaT = arm == 0 ? 0 : Math.PI;
            int count = arm == 0 ? perArm : n - perArm;
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + deltaT;
                double x = r * Math.sin(t) + uniform(random, -1, 1) * noise;
                double y = r * Math.cos(t) + uniform(random, -1, 1) * noise;
                rows.add(new double[] {x, y, arm == 0 ? 1 : -1});
            }
        }
    }

    /** Three gaussian blobs at 120° on a circle of radius 3, one-hot targets (for softmax). */
    private static Dataset blobs(int n, double noise, Random random) {
        double variance = 0.5 + noise / 0.5 * (4 - 0.5);
        double[][] x = new double[n][], t = new double[n][];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i % 3);
        Collections.shuffle(order, random);
        for (int i = 0; i < n; i++) {
            int c = order.get(i);
            double angle = Math.PI / 2 + c * 2 * Math.PI / 3;
            x[i] = new double[] {normal(random, 3 * Math.cos(angle), variance), normal(random, 3 * Math.sin(angle), variance)};
            t[i] = new double[3];
            t[i][c] = 1;
        }
        return new Dataset("blobs", x, t, 3);
    }

    /**
     * 1-D regression on x ∈ [−1, 1]: {@code sine} is sin(πx); {@code steps} a staircase of n equal steps
     * from 0 to 1 (one hidden unit per step suffices, notes 000); {@code symmetric-steps} the same
     * staircase mirrored around 0, which a deeper network can fold. Noise adds N(0, noise²·0.1).
     */
    private static Dataset regression(Spec spec, Random random) {
        int n = spec.points();
        double[][] x = new double[n][], t = new double[n][];
        for (int i = 0; i < n; i++) {
            double v = n == 1 ? 0 : -1 + 2.0 * i / (n - 1);
            double y = switch (spec.name()) {
                case "sine" -> Math.sin(Math.PI * v);
                case "steps" -> staircase((v + 1) / 2, spec.steps());
                default -> staircase(Math.abs(v), spec.steps());
            };
            x[i] = new double[] {v};
            t[i] = new double[] {y + random.nextGaussian() * spec.noise() * Math.sqrt(0.1)};
        }
        return new Dataset(spec.name(), x, t, 0);
    }

    /** n steps over [0, 1]: 1/n, 2/n, …, 1. */
    static double staircase(double u, int steps) {
        int step = Math.min(steps - 1, (int) Math.floor(u * steps));
        return (step + 1.0) / steps;
    }
}
