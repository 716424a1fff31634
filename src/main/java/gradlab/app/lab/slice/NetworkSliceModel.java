package gradlab.app.lab.slice;

import gradlab.data.Dataset;
import gradlab.lab.Evaluator;
import gradlab.lab.Timeline;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.surface.DirectionSlice;
import gradlab.surface.NetworkSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The loss surface of the lab's own network: over two chosen parameters, two random filter-normalised
 * directions, or the trajectory's two principal directions. The grid is computed off the FX thread with
 * progress; a newer request (or a change of the network's shape) cancels the one running. While training
 * plays, the slice re-centres on the current weights at most every {@link #RECENTRE_MILLIS} ms, and the
 * trajectory so far (the timeline's epochs) is drawn on it with the true loss beside the surface's value.
 */
public final class NetworkSliceModel implements AutoCloseable {
    public enum Mode { PARAMETERS, RANDOM, PCA }

    public static final long RECENTRE_MILLIS = 2000;
    public static final int GRID = 31;

    /** What the map draws. {@code domain}: x from, x to, y from, y to; rows of {@code values} are y. */
    public record Picture(String title, String xLabel, String yLabel, double[] domain, double[][] values, List<double[]> trajectory,
                          double[] current, double trueLoss, double surfaceLoss, double progress, String message) {}

    private final Supplier<Network> network;
    private final Supplier<Dataset> data;
    private final Supplier<Loss> loss;
    private final Supplier<Timeline> timeline;
    private final Executor worker;
    private final AtomicInteger generation = new AtomicInteger();
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(
            new Picture("", "", "", new double[] {0, 1, 0, 1}, null, List.of(), null, Double.NaN, Double.NaN, 0,
                    "Choose two weights (click an edge, then 'x axis' / 'y axis') or two directions, then Compute."));
    private Mode mode = Mode.RANDOM;
    private String axisX, axisY;
    private double span = 1;
    private long lastComputed;
    private Picture lastGrid;
    private DirectionSlice directions;

    /** {@code worker}: where the grid is computed, the window's engine runner (tests pass one that runs at once). */
    public NetworkSliceModel(Supplier<Network> network, Supplier<Dataset> data, Supplier<Loss> loss, Supplier<Timeline> timeline, Executor worker) {
        this.worker = worker;
        this.network = network;
        this.data = data;
        this.loss = loss;
        this.timeline = timeline;
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public Mode mode() { return mode; }
    public String axisX() { return axisX; }
    public String axisY() { return axisY; }

    public void setAxisX(String name) { axisX = name; mode = Mode.PARAMETERS; }
    public void setAxisY(String name) { axisY = name; mode = Mode.PARAMETERS; }
    public void setMode(Mode m) { mode = m; }
    public void setSpan(double s) { span = s; }

    /** Starts computing the slice around the current weights; the picture says how far it got. */
    public void compute() {
        Network net = network.get().copy();
        Dataset d = data.get();
        Loss l = loss.get();
        if (d == null || d.size() == 0) {
            say("No training data to measure the loss on.");
            return;
        }
        int id = generation.incrementAndGet();
        lastComputed = System.currentTimeMillis();
        List<List<double[]>> trajectory = trajectoryWeights();
        Mode m = mode;
        String x = axisX, y = axisY;
        double r = span;
        worker.execute(() -> {
            try {
                Picture p = m == Mode.PARAMETERS ? named(net, d, l, x, y, r, id) : directional(net, d, l, m, trajectory, r, id);
                if (p != null) Platform.runLater(() -> {
                    if (generation.get() == id) {
                        lastGrid = p;
                        picture.set(p);
                    }
                });
            } catch (IllegalArgumentException e) {
                Platform.runLater(() -> say(e.getMessage()));
            }
        });
    }

    /** Called after every training frame: moves the current point, and re-centres at a bounded rate while playing. */
    public void onTrained(boolean playing) {
        if (lastGrid == null) return;
        if (playing && System.currentTimeMillis() - lastComputed > RECENTRE_MILLIS) {
            compute();
            return;
        }
        picture.set(withCurrent(lastGrid));
    }

    /** The network changed shape: the slice no longer fits; any computation under way is dropped. */
    public void invalidate() {
        generation.incrementAndGet();
        lastGrid = null;
        directions = null;
        say("The network changed: compute the slice again.");
    }

    private void say(String message) {
        Picture p = picture.get();
        picture.set(new Picture(p.title(), p.xLabel(), p.yLabel(), p.domain(), p.values(), p.trajectory(), p.current(), p.trueLoss(),
                p.surfaceLoss(), p.progress(), message));
    }

    private Picture named(Network net, Dataset d, Loss l, String x, String y, double r, int id) {
        if (x == null || y == null) throw new IllegalArgumentException("Pick two parameters first: click an edge or a neuron, then 'x axis' or 'y axis'.");
        NetworkSlice slice = new NetworkSlice(net, d, l, x, y);
        NetworkSlice.Result result = slice.compute(r, GRID, rows -> progress(id, rows), () -> generation.get() != id);
        if (result == null) return null;
        double[] c = result.center();
        Picture p = new Picture("Loss over two weights", x, y, new double[] {c[0] - r, c[0] + r, c[1] - r, c[1] + r}, result.loss(),
                List.of(), null, Double.NaN, Double.NaN, 1, "");
        return withCurrent(p);
    }

    private Picture directional(Network net, Dataset d, Loss l, Mode m, List<List<double[]>> trajectory, double r, int id) {
        List<double[]> d1, d2;
        if (m == Mode.PCA) {
            List<List<double[]>> pcs = DirectionSlice.principalDirections(trajectory);
            d1 = scaleTo(pcs.get(0), trajectory);
            d2 = scaleTo(pcs.get(1), trajectory);
        } else {
            d1 = DirectionSlice.randomDirection(net, 1);
            d2 = DirectionSlice.randomDirection(net, 2);
        }
        DirectionSlice slice = new DirectionSlice(net, d, l, d1, d2);
        double[][] values = slice.compute(r, GRID, rows -> progress(id, rows), () -> generation.get() != id);
        if (values == null) return null;
        directions = slice;
        String kind = m == Mode.PCA ? "principal direction" : "random direction";
        Picture p = new Picture(m == Mode.PCA ? "Loss along the trajectory's two principal directions" : "Loss along two random directions (filter-normalised)",
                "α (1st " + kind + ")", "β (2nd " + kind + ")", new double[] {-r, r, -r, r}, values, List.of(), null, Double.NaN, Double.NaN, 1, "");
        return withCurrent(p);
    }

    /** PCA directions are unit vectors in all of weight space: scale them to the trajectory's own extent. */
    private static List<double[]> scaleTo(List<double[]> direction, List<List<double[]>> trajectory) {
        List<double[]> first = trajectory.get(0), last = trajectory.get(trajectory.size() - 1);
        double distance = 0;
        for (int t = 0; t < first.size(); t++) for (int i = 0; i < first.get(t).length; i++) distance += Math.pow(first.get(t)[i] - last.get(t)[i], 2);
        double scale = Math.max(Math.sqrt(distance), 1e-3);
        List<double[]> out = new ArrayList<>();
        for (double[] v : direction) {
            double[] s = v.clone();
            for (int i = 0; i < s.length; i++) s[i] *= scale;
            out.add(s);
        }
        return out;
    }

    private void progress(int id, int rows) {
        double done = rows / (double) GRID;
        Platform.runLater(() -> {
            if (generation.get() != id) return;
            Picture p = picture.get();
            picture.set(new Picture(p.title(), p.xLabel(), p.yLabel(), p.domain(), p.values(), p.trajectory(), p.current(), p.trueLoss(),
                    p.surfaceLoss(), done, done < 1 ? String.format(Locale.ROOT, "computing the grid… %.0f%%", 100 * done) : ""));
        });
    }

    private List<List<double[]>> trajectoryWeights() {
        List<List<double[]>> out = new ArrayList<>();
        Timeline t = timeline.get();
        for (int i = 0; i < t.size(); i++) out.add(t.get(i).parameters());
        return out;
    }

    /** The grid with the trajectory so far, the current point, the true loss and the surface's value there. */
    private Picture withCurrent(Picture grid) {
        Network net = network.get();
        Dataset d = data.get();
        if (net == null || d == null || d.size() == 0) return grid;
        List<double[]> path = new ArrayList<>();
        double[] current;
        if (mode == Mode.PARAMETERS && axisX != null && axisY != null && net.has(axisX) && net.has(axisY)) {
            Network probe = net.copy();
            for (List<double[]> w : trajectoryWeights()) {
                if (!setAll(probe, w)) continue;
                path.add(new double[] {probe.get(axisX), probe.get(axisY)});
            }
            current = new double[] {net.get(axisX), net.get(axisY)};
        } else if (directions != null) {
            for (List<double[]> w : trajectoryWeights()) if (sameShape(net, w)) path.add(directions.project(w));
            current = sameShape(net, DirectionSlice.copyOf(net)) ? directions.project(DirectionSlice.copyOf(net)) : null;
        } else {
            return grid;
        }
        double trueLoss = Evaluator.evaluate(net, loss.get(), d).loss();
        double surface = current == null ? Double.NaN : interpolate(grid, current);
        return new Picture(grid.title(), grid.xLabel(), grid.yLabel(), grid.domain(), grid.values(), List.copyOf(path), current, trueLoss,
                surface, grid.progress(), grid.message());
    }

    private static boolean sameShape(Network net, List<double[]> w) {
        var params = net.parameters();
        if (params.size() != w.size()) return false;
        for (int i = 0; i < w.size(); i++) if (params.get(i).value().data.length != w.get(i).length) return false;
        return true;
    }

    private static boolean setAll(Network net, List<double[]> w) {
        if (!sameShape(net, w)) return false;
        var params = net.parameters();
        for (int i = 0; i < w.size(); i++) System.arraycopy(w.get(i), 0, params.get(i).value().data, 0, w.get(i).length);
        return true;
    }

    /** The grid's value at a point, bilinear between the four nearest grid points; NaN outside. */
    static double interpolate(Picture p, double[] point) {
        double[][] v = p.values();
        if (v == null) return Double.NaN;
        int n = v.length;
        double fx = (point[0] - p.domain()[0]) / (p.domain()[1] - p.domain()[0]) * (n - 1);
        double fy = (point[1] - p.domain()[2]) / (p.domain()[3] - p.domain()[2]) * (n - 1);
        if (fx < 0 || fy < 0 || fx > n - 1 || fy > n - 1) return Double.NaN;
        int x0 = Math.min(n - 2, (int) fx), y0 = Math.min(n - 2, (int) fy);
        double tx = fx - x0, ty = fy - y0;
        return (1 - ty) * ((1 - tx) * v[y0][x0] + tx * v[y0][x0 + 1]) + ty * ((1 - tx) * v[y0 + 1][x0] + tx * v[y0 + 1][x0 + 1]);
    }

    @Override
    public void close() {
        generation.incrementAndGet();
    }
}
