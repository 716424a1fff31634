package gradlab.autodiff;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * The three matrix products of one dense layer's training step, timed by themselves for {@code bench}: the
 * forward Z = X·Wᵀ, the gradient sent down G·W and the weights' gradient Gᵀ·X, for {@code samples} samples of
 * {@code inputs} inputs and {@code units} units: 3 × 2·samples·inputs·units floating-point operations a round.
 */
public final class LayerProducts {
    private LayerProducts() {}

    /** GFLOP/s by the wall clock and by this thread's CPU time (on a shared machine the two part). */
    public record Rate(double wall, double cpu) {}

    public static Rate time(int samples, int inputs, int units, int rounds) {
        Random random = new Random(1);
        DMatrixRMaj x = fill(new DMatrixRMaj(samples, inputs), random), w = fill(new DMatrixRMaj(units, inputs), random);
        DMatrixRMaj g = fill(new DMatrixRMaj(samples, units), random);
        DMatrixRMaj z = new DMatrixRMaj(samples, units), gx = new DMatrixRMaj(samples, inputs), gw = new DMatrixRMaj(units, inputs);
        for (int r = 0; r < Math.max(20, rounds / 5); r++) round(x, w, g, z, gx, gw);   // warm-up: compiled before timing
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) round(x, w, g, z, gx, gw);
        double wallSeconds = (System.nanoTime() - wall) / 1e9, cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double flops = 3.0 * 2 * samples * inputs * units * rounds;
        return new Rate(flops / wallSeconds / 1e9, flops / cpuSeconds / 1e9);
    }

    private static void round(DMatrixRMaj x, DMatrixRMaj w, DMatrixRMaj g, DMatrixRMaj z, DMatrixRMaj gx, DMatrixRMaj gw) {
        MatrixKernels.multTransB(x, w, z);
        MatrixKernels.mult(g, w, gx);
        MatrixKernels.multAddTransA(g, x, gw);
    }

    private static DMatrixRMaj fill(DMatrixRMaj m, Random random) {
        for (int i = 0; i < m.data.length; i++) m.data[i] = random.nextDouble() - 0.5;
        return m;
    }
}
