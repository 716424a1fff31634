package gradlab.app.surface;

import gradlab.optim.Optimizers;
import gradlab.surface.Surface;
import gradlab.surface.SurfaceRun;
import gradlab.surface.Surfaces;
import java.util.ArrayList;
import java.util.List;
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
    /** One racer's settings; {@code label} names it in the legend ("SGD η = 0.09"). */
    public record Racer(String optimizer, double learningRate, double momentum, double rho) {
        public String label() {
            String name = switch (optimizer) {
                case "sgd" -> "SGD";
                case "momentum" -> "Momentum";
                case "nesterov" -> "Nesterov";
                case "adagrad" -> "AdaGrad";
                case "rmsprop" -> "RMSProp";
                default -> "Adam";
            };
            String extra = optimizer.equals("momentum") || optimizer.equals("nesterov") ? ", λ = " + gradlab.app.common.Numbers.rate(momentum)
                    : optimizer.equals("rmsprop") ? ", ρ = " + gradlab.app.common.Numbers.rate(rho) : "";
            return name + " η = " + gradlab.app.common.Numbers.rate(learningRate) + extra;
        }

        Optimizers.Settings settings() { return Optimizers.Settings.defaults().withMomentum(momentum).withRho(rho); }
    }

    /** What the views draw: the surface, the start, each racer's path up to the shown step. */
    public record RacePicture(Surface surface, double[] start, int step, List<Racer> racers, List<List<SurfaceRun.Point>> paths,
                              List<Integer> divergedAt) {}

    private final ReadOnlyObjectWrapper<RacePicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final List<Racer> racers = new ArrayList<>();
    private final List<SurfaceRun> runs = new ArrayList<>();
    private Surface surface;
    private double[] start;

    public SurfaceModel() {
        surface = Surfaces.builtIn("ravine");
        start = surface.start().clone();
        racers.add(new Racer("sgd", 0.09, 0.9, 0.9));
        racers.add(new Racer("momentum", 0.02, 0.7, 0.9));
        restart();
    }

    public ReadOnlyObjectProperty<RacePicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public RacePicture picture() { return picture.get(); }
    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }
    public Surface surface() { return surface; }
    public double[] start() { return start.clone(); }
    public List<Racer> racers() { return List.copyOf(racers); }

    /** Shows {@code next} from its own start, with one racer using its lesson's optimizer, plus the others kept. */
    public void setSurface(Surface next) {
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
        if (racers.size() >= gradlab.app.common.Colors.CATEGORICAL.length) return;
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
        racers.addAll(all.subList(0, Math.min(all.size(), gradlab.app.common.Colors.CATEGORICAL.length)));
        restart();
    }

    /**
     * The race as it is set now, run afresh for {@code steps} updates for an animation: each racer labelled as
     * the panel shows it. The race on screen is left alone.
     */
    public List<gradlab.surface.RaceAnimation.Racer> raceForExport(int steps) {
        List<gradlab.surface.RaceAnimation.Racer> out = new ArrayList<>();
        for (Racer r : racers) {
            SurfaceRun run = new SurfaceRun(surface, start, r.optimizer(), r.learningRate(), r.settings());
            run.run(steps);
            var kind = gradlab.optim.OptimizerKind.of(r.optimizer());
            String label = kind.label() + " α " + gradlab.nn.NetworkFile.number(r.learningRate())
                    + (kind.hasMomentum() ? " λ " + gradlab.nn.NetworkFile.number(r.momentum()) : "")
                    + (kind.hasRho() ? " ρ " + gradlab.nn.NetworkFile.number(r.rho()) : "");
            out.add(new gradlab.surface.RaceAnimation.Racer(label, run));
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
        picture.set(new RacePicture(surface, start.clone(), step.get(), List.copyOf(racers), List.copyOf(paths), List.copyOf(diverged)));
    }
}
