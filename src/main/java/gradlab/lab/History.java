package gradlab.lab;

/**
 * Per-epoch records with bounded memory, a {@link SampledSeries}: when it is full, every other record is
 * dropped and from then on only every second (fourth, …) epoch is kept, so a million epochs take as much
 * room as a few thousand and the curve keeps its shape.
 */
public final class History {
    /** One epoch: losses, accuracies (NaN where not defined), and per-layer ‖∂C/∂W‖ and ‖ΔW‖/‖W‖. */
    public record Entry(int epoch, double trainingLoss, double validationLoss, double trainingAccuracy,
                        double validationAccuracy, double[] gradientNorms, double[] updateRatios) {}

    private final SampledSeries<Entry> entries;

    public History(int capacity) {
        entries = new SampledSeries<>(capacity);
    }

    /** Keeps {@code entry} if its epoch comes after the last one and falls on the stride (see {@link SampledSeries}). */
    public void add(Entry entry) { entries.add(entry.epoch(), entry); }

    public int size() { return entries.size(); }
    /** Every how many epochs a record is kept now. */
    public int stride() { return entries.every(); }
    public Entry get(int i) { return entries.get(i); }
    public Entry last() { return entries.last(); }

    /** An immutable copy for a snapshot. */
    public Entry[] toArray() { return entries.values().toArray(new Entry[0]); }

    public void clear() { entries.clear(); }
}
