package gradlab.surface;

import gradlab.data.Dataset;
import gradlab.nn.TargetEncoding;
import gradlab.nn.Features;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.nn.NetworkGraph;
import gradlab.nn.ParameterName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The loss of a network over a plane through two of its parameters (SPEC §6): every other parameter
 * stays as it is, the two chosen ones go over a grid around their values, and each grid point is the
 * mean data loss over every row of the data (no penalty, dropout off), targets encoded as training does.
 *
 * <p>Layers below the lower of the two chosen parameters do not change across the grid, so their output
 * is computed once; each grid point replays only the layers from there up, and in the lowest of them only
 * the units the axes feed ({@link SliceReplay}). Over two last-layer weights a grid point costs one unit
 * per sample instead of the whole network.
 */
public final class NetworkSlice {
    /** The grid's side is between these: 2 points make a line, 501² points take minutes for a large set. */
    public static final int MIN_GRID = 2, MAX_GRID = 501;

    public record Result(List<String> axes, double[] center, double[] x, double[] y, double[][] loss) {
        /** The loss at the grid's centre (the network's own parameters) when the grid has an odd side. */
        public double centerLoss() { return loss[loss.length / 2][x.length / 2]; }
    }

    private final Network network;
    private final Dataset data;
    private final Loss loss;
    private final String axisX, axisY;
    /** The fast replay, or null when a hidden softmax above the axes needs {@link #upper}, the graph of the layers from the lowest axis up. */
    private final SliceReplay replay;
    private final NetworkGraph upper;
    private final double centerX, centerY;

    /**
     * Prepares a slice of a copy of {@code network} (the caller's network is never touched) through
     * {@code axisX} and {@code axisY}, over {@code data}; IllegalArgumentException for names that are
     * no parameter of the network, or the same parameter twice.
     */
    public NetworkSlice(Network network, Dataset data, Loss loss, String axisX, String axisY) {
        this.network = network.copy();
        int layerX = this.network.layerOf(axisX), layerY = this.network.layerOf(axisY);
        if (ParameterName.read(axisX).equals(ParameterName.read(axisY))) throw new IllegalArgumentException("the two axes name the same parameter " + axisX);
        if (data.size() == 0) throw new IllegalArgumentException("the data set is empty");
        if (data.inputCount() != network.features().rawCount()) {
            throw new IllegalArgumentException("the data has " + data.inputCount() + " input column(s) but the network takes "
                    + network.features().rawCount());
        }
        this.axisX = axisX;
        this.axisY = axisY;
        this.data = data;
        this.loss = loss;
        this.centerX = this.network.get(axisX);
        this.centerY = this.network.get(axisY);
        int lowest = Math.min(layerX, layerY), m = data.size();

        TargetEncoding encoding = TargetEncoding.forNetwork(this.network, data);
        NetworkGraph full = new NetworkGraph(this.network, m, loss);
        for (int i = 0; i < m; i++) full.setRawInput(i, data.input(i));
        full.forwardOnly();
        double[] below = (lowest == 0 ? full.input() : full.a(lowest - 1)).value().data.clone();
        int width = lowest == 0 ? this.network.inputSize() : this.network.layer(lowest - 1).units();
        double[][] targets = new double[m][];
        for (int i = 0; i < m; i++) targets[i] = encoding.encode(data.target(i));

        boolean outputLayer = lowest == this.network.depth() - 1;
        double[] centre = (outputLayer ? full.z(lowest) : full.a(lowest)).value().data.clone();
        this.replay = SliceReplay.of(this.network, axisUnits(lowest), lowest, below, centre, targets, loss).orElse(null);
        if (replay != null) {
            this.upper = null;
        } else {
            List<Layer> upperLayers = this.network.layers().subList(lowest, this.network.depth());
            Network top = new Network(null, Features.plain(width), upperLayers, loss, this.network.init(), this.network.seed());
            this.upper = new NetworkGraph(top, m, loss);
            System.arraycopy(below, 0, upper.input().value().data, 0, m * width);
            for (int i = 0; i < m; i++) upper.setTarget(i, targets[i]);
        }
    }

    /** The units of layer {@code lowest} that an axis feeds (an axis in a higher layer changes none of them). */
    private List<Integer> axisUnits(int lowest) {
        List<Integer> units = new ArrayList<>();
        for (String axis : List.of(axisX, axisY)) if (network.layerOf(axis) == lowest) units.add(network.unitOf(axis));
        return units;
    }

    /** The loss with the two parameters at ({@code x}, {@code y}). */
    public double lossAt(double x, double y) {
        network.set(axisX, x);
        network.set(axisY, y);
        return replay != null ? replay.loss() : upper.forward();
    }

    public double[] center() { return new double[] {centerX, centerY}; }

    /**
     * The grid of SPEC §6: {@code x[j] = c1 − R + 2R·j/(N − 1)}, {@code y[i]} likewise, {@code loss[i][j]}
     * at (x[j], y[i]). Rows are shared out over the cores, each with its own copy of the network.
     * {@code progress} hears the number of finished rows; {@code cancelled} is asked before each row
     * (the result is null when cancelled).
     */
    public Result compute(double span, int grid, IntConsumer progress, BooleanSupplier cancelled) {
        spanProblem(span).ifPresent(p -> { throw new IllegalArgumentException("span: " + p); });
        gridProblem(grid).ifPresent(p -> { throw new IllegalArgumentException("grid: " + p); });
        double[] xs = axis(centerX, span, grid), ys = axis(centerY, span, grid);
        double[][] values = new double[grid][];
        int workers = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.min(4, (long) grid * grid / 400)));
        AtomicInteger rowsDone = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int first = w;
            NetworkSlice copy = new NetworkSlice(network, data, loss, axisX, axisY);
            others.add(CompletableFuture.runAsync(() -> copy.rows(first, workers, xs, ys, values, rowsDone, stopped, progress, cancelled)));
        }
        rows(0, workers, xs, ys, values, rowsDone, stopped, progress, cancelled);
        others.forEach(CompletableFuture::join);
        return stopped.get() ? null : new Result(List.of(axisX, axisY), center(), xs, ys, values);
    }

    /** Rows first, first + every, … of the grid into {@code values}; leaves this slice's network at its centre. */
    private void rows(int first, int every, double[] xs, double[] ys, double[][] values, AtomicInteger rowsDone,
                      AtomicBoolean stopped, IntConsumer progress, BooleanSupplier cancelled) {
        for (int i = first; i < ys.length && !stopped.get(); i += every) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                stopped.set(true);
                break;
            }
            double[] row = new double[xs.length];
            for (int j = 0; j < xs.length; j++) row[j] = lossAt(xs[j], ys[i]);
            values[i] = row;
            int done = rowsDone.incrementAndGet();
            if (progress != null) progress.accept(done);
        }
        network.set(axisX, centerX);
        network.set(axisY, centerY);
    }

    public Result compute(double span, int grid) { return compute(span, grid, null, null); }

    /** What is wrong with a span R (the grid goes from the value − R to the value + R), if anything. */
    public static Optional<String> spanProblem(double span) {
        return span > 0 && Double.isFinite(span) ? Optional.empty()
                : Optional.of("must be a positive number, got " + NetworkFile.number(span));
    }

    /** What is wrong with a grid of {@code grid} points a side, if anything. */
    public static Optional<String> gridProblem(int grid) {
        return grid >= MIN_GRID && grid <= MAX_GRID ? Optional.empty()
                : Optional.of("must be between " + MIN_GRID + " and " + MAX_GRID + ", got " + grid);
    }

    static double[] axis(double center, double span, int n) {
        double[] values = new double[n];
        for (int j = 0; j < n; j++) values[j] = center - span + 2 * span * j / (n - 1);
        return values;
    }
}
