package gradlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * Samples: raw inputs x (x1, x2, …) and targets t, as given. A classification set has {@code classes}
 * ≥ 2: with two classes t is one column holding 0 or 1, with more it is one-hot. Immutable: adding or
 * removing a point makes a new set, so a background trainer never sees a set change under it.
 */
public final class Dataset {
    private final String name;
    private final double[][] inputs;
    private final double[][] targets;
    private final int classes;

    public Dataset(String name, double[][] inputs, double[][] targets, int classes) {
        this(name, deepCopy(inputs), deepCopy(targets), classes, true);
    }

    /** A set that keeps the rows it is given: only for rows nobody else holds, or rows of another set (never written). */
    private Dataset(String name, double[][] inputs, double[][] targets, int classes, boolean owned) {
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + targets.length + " targets");
        }
        this.name = name;
        this.inputs = inputs;
        this.targets = targets;
        this.classes = classes;
    }

    /** A set of freshly read rows that nobody else holds (a file's): kept as they are, not copied again. */
    static Dataset owning(String name, double[][] inputs, double[][] targets, int classes) {
        return new Dataset(name, inputs, targets, classes, true);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) copy[i] = rows[i].clone();
        return copy;
    }

    public String name() { return name; }
    public int size() { return inputs.length; }
    public int inputCount() { return inputs.length == 0 ? 0 : inputs[0].length; }
    public int targetCount() { return targets.length == 0 ? 0 : targets[0].length; }
    /** Number of classes; 0 for regression (or targets given as plain numbers). */
    public int classes() { return classes; }
    public boolean isClassification() { return classes >= 2; }

    public double[] input(int i) { return inputs[i].clone(); }
    public double[] target(int i) { return targets[i].clone(); }
    /** Input {@code column} of sample {@code i}, without copying its row (a view placing 100,000 points). */
    public double inputValue(int i, int column) { return inputs[i][column]; }
    /** Target {@code column} of sample {@code i}, without copying its row. */
    public double targetValue(int i, int column) { return targets[i][column]; }
    /** Read-only access for the hot path; callers must not modify the row. */
    double[] inputRow(int i) { return inputs[i]; }
    double[] targetRow(int i) { return targets[i]; }

    /** The class of sample i (classification sets only). */
    public int classOf(int i) {
        if (classes == 2 && targets[i].length == 1) return targets[i][0] >= 0.5 ? 1 : 0;
        int best = 0;
        for (int j = 1; j < targets[i].length; j++) if (targets[i][j] > targets[i][best]) best = j;
        return best;
    }

    public Dataset withPoint(double[] x, double[] t) {
        if (x.length != inputCount() && size() > 0) throw new IllegalArgumentException("a point needs " + inputCount() + " inputs");
        double[][] in = Arrays.copyOf(inputs, size() + 1), out = Arrays.copyOf(targets, size() + 1);
        in[size()] = x.clone();
        out[size()] = t.clone();
        return new Dataset(name, in, out, classes, true);   // the old rows shared, never written
    }

    public Dataset withoutPoint(int index) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < size(); i++) if (i != index) keep.add(i);
        return subset(keep);
    }

    /** The index of the sample nearest to (x1, x2) within {@code radius}, or −1. */
    public int nearest(double x1, double x2, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (int i = 0; i < size(); i++) {
            double dx = inputs[i][0] - x1, dy = inputCount() > 1 ? inputs[i][1] - x2 : 0;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    public Dataset subset(List<Integer> indices) {
        int[] at = new int[indices.size()];
        for (int k = 0; k < at.length; k++) at[k] = indices.get(k);
        return subset(at, at.length);
    }

    /** The first {@code count} samples named by {@code indices}, sharing their rows with this set (no set ever writes a row). */
    private Dataset subset(int[] indices, int count) {
        double[][] in = new double[count][], out = new double[count][];
        for (int k = 0; k < count; k++) {
            in[k] = inputs[indices[k]];
            out[k] = targets[indices[k]];
        }
        return new Dataset(name, in, out, classes, true);
    }

    /** Training and validation parts: {@code validationRatio} of the samples, drawn by {@code seed}. */
    public Split split(double validationRatio, long seed) {
        if (!(validationRatio >= 0 && validationRatio < 1)) {
            throw new IllegalArgumentException("validation ratio must be in [0, 1), got " + validationRatio);
        }
        int n = size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random random = new Random(seed);
        for (int i = n; i > 1; i--) {   // Collections.shuffle's own steps, on ints: the same split as ever for a seed
            int j = random.nextInt(i), swap = order[i - 1];
            order[i - 1] = order[j];
            order[j] = swap;
        }
        int validation = (int) Math.round(n * validationRatio);
        BitSet heldOut = new BitSet(n);
        for (int k = 0; k < validation; k++) heldOut.set(order[k]);
        int[] held = new int[validation], kept = new int[n - validation];
        int h = 0, t = 0;
        for (int i = 0; i < n; i++) {   // each part in the set's own order (--no-shuffle means file order)
            if (heldOut.get(i)) held[h++] = i; else kept[t++] = i;
        }
        return new Split(subset(kept, t), subset(held, h), heldOut);
    }

    /**
     * The two parts, and which samples of the whole set went to validation (by index: a view can tell a
     * held-out point in constant time, and two equal points on either side stay apart).
     */
    public record Split(Dataset training, Dataset validation, BitSet heldOut) {
        public Split {
            heldOut = (BitSet) heldOut.clone();
        }

        /** Whether sample {@code i} of the whole set is held out for validation. */
        public boolean isHeldOut(int i) { return heldOut.get(i); }

        @Override public BitSet heldOut() { return (BitSet) heldOut.clone(); }
    }
}
