package gradlab.lab;

import java.util.Arrays;

/**
 * A per-epoch series in bounded memory, for runs of any length: epochs 1, 2, 3, … are kept until the
 * buffer is full; then every other value is dropped and from then on only every 2nd (4th, …) epoch
 * is kept. Value i is always the one after epoch (i + 1) · {@link #every()}.
 */
public final class SampledSeries {
    private final double[] values;
    private int size;
    private int every = 1;

    public SampledSeries(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) throw new IllegalArgumentException("capacity must be even and at least 2");
        values = new double[capacity];
    }

    /** Records the value after {@code epoch} (counting from 1, called for every epoch in order). */
    public void add(long epoch, double value) {
        if (epoch % every != 0) return;
        if (size == values.length) {
            for (int i = 1; i < size; i += 2) values[i / 2] = values[i];   // keep epochs 2k·every
            size /= 2;
            every *= 2;
            if (epoch % every != 0) return;
        }
        values[size++] = value;
    }

    public int size() { return size; }
    /** Every how many epochs a value is kept. */
    public int every() { return every; }
    public double get(int i) { return values[i]; }
    public double[] toArray() { return Arrays.copyOf(values, size); }
}
