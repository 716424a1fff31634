package gradlab.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The one bounded series of the program, for runs of any length: values keyed by a growing count (an epoch,
 * or the number of a measurement), in the room of {@code capacity} values.
 *
 * <ul>
 * <li>Every value is kept while there is room. When the series is full, the stride ({@link #every()})
 *     doubles and only the values whose key is a multiple of it stay; from then on only such keys are kept.
 *     Should every value kept fall on the new stride already, it doubles again until there is room.</li>
 * <li>Keys only grow: a key not after the last one kept is ignored.</li>
 * <li>So after keys 1, 2, 3, …, n value i is always the one of key (i + 1) · {@link #every()}, and a
 *     million epochs take the room of a few thousand while the curve keeps its shape and its first epochs.</li>
 * </ul>
 * Used for the loss history ({@link History}), the weights to rewind to ({@link Timeline}), the layer
 * statistics over training, and the command line's loss history.
 */
public final class SampledSeries<T> {
    private final long[] keys;
    private final Object[] values;
    private int size;
    private int every = 1;

    public SampledSeries(int capacity) {
        if (capacity < 2) throw new IllegalArgumentException("capacity must be at least 2");
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** Keeps {@code value} for {@code key} if the stride keeps that key and it comes after the last one; whether it was kept. */
    public boolean add(long key, T value) {
        if (key % every != 0 || (size > 0 && key <= keys[size - 1])) return false;
        while (size == values.length) {
            every *= 2;
            retain(k -> k % every == 0);
            if (key % every != 0) return false;
        }
        keys[size] = key;
        values[size++] = value;
        return true;
    }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public int capacity() { return values.length; }
    /** Every how many keys a value is kept now. */
    public int every() { return every; }
    public long key(int i) { check(i); return keys[i]; }

    @SuppressWarnings("unchecked")
    public T get(int i) {
        check(i);
        return (T) values[i];
    }

    /** The last value kept, or null. */
    public T last() { return size == 0 ? null : get(size - 1); }

    /** The last value kept for a key at or before {@code key}, or null. */
    public T at(long key) {
        int low = 0, high = size - 1, found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (keys[mid] <= key) { found = mid; low = mid + 1; } else high = mid - 1;
        }
        return found < 0 ? null : get(found);
    }

    /** The values kept, oldest first: an unmodifiable copy. */
    @SuppressWarnings("unchecked")
    public List<T> values() {
        List<T> copy = new ArrayList<>(size);
        for (int i = 0; i < size; i++) copy.add((T) values[i]);
        return List.copyOf(copy);
    }

    /** Forgets the values after {@code key} (a run branched from there); the stride stays. */
    public void truncateAfter(long key) { retain(k -> k <= key); }

    /** Forgets everything; the stride starts at 1 again. */
    public void clear() {
        Arrays.fill(values, 0, size, null);
        size = 0;
        every = 1;
    }

    private void retain(LongPredicate keep) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(keys[i])) {
                keys[kept] = keys[i];
                values[kept++] = values[i];
            }
        }
        Arrays.fill(values, kept, size, null);
        size = kept;
    }

    private void check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("index " + i + " of " + size);
    }
}
