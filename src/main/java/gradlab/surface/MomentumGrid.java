package gradlab.surface;

import gradlab.optim.OptimizerKind;
import gradlab.optim.Optimizers;
import java.util.Arrays;

/**
 * Distill's convergence map for one surface and start: f after {@link #STEPS} steps of momentum at every
 * learning rate η (log scale, 0.001 to 1) and momentum λ (0 to 0.99) of a {@link #CELLS} × {@link #CELLS}
 * grid, NaN where the run diverged. Made once, never changed.
 */
public final class MomentumGrid {
    public static final int STEPS = 50, CELLS = 40;
    private final Surface surface;
    private final double[] start;
    private final double[][] values;
    private final double[] sorted;

    private MomentumGrid(Surface surface, double[] start, double[][] values) {
        this.surface = surface;
        this.start = start.clone();
        this.values = values;
        this.sorted = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
    }

    /** Runs the 1,600 momentum runs from {@code start}. */
    public static MomentumGrid compute(Surface surface, double[] start) {
        double[][] values = new double[CELLS][CELLS];
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                SurfaceRun run = new SurfaceRun(surface, start, OptimizerKind.MOMENTUM.id(), rate(i),
                        Optimizers.Settings.defaults().withMomentum(momentum(j)));
                run.run(STEPS);
                values[j][i] = run.status() == SurfaceRun.Status.DIVERGED || run.current() == null ? Double.NaN : run.current().f();
            }
        }
        return new MomentumGrid(surface, start, values);
    }

    /** The learning rate of column {@code i}. */
    public static double rate(int i) { return Math.pow(10, -3 + 3.0 * i / (CELLS - 1)); }
    /** The momentum of row {@code j} (row 0: λ = 0). */
    public static double momentum(int j) { return 0.99 * j / (CELLS - 1); }

    public Surface surface() { return surface; }
    public double[] start() { return start.clone(); }
    /** Whether this is the map of {@code s} from {@code from}. */
    public boolean isFor(Surface s, double[] from) { return s == surface && Arrays.equals(start, from); }
    /** f after the run of column {@code i} (η), row {@code j} (λ); NaN where it diverged. */
    public double value(int j, int i) { return values[j][i]; }

    /**
     * Where {@code v} ranks among the finite results, 0 (lowest) to 1: f spans twenty decades between the runs
     * that converged and those about to blow up, and ranks keep every part of that visible.
     */
    public double rank(double v) {
        int below = Arrays.binarySearch(sorted, v);
        if (below < 0) below = -below - 1;
        return sorted.length < 2 ? 0 : below / (double) (sorted.length - 1);
    }
}
