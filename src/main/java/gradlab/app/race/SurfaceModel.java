package gradlab.app.race;

import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.nn.NetworkFile;
import gradlab.optim.OptimizerKind;
import gradlab.optim.Optimizers;
import gradlab.surface.RaceAnimation;
import gradlab.surface.Surface;
import gradlab.surface.SurfaceGrid;
import gradlab.surface.SurfaceRun;
import gradlab.surface.Surfaces;
import gradlab.surface.MomentumGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Optimizers racing on one surface from one start point. The model keeps each racer's settings and
 * run, steps them together, and publishes a {@link RacePicture} after every change: views draw that
 * and call the commands here. A change of a racer's settings, the surface or the start restarts every
 * path (runs are deterministic, so "back" just shows fewer steps of the same paths).
 */
public final class SurfaceModel {
    /** One racer's settings; {@code label} names it in the legend ("SGD η = 0.09"). The optimizer is a name of SPEC §3. */
    public record Racer(String optimizer, double learningRate, double momentum, double rho) {
        public Racer {
            OptimizerKind.of(optimizer);   // an unknown name is refused here, not when the run starts
        }

        public Racer(OptimizerKind kind, double learningRate, double momentum, double rho) {
            this(kind.id(), learningRate, momentum, rho);
        }

        public OptimizerKind kind() { return OptimizerKind.of(optimizer); }

        public String label() {
            OptimizerKind kind = kind();
            String extra = kind.hasMomentum() ? ", λ = " + Numbers.rate(momentum) : kind.hasRho() ? ", ρ = " + Numbers.rate(rho) : "";
            return kind.label() + " η = " + Numbers.rate(learningRate) + extra;
        }

        Optimizers.Settings settings() { return Optimizers.Settings.defaults().withMomentum(momentum).withRho(rho); }
    }

    /**
     * The race the page opens on: the ravine from (−4, 1), plain descent at its best learning rate 2/(2 + 20)
     * (the two curvatures of x² + 10y²) against momentum tuned for the same valley. After 30 steps momentum is
     * 2.6e-6 from the minimum, plain descent still 0.010.
     */
    public static final List<Racer> DEFAULT_RACERS = List.of(new Racer(OptimizerKind.SGD, 0.0909, 0.9, 0.9),
            new Racer(OptimizerKind.MOMENTUM, 0.1, 0.3, 0.9));

    /** Why the default race ends as it does, shown while its racers run on the ravine. */
    public static final String DEFAULT_CAPTION = "Both racers are tuned for this valley, κ = 10 times steeper across than along. "
            + "At its best rate, 2/22, plain descent shrinks the distance to the minimum by (κ−1)/(κ+1) ≈ 0.82 a step; "
            + "tuned momentum comes near (√κ−1)/(√κ+1) ≈ 0.52 (here 0.62). After 30 steps: 0.010 away against 2.6e-6.";

    /**
     * What the views draw: the surface and f sampled over it, the start, each racer's path up to the shown
     * step, and a caption (empty unless the race is the default one).
     */
    public record RacePicture(Surface surface, SurfaceGrid grid, double[] start, int step, List<Racer> racers,
                              List<List<SurfaceRun.Point>> paths, List<Integer> divergedAt, String caption) {}

    /** Points a side of the sampled surface: the map interpolates between them, the 3-D view takes every other. */
    public static final int GRID = 201;

    private final ReadOnlyObjectWrapper<RacePicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final List<Racer> racers = new ArrayList<>();
    private final List<SurfaceRun> runs = new ArrayList<>();
    private Surface surface;
    private SurfaceGrid grid;
    private double[] start;

    private final ReadOnlyObjectWrapper<MomentumGrid> momentumMap = new ReadOnlyObjectWrapper<>();
    private final Executor worker;
    private final Consumer<Runnable> toScreen;
    private final AtomicReference<MomentumRequest> wanted = new AtomicReference<>();
    private final AtomicBoolean computing = new AtomicBoolean();
    private MomentumRequest requested;   // the last map asked for (screen thread only)

    private record MomentumRequest(Surface surface, double[] start) {}

    /**
     * {@code worker} computes the momentum map off the screen's thread (the window's engine runner) and
     * {@code toScreen} brings the result back to it (tests pass two that run the task at once).
     */
    public SurfaceModel(Executor worker, Consumer<Runnable> toScreen) {
        this.worker = worker;
        this.toScreen = toScreen;
        surface = Surfaces.builtIn("ravine");
        grid = SurfaceGrid.sample(surface, GRID);
        start = surface.start().clone();
        racers.addAll(DEFAULT_RACERS);
        restart();
    }

    public ReadOnlyObjectProperty<RacePicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public RacePicture picture() { return picture.get(); }
    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }

    /** The last momentum map computed (perhaps for an earlier start: ask {@link #momentumMap()} for the one on show). */
    public ReadOnlyObjectProperty<MomentumGrid> momentumMapProperty() { return momentumMap.getReadOnlyProperty(); }
    public Surface surface() { return surface; }
    public double[] start() { return start.clone(); }
    public List<Racer> racers() { return List.copyOf(racers); }

    /** Shows {@code next} from its own start; the racers stay as they are. */
    public void setSurface(Surface next) {
        if (next != surface) grid = SurfaceGrid.sample(next, GRID);
        surface = next;
        start = next.start().clone();
        restart();
    }

    /** A new start point (a click or drag on the map): every racer restarts from it. */
    public void setStart(double[] point) {
        if (point.length != surface.dimensions()) throw new IllegalArgumentException("a start needs " + surface.dimensions() + " value(s)");
        start = point.clone();
        restart();
    }

    public void addRacer(Racer r) {
        if (racers.size() >= Colors.CATEGORICAL.length) return;
        racers.add(r);
        restart();
    }

    public void removeRacer(int i) {
        if (racers.size() <= 1) return;
        racers.remove(i);
        restart();
    }

    /** Changes one racer's settings; the paths are recomputed to the same step, so a slider changes the run live. */
    public void setRacer(int i, Racer r) {
        racers.set(i, r);
        restart();
    }

    /** Replaces all racers (a lesson sets the lab's optimizer). */
    public void setRacers(List<Racer> all) {
        if (all.isEmpty()) throw new IllegalArgumentException("at least one racer");
        racers.clear();
        racers.addAll(all.subList(0, Math.min(all.size(), Colors.CATEGORICAL.length)));
        restart();
    }

    /**
     * The race as it is set now, run afresh for {@code steps} updates for an animation: each racer labelled as
     * the panel shows it. The race on screen is left alone.
     */
    public List<RaceAnimation.Racer> raceForExport(int steps) {
        List<RaceAnimation.Racer> out = new ArrayList<>();
        for (Racer r : racers) {
            SurfaceRun run = new SurfaceRun(surface, start, r.optimizer(), r.learningRate(), r.settings());
            run.run(steps);
            var kind = OptimizerKind.of(r.optimizer());
            String label = kind.label() + " η " + NetworkFile.number(r.learningRate())
                    + (kind.hasMomentum() ? " λ " + NetworkFile.number(r.momentum()) : "")
                    + (kind.hasRho() ? " ρ " + NetworkFile.number(r.rho()) : "");
            out.add(new RaceAnimation.Racer(label, run));
        }
        return out;
    }

    /** The surface being raced on. */
    public Surface raceSurface() { return surface; }

    public void stepForward() { showStep(step.get() + 1); }
    public void stepBack() { showStep(Math.max(0, step.get() - 1)); }
    public void reset() { showStep(0); }

    /** Shows the paths up to {@code k} steps, running the optimizers as far as needed. */
    public void showStep(int k) {
        int target = Math.max(0, Math.min(k, SurfaceRun.MAX_STEPS));
        for (SurfaceRun run : runs) if (run.steps() < target) run.run(target - run.steps());
        step.set(target);
        publish();
    }

    /** Whether another step would still move some racer. */
    public boolean canAdvance() {
        for (SurfaceRun run : runs) if (run.status() == SurfaceRun.Status.RUNNING || run.steps() > step.get()) return true;
        return false;
    }

    /**
     * Momentum's convergence map for the surface and start on show, or null while it is being computed (off the
     * screen's thread; {@link #momentumMapProperty()} tells when it arrives) and for a 1-D surface. Asking starts
     * the work: a window whose race is never shown computes none. While the worker is busy only the latest
     * request waits.
     */
    public MomentumGrid momentumMap() {
        MomentumGrid shown = momentumMap.get();
        if (shown != null && shown.isFor(surface, start)) return shown;
        if (surface.oneD()) return null;
        if (requested != null && requested.surface() == surface && Arrays.equals(requested.start(), start)) return null;   // on its way
        requested = new MomentumRequest(surface, start.clone());
        wanted.set(requested);
        if (computing.compareAndSet(false, true)) worker.execute(this::computeWanted);
        MomentumGrid arrived = momentumMap.get();   // a worker that runs at once has answered already
        return arrived != null && arrived.isFor(surface, start) ? arrived : null;
    }

    private void computeWanted() {
        try {
            for (MomentumRequest r = wanted.getAndSet(null); r != null; r = wanted.getAndSet(null)) {
                MomentumGrid grid = MomentumGrid.compute(r.surface(), r.start());
                toScreen.accept(() -> { if (grid.isFor(surface, start)) momentumMap.set(grid); });
            }
        } catch (RuntimeException e) {
            // a map that cannot be computed stays blank ("computing…" is not shown for a 1-D surface only)
        } finally {
            computing.set(false);
        }
        if (wanted.get() != null && computing.compareAndSet(false, true)) worker.execute(this::computeWanted);   // asked for meanwhile
    }

    private void restart() {
        runs.clear();
        for (Racer r : racers) runs.add(new SurfaceRun(surface, start, r.optimizer(), r.learningRate(), r.settings()));
        showStep(step.get());
    }

    private void publish() {
        List<List<SurfaceRun.Point>> paths = new ArrayList<>();
        List<Integer> diverged = new ArrayList<>();
        for (SurfaceRun run : runs) {
            List<SurfaceRun.Point> all = run.path();
            paths.add(List.copyOf(all.subList(0, Math.min(all.size(), step.get() + 1))));
            diverged.add(run.status() == SurfaceRun.Status.DIVERGED && run.divergedAt() <= step.get() ? run.divergedAt() : -1);
        }
        String caption = "ravine".equals(surface.name()) && racers.equals(DEFAULT_RACERS) ? DEFAULT_CAPTION : "";
        picture.set(new RacePicture(surface, grid, start.clone(), step.get(), List.copyOf(racers), List.copyOf(paths), List.copyOf(diverged), caption));
    }
}
