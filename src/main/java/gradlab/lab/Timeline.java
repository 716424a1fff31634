package gradlab.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Past weights to rewind to, in bounded memory (a {@link SampledSeries}): every epoch is kept until the timeline is full, then every
 * other one is dropped and only every 2nd (4th, …) epoch is kept from then on, so a million epochs take
 * the room of {@link #CAPACITY} snapshots and the early epochs stay reachable.
 */
public final class Timeline {
    public static final int CAPACITY = 256;

    /** The weights after {@code epoch} (copies, one array per parameter tensor). */
    public record Point(int epoch, List<double[]> parameters) {}

    private final SampledSeries<Point> points = new SampledSeries<>(CAPACITY);

    /** Records the weights after {@code epoch} if the stride keeps it; later epochs only. */
    public void add(int epoch, List<double[]> parameters) {
        if (epoch % points.every() != 0 || (!points.isEmpty() && epoch <= points.last().epoch())) return;   // no copy for nothing
        List<double[]> copy = new ArrayList<>();
        for (double[] p : parameters) copy.add(p.clone());
        points.add(epoch, new Point(epoch, List.copyOf(copy)));
    }

    public int size() { return points.size(); }
    public Point get(int i) { return points.get(i); }
    public int every() { return points.every(); }

    /** The last point at or before {@code epoch}, or null. */
    public Point at(int epoch) { return points.at(epoch); }

    public void clear() { points.clear(); }

    /** Forgets everything after {@code epoch} (a run branched from there). */
    public void truncateAfter(int epoch) { points.truncateAfter(epoch); }
}
