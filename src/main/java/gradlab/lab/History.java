package gradlab.lab;

import java.util.Arrays;

/**
 * Per-epoch records with bounded memory: when the buffer is full, every other record is dropped and
 * from then on only every second (fourth, …) epoch is kept, so a million epochs take as much room as
 * a few thousand and the curve keeps its shape.
 */
public final class History {
    /** One epoch: losses, accuracies (NaN where not defined), and per-layer ‖∂C/∂W‖ and ‖ΔW‖/‖W‖. */
    public record Entry(int epoch, double trainingLoss, double validationLoss, double trainingAccuracy,
                        double validationAccuracy, double[] gradientNorms, double[] updateRatios) {}

    private final Entry[] entries;
    private int size;
    private int stride = 1;

    public History(int capacity) {
        if (capacity < 2) throw new IllegalArgumentException("capacity must be at least 2");
        entries = new Entry[capacity];
    }

    public void add(Entry entry) {
        if (entry.epoch() % stride != 0) return;
        if (size == entries.length) {
            stride *= 2;
            int kept = 0;
            for (int i = 0; i < size; i++) if (entries[i].epoch() % stride == 0) entries[kept++] = entries[i];
            Arrays.fill(entries, kept, size, null);
            size = kept;
            if (entry.epoch() % stride != 0) return;
        }
        entries[size++] = entry;
    }

    public int size() { return size; }
    /** Every how many epochs a record is kept now. */
    public int stride() { return stride; }
    public Entry get(int i) { return entries[i]; }
    public Entry last() { return size == 0 ? null : entries[size - 1]; }

    /** An immutable copy for a snapshot. */
    public Entry[] toArray() { return Arrays.copyOf(entries, size); }

    public void clear() {
        Arrays.fill(entries, null);
        size = 0;
        stride = 1;
    }
}
