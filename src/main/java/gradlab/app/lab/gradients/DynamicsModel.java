package gradlab.app.lab.gradients;

import gradlab.app.common.Numbers;
import gradlab.data.Dataset;
import gradlab.explain.LayerStatistics;
import gradlab.lab.SampledSeries;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Measures how each layer learns, at most {@link #PER_SECOND} times a second while training plays: the
 * gradient norms over the whole training set (so the curve is smooth, not a noisy last-batch value) and
 * the layer histograms. Keeps a bounded series of the norms (a {@link SampledSeries}: every 2nd, 4th, … measurement once full).
 */
public final class DynamicsModel {
    public static final int PER_SECOND = 5;
    private static final int CAPACITY = 400;

    /** What the views draw: epochs, ‖∂C/∂b‖ and ‖∂C/∂W‖ per layer per measurement, and the latest layer statistics. */
    public record Picture(int[] epochs, double[][] biasNorms, double[][] weightNorms, double[][] updateRatios, List<LayerStatistics.Layer> layers) {
        /** ‖∂C/∂b‖ of layer 1 over the last layer's, now; NaN before any measurement. */
        public double firstOverLast() {
            if (layers.isEmpty()) return Double.NaN;
            return layers.get(0).biasGradientNorm() / layers.get(layers.size() - 1).biasGradientNorm();
        }

        /** "layer 1 learns 63× slower than layer 5", the ratio said the way a lecturer would. */
        public String ratioText() {
            double r = firstOverLast();
            if (!(r > 0) || !Double.isFinite(r)) return "";
            int last = layers.size();
            if (r < 1) return String.format(Locale.ROOT, "layer 1 learns %s× slower than layer %d", Numbers.format(1 / r), last);
            return String.format(Locale.ROOT, "layer 1 learns %s× faster than layer %d", Numbers.format(r), last);
        }
    }

    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(new Picture(new int[0], new double[0][], new double[0][], new double[0][], List.of()));
    /** One measurement of the series: its epoch, ‖∂C/∂b‖, ‖∂C/∂W‖ and ‖ΔW‖/‖W‖ per layer. */
    private record Sample(int epoch, double[] biasNorms, double[] weightNorms, double[] updates) {}

    private final SampledSeries<Sample> series = new SampledSeries<>(CAPACITY);   // keyed by the measurement's number
    private long seen;
    private long lastMeasured;
    private int lastEpoch = -1;
    private int shape = -1;
    private long lastVersion = -1;
    private boolean measuring;
    private final Executor worker;
    private final Consumer<Runnable> toScreen;

    /**
     * {@code worker} runs the full-batch pass off the screen's thread (the window's engine runner) and
     * {@code toScreen} brings the result back to it (tests pass ones that run at once).
     */
    public DynamicsModel(Executor worker, Consumer<Runnable> toScreen) {
        this.worker = worker;
        this.toScreen = toScreen;
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() { return picture.getReadOnlyProperty(); }

    /** Forgets the series (new network or data). */
    public void clear() {
        series.clear();
        seen = 0;
        lastEpoch = -1;
    }

    /**
     * Measures if the network changed ({@code version} moved on: training or an edit) and the last
     * measurement is at least 1/{@link #PER_SECOND} s old. Called once per frame by the window.
     */
    public void maybeMeasure(Network network, Dataset training, Loss loss, int epoch, long version) {
        maybeMeasure(network, training, loss, epoch, version, null);
    }

    /**
     * As above, with the last epoch's update/weight ratio ‖ΔW‖/‖W‖ per layer (from the trainer), or null.
     * The full-batch pass runs on the worker over a copy of the network; the result comes back through
     * {@code toScreen} and is published as a new picture. While one measurement is under way the next waits.
     */
    public void maybeMeasure(Network network, Dataset training, Loss loss, int epoch, long version, double[] updateRatios) {
        if (network == null || training == null || training.size() == 0 || measuring) return;
        long now = System.nanoTime();
        if (version == lastVersion || now - lastMeasured < 1_000_000_000L / PER_SECOND) return;
        measure(network, training, loss, epoch, version, updateRatios);
    }

    /**
     * Measures now, whatever the rate limit of {@link #maybeMeasure} says (unless a measurement is under way):
     * the full-batch pass on the worker, the picture published through {@code toScreen}.
     */
    public void measure(Network network, Dataset training, Loss loss, int epoch, long version, double[] updateRatios) {
        if (network == null || training == null || training.size() == 0 || measuring) return;
        lastVersion = version;
        lastMeasured = System.nanoTime();
        int netShape = Arrays.hashCode(network.layers().stream().mapToInt(l -> l.units() * 31 + l.inputs()).toArray());
        Network copy = network.copy();   // the window's network moves on while the worker measures
        double[] ratios = updateRatios == null ? null : updateRatios.clone();
        measuring = true;
        worker.execute(() -> {
            List<LayerStatistics.Layer> layers;
            try {
                layers = LayerStatistics.measure(copy, training, loss);
            } catch (RuntimeException e) {
                layers = null;   // a network that does not fit its data yet: nothing to show
            }
            List<LayerStatistics.Layer> measured = layers;
            toScreen.accept(() -> {
                measuring = false;
                if (measured != null) publish(netShape, epoch, measured, ratios);
            });
        });
    }

    /** Adds a measurement to the series (on the screen's thread) and publishes the new picture. */
    private void publish(int netShape, int epoch, List<LayerStatistics.Layer> layers, double[] updateRatios) {
        if (netShape != shape || epoch < lastEpoch) {
            clear();
            shape = netShape;
        }
        lastEpoch = epoch;
        series.add(seen++, new Sample(epoch, layers.stream().mapToDouble(LayerStatistics.Layer::biasGradientNorm).toArray(),
                layers.stream().mapToDouble(LayerStatistics.Layer::weightGradientNorm).toArray(),
                updateRatios != null && updateRatios.length == layers.size() ? updateRatios : new double[layers.size()]));
        List<Sample> kept = series.values();
        picture.set(new Picture(kept.stream().mapToInt(Sample::epoch).toArray(), kept.stream().map(Sample::biasNorms).toArray(double[][]::new),
                kept.stream().map(Sample::weightNorms).toArray(double[][]::new), kept.stream().map(Sample::updates).toArray(double[][]::new),
                List.copyOf(layers)));
    }
}
