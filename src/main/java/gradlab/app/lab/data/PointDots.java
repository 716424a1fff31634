package gradlab.app.lab.data;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The dots the data view draws, in the data's order, thinned where points overlap: of the points that fall
 * in the same cell of the canvas with the same colour and the same kind (training or held out) only the
 * first is drawn. Cells are one pixel for up to {@link #EXACT_LIMIT} points, so a lecture's data is drawn
 * point for point; above that they are half a dot's radius wide (dots closer than that cover each other
 * all but completely). The selected sample is always drawn. Linear in the points: the held-out ones are
 * told by index ({@code heldOut}), never by searching the validation set.
 */
final class PointDots {
    /** Up to this many points the cells are single pixels. */
    static final int EXACT_LIMIT = 10_000;

    /** Where point {@code i} lies on the canvas. */
    interface Placement {
        double x(int i);
        double y(int i);
        /** Its colour's index (its class; 0 for regression). */
        int colour(int i);
    }

    private final int[] index;
    private final double[] xs, ys;
    private final int[] colours;
    private final boolean[] held;
    private final int count;

    private PointDots(int[] index, double[] xs, double[] ys, int[] colours, boolean[] held, int count) {
        this.index = index;
        this.xs = xs;
        this.ys = ys;
        this.colours = colours;
        this.held = held;
        this.count = count;
    }

    static final PointDots NONE = new PointDots(new int[0], new double[0], new double[0], new int[0], new boolean[0], 0);

    /**
     * The dots of {@code points} points placed by {@code at} on a {@code width} × {@code height} canvas, with
     * {@code colourCount} colours and dots of radius {@code radius}; {@code heldOut} (null: none) marks the
     * validation points, {@code selected} the sample always drawn. Points more than a radius off the canvas are left out.
     */
    static PointDots of(int points, Placement at, BitSet heldOut, int colourCount, double width, double height, double radius, int selected) {
        double cell = points > EXACT_LIMIT ? Math.max(1, radius / 2) : 1;
        long margin = (long) Math.ceil(radius / cell) + 1, cols = (long) Math.ceil(width / cell) + 2 * margin;
        int kinds = 2 * Math.max(1, colourCount);
        long rows = (long) Math.ceil(height / cell) + 2 * margin;
        Taken taken = new Taken(points, rows * cols * kinds);
        int[] index = new int[Math.min(points, 1 << 16)];
        double[] xs = new double[index.length], ys = new double[index.length];
        int[] colours = new int[index.length];
        boolean[] held = new boolean[index.length];
        int count = 0;
        for (int i = 0; i < points; i++) {
            double x = at.x(i), y = at.y(i);
            if (!(x >= -radius && x <= width + radius && y >= -radius && y <= height + radius)) continue;   // off the canvas, or not a number
            int colour = Math.max(0, Math.min(kinds / 2 - 1, at.colour(i)));
            boolean isHeld = heldOut != null && heldOut.get(i);
            long cellX = (long) Math.floor(x / cell) + margin, cellY = (long) Math.floor(y / cell) + margin;
            long key = (cellY * cols + cellX) * kinds + 2L * colour + (isHeld ? 1 : 0);
            if (!taken.add(key) && i != selected) continue;
            if (count == index.length) {
                int grown = Math.min(points, 2 * index.length);
                index = Arrays.copyOf(index, grown);
                xs = Arrays.copyOf(xs, grown);
                ys = Arrays.copyOf(ys, grown);
                colours = Arrays.copyOf(colours, grown);
                held = Arrays.copyOf(held, grown);
            }
            index[count] = i;
            xs[count] = x;
            ys[count] = y;
            colours[count] = colour;
            held[count] = isHeld;
            count++;
        }
        return new PointDots(index, xs, ys, colours, held, count);
    }

    /**
     * The cells already drawn in, keys in [0, {@code keys}): one bit per key when they fit in a small bitmap
     * (thinned big data: a few hundred kilobits that stay in the cache), else a set of longs with open
     * addressing sized for the points once.
     */
    private static final class Taken {
        private static final long BITMAP_LIMIT = 1L << 23;
        private final long[] bits;
        private final long[] slots;
        private final int mask;

        Taken(int points, long keys) {
            if (keys <= BITMAP_LIMIT && keys / 64 <= 4L * points + 1024) {   // no bigger than a set for the points would be
                bits = new long[(int) ((keys + 63) >>> 6)];
                slots = null;
                mask = 0;
                return;
            }
            bits = null;
            int capacity = Integer.highestOneBit(Math.max(16, Math.min(points, 1 << 29) * 2 - 1)) << 1;
            slots = new long[capacity];
            Arrays.fill(slots, -1);
            mask = capacity - 1;
        }

        /** Adds {@code key}; false if it was there already. */
        boolean add(long key) {
            if (bits != null) {
                int word = (int) (key >>> 6);
                long bit = 1L << key;
                if ((bits[word] & bit) != 0) return false;
                bits[word] |= bit;
                return true;
            }
            int h = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (slots[h] != -1) {
                if (slots[h] == key) return false;
                h = (h + 1) & mask;
            }
            slots[h] = key;
            return true;
        }
    }

    /** How many dots. */
    int count() { return count; }
    /** Which point dot {@code d} stands for. */
    int index(int d) { return index[d]; }
    double x(int d) { return xs[d]; }
    double y(int d) { return ys[d]; }
    int colour(int d) { return colours[d]; }
    /** Whether dot {@code d} is drawn hollow, as a held-out (validation) point. */
    boolean held(int d) { return held[d]; }
}
