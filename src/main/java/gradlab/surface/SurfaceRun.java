package gradlab.surface;

import gradlab.optim.Optimizer;
import gradlab.optim.OptimizerKind;
import gradlab.optim.Optimizers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One optimizer walking a surface from a start point (SPEC §5): θ = (x, y), g = ∇f(θ), the update of
 * SPEC §3. Every point is recorded with what a view draws: f, the gradient there, the optimizer's state
 * after the update that reached it (velocity v or Adam's m; r or Adam's s) and the effective step size
 * per coordinate, |Δθᵢ| / |gᵢ|. A non-finite value or |x| or |y| above {@link #LIMIT} ends the run as
 * diverged; the path keeps only finite points.
 */
public final class SurfaceRun {
    public static final double LIMIT = 1e6;

    public enum Status { RUNNING, DIVERGED }

    /** Most points a run keeps: a view plays a few thousand steps, the command line at most this many. */
    public static final int MAX_STEPS = 100_000;

    /**
     * A recorded point. {@code position}, {@code gradient}: length 1 or 2. {@code velocity}: momentum's
     * and Nesterov's v, Adam's m; {@code accumulator}: AdaGrad's and RMSProp's r, Adam's s; both after
     * the step, zeros where the optimizer keeps none. {@code effectiveRate}:
     * how far the step moved per unit of gradient, NaN at the start or where g is 0.
     */
    public record Point(int step, double[] position, double f, double[] gradient, double[] velocity, double[] accumulator,
                        double[] effectiveRate) {
        public double x() { return position[0]; }
        public double y() { return position.length > 1 ? position[1] : f; }
        public double gradientNorm() {
            double sum = 0;
            for (double g : gradient) sum += g * g;
            return Math.sqrt(sum);
        }
    }

    private final SurfaceFunction function;
    private final Optimizer optimizer;
    private final List<Point> path = new ArrayList<>();
    private final int dims;
    private Status status = Status.RUNNING;
    private int divergedAt = -1;

    public SurfaceRun(Surface surface, double[] start, String optimizer, double learningRate, Optimizers.Settings settings) {
        this.function = surface.function();
        this.dims = surface.dimensions();
        if (start.length != dims) throw new IllegalArgumentException("a start point of " + dims + " value(s) is needed, got " + start.length);
        this.optimizer = Optimizers.create(optimizer, learningRate, settings);
        System.arraycopy(start, 0, function.theta().value().data, 0, dims);
        double f = function.evaluate();
        double[] nothing = new double[dims], unknown = new double[dims];
        Arrays.fill(unknown, Double.NaN);
        Point first = new Point(0, start.clone(), f, function.theta().grad().data.clone(), nothing, nothing.clone(), unknown);
        if (finite(first)) path.add(first);
        if (!finite(first) || !finite(first.gradient())) diverge(0);
    }

    public Optimizer optimizer() { return optimizer; }
    public Status status() { return status; }
    /** The step at which the run diverged, or −1. */
    public int divergedAt() { return divergedAt; }
    public List<Point> path() { return Collections.unmodifiableList(path); }
    public Point current() { return path.isEmpty() ? null : path.get(path.size() - 1); }
    public int steps() { return Math.max(0, path.size() - 1); }

    /** One update; false (and nothing changes) once the run has diverged. */
    public boolean step() {
        if (status == Status.DIVERGED || path.size() > MAX_STEPS) return false;
        double[] theta = function.theta().value().data;
        double[] before = theta.clone(), gradient = function.theta().grad().data.clone();
        optimizer.beforeGradient(function.parameters());
        if (optimizer.movesBeforeGradient()) {   // Nesterov: the gradient at the look-ahead point
            function.evaluate();
            gradient = function.theta().grad().data.clone();
        }
        optimizer.step(function.parameters());
        double f = function.evaluate();
        int k = path.size();
        double[] rate = new double[dims];
        for (int i = 0; i < dims; i++) rate[i] = gradient[i] == 0 ? Double.NaN : Math.abs(theta[i] - before[i]) / Math.abs(gradient[i]);
        OptimizerKind kind = OptimizerKind.of(optimizer.name());
        boolean onlyAccumulates = kind == OptimizerKind.ADAGRAD || kind == OptimizerKind.RMSPROP;   // they keep r as their first state
        double[] velocity = onlyAccumulates ? new double[dims] : state(optimizer.state(0));
        double[] accumulator = state(onlyAccumulates ? optimizer.state(0) : optimizer.secondState(0));
        Point point = new Point(k, theta.clone(), f, function.theta().grad().data.clone(), velocity, accumulator, rate);
        boolean inside = finite(point);
        if (inside) path.add(point);
        if (!inside || !finite(point.gradient()) || Math.abs(theta[0]) > LIMIT || (dims > 1 && Math.abs(theta[1]) > LIMIT)) {
            diverge(k);
            return false;
        }
        return true;
    }

    /** Up to {@code n} updates; stops early when the run diverges. */
    public void run(int n) {
        for (int i = 0; i < n && step(); i++) { }
    }

    public void setLearningRate(double rate) { optimizer.setLearningRate(rate); }

    private void diverge(int step) {
        status = Status.DIVERGED;
        divergedAt = step;
    }

    private double[] state(double[] s) { return s == null ? new double[dims] : s.clone(); }

    private static boolean finite(Point p) {
        return finite(p.position()) && Double.isFinite(p.f());
    }

    private static boolean finite(double[] values) {
        for (double v : values) if (!Double.isFinite(v)) return false;
        return true;
    }
}
