package gradlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
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
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + targets.length + " targets");
        }
        this.name = name;
        this.inputs = deepCopy(inputs);
        this.targets = deepCopy(targets);
        this.classes = classes;
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
        return new Dataset(name, in, out, classes);
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
        double[][] in = new double[indices.size()][], out = new double[indices.size()][];
        for (int k = 0; k < indices.size(); k++) {
            in[k] = inputs[indices.get(k)];
            out[k] = targets[indices.get(k)];
        }
        return new Dataset(name, in, out, classes);
    }

    /** Training and validation parts: {@code validationRatio} of the samples, drawn by {@code seed}. */
    public Split split(double validationRatio, long seed) {
        if (!(validationRatio >= 0 && validationRatio < 1)) {
            throw new IllegalArgumentException("validation ratio must be in [0, 1), got " + validationRatio);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size(); i++) order.add(i);
        Collections.shuffle(order, new Random(seed));
        int validation = (int) Math.round(size() * validationRatio);
        List<Integer> held = new ArrayList<>(order.subList(0, validation));
        List<Integer> kept = new ArrayList<>(order.subList(validation, size()));
        Collections.sort(held);
        Collections.sort(kept);   // the training part keeps the set's own order (--no-shuffle means file order)
        BitSet heldOut = new BitSet(size());
        for (int i : held) heldOut.set(i);
        return new Split(subset(kept), subset(held), heldOut);
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
