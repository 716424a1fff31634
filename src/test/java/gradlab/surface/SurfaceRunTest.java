package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.optim.Optimizers;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceRunTest {
    static final Surface BOWL = Surfaces.builtIn("bowl");
    static final Optimizers.Settings DEFAULTS = Optimizers.Settings.defaults();

    static double[] after(String optimizer, int steps) {
        SurfaceRun run = new SurfaceRun(BOWL, new double[] {1, 2}, optimizer, 0.1, DEFAULTS);
        run.run(steps);
        return run.current().position();
    }

    // f = x² + y², ∇f = (2x, 2y), from (1, 2) at α = 0.1; the first gradient is (2, 4).

    @Test
    void sgd() {
        assertArrayEquals(new double[] {0.8, 1.6}, after("sgd", 1), 1e-12);          // θ − α g
        assertArrayEquals(new double[] {0.64, 1.28}, after("sgd", 2), 1e-12);
    }

    @Test
    void momentum() {
        // v1 = −α g0 = (−0.2, −0.4); v2 = 0.9 v1 − α (1.6, 3.2) = (−0.34, −0.68)
        assertArrayEquals(new double[] {0.8, 1.6}, after("momentum", 1), 1e-12);
        assertArrayEquals(new double[] {0.46, 0.92}, after("momentum", 2), 1e-12);
    }

    @Test
    void nesterovTakesTheGradientAtTheLookAheadPoint() {
        // step 2 looks ahead to θ1 + 0.9 v1 = (0.62, 1.24), g = (1.24, 2.48); v2 = (−0.304, −0.608)
        assertArrayEquals(new double[] {0.496, 0.992}, after("nesterov", 2), 1e-12);
    }

    @Test
    void adagrad() {
        // r = g² = (4, 16); θ − α/(δ + √r) g with δ = 1e-7
        assertArrayEquals(new double[] {1 - 0.2 / (2 + 1e-7), 2 - 0.4 / (4 + 1e-7)}, after("adagrad", 1), 1e-15);
    }

    @Test
    void rmsprop() {
        // r = (1 − ρ) g² = (0.4, 1.6); both coordinates move by α/√0.1 = 0.316228
        assertArrayEquals(new double[] {1 - 0.2 / (Math.sqrt(0.4) + 1e-7), 2 - 0.4 / (Math.sqrt(1.6) + 1e-7)}, after("rmsprop", 1), 1e-15);
        assertEquals(0.683772, after("rmsprop", 1)[0], 1e-6);
    }

    @Test
    void adam() {
        // k = 1: m̂ = g, ŝ = g², so each coordinate moves by α·g/(|g| + ε) ≈ α
        assertArrayEquals(new double[] {0.9, 1.9}, after("adam", 1), 1e-8);
        // k = 2 at (0.9, 1.9): g1 = (1.8, 3.8)
        double[] theta = {0.9, 1.9}, g0 = {2, 4};
        for (int i = 0; i < 2; i++) {
            double g1 = 2 * theta[i];
            double m = 0.9 * (0.1 * g0[i]) + 0.1 * g1, s = 0.999 * (0.001 * g0[i] * g0[i]) + 0.001 * g1 * g1;
            double expected = theta[i] - 0.1 * (m / (1 - 0.81)) / (Math.sqrt(s / (1 - 0.999 * 0.999)) + 1e-8);
            assertEquals(expected, after("adam", 2)[i], 1e-8, "coordinate " + i);
        }
    }

    @Test
    void theRunRecordsTheOptimizersState() {
        SurfaceRun run = new SurfaceRun(BOWL, new double[] {1, 2}, "momentum", 0.1, DEFAULTS);
        run.run(2);
        List<SurfaceRun.Point> path = run.path();
        assertEquals(3, path.size());
        assertArrayEquals(new double[] {-0.34, -0.68}, path.get(2).velocity(), 1e-12, "the velocity v after step 2");
        assertArrayEquals(new double[] {0.92, 1.84}, path.get(2).gradient(), 1e-12, "∇f at the point reached");
        assertEquals(0.46 * 0.46 + 0.92 * 0.92, path.get(2).f(), 1e-12);
        SurfaceRun adagrad = new SurfaceRun(BOWL, new double[] {1, 2}, "adagrad", 0.1, DEFAULTS);
        adagrad.step();
        assertArrayEquals(new double[] {4, 16}, adagrad.current().accumulator(), 1e-12, "AdaGrad's accumulator r");
        assertEquals(0.1 / 2, adagrad.current().effectiveRate()[0], 1e-7, "effective step α/√r in x");
        assertEquals(0.1 / 4, adagrad.current().effectiveRate()[1], 1e-7, "effective step α/√r in y");
    }

    /** Notes 001: in a narrow valley plain descent oscillates across it; momentum damps the oscillation. */
    @Test
    void momentumTravelsLessThanHalfAsFarAcrossTheRavineAndEndsCloser() {
        Surface ravine = Surfaces.builtIn("ravine");
        double[] start = {-2.5, 1.5};
        SurfaceRun sgd = new SurfaceRun(ravine, start, "sgd", 0.09, DEFAULTS);
        SurfaceRun momentum = new SurfaceRun(ravine, start, "momentum", 0.02, DEFAULTS.withMomentum(0.7));
        sgd.run(20);
        momentum.run(20);
        double sgdAcross = travelInY(sgd), momentumAcross = travelInY(momentum);
        double sgdLeft = distanceToMinimum(sgd), momentumLeft = distanceToMinimum(momentum);
        assertEquals(13.3, sgdAcross, 0.05);
        assertEquals(3.9, momentumAcross, 0.05);
        assertEquals(0.050, sgdLeft, 0.0005);
        assertEquals(0.019, momentumLeft, 0.0005);
        assertTrue(momentumAcross < sgdAcross / 2 && momentumLeft < sgdLeft);
    }

    /**
     * Issue 16: the ravine's default race from (−4, 1). Plain descent at its best rate 2/(2 + 20) shrinks the
     * distance by (κ−1)/(κ+1) = 9/11 every step (κ = 10); momentum η = 0.1, λ = 0.3 (near its best, whose rate
     * is (√κ−1)/(√κ+1) ≈ 0.52) averages 0.62 a step. After 30 steps: 0.010 away against 2.6e-6.
     */
    @Test
    void onTheRavineTunedMomentumEndsFarCloserThanTunedDescent() {
        Surface ravine = Surfaces.builtIn("ravine");
        assertArrayEquals(new double[] {-4, 1}, ravine.start());
        SurfaceRun sgd = new SurfaceRun(ravine, ravine.start(), "sgd", 0.0909, DEFAULTS);
        SurfaceRun momentum = new SurfaceRun(ravine, ravine.start(), "momentum", 0.1, DEFAULTS.withMomentum(0.3));
        sgd.run(30);
        momentum.run(30);
        double start = Math.hypot(4, 1), sgdLeft = distanceToMinimum(sgd), momentumLeft = distanceToMinimum(momentum);
        assertEquals(0.0100, sgdLeft, 0.0001);
        assertEquals(2.65e-6, momentumLeft, 0.01e-6);
        double kappa = 10;
        assertEquals((kappa - 1) / (kappa + 1), Math.pow(sgdLeft / start, 1 / 30.0), 0.001, "descent's contraction per step");
        assertEquals(0.62, Math.pow(momentumLeft / start, 1 / 30.0), 0.005, "momentum's contraction per step");
        assertEquals(0.52, (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1), 0.005, "the best momentum can do");
        // the race the page opened on before: momentum untuned (η 0.02, λ 0.7) behind descent at η 0.09 after 25 steps
        SurfaceRun oldSgd = new SurfaceRun(ravine, new double[] {-2.5, 1.5}, "sgd", 0.09, DEFAULTS);
        SurfaceRun oldMomentum = new SurfaceRun(ravine, new double[] {-2.5, 1.5}, "momentum", 0.02, DEFAULTS.withMomentum(0.7));
        oldSgd.run(25);
        oldMomentum.run(25);
        assertTrue(oldMomentum.current().f() > oldSgd.current().f(), "untuned, momentum lost: that race taught the wrong thing");
    }

    static double travelInY(SurfaceRun run) {
        double total = 0;
        for (int k = 1; k < run.path().size(); k++) total += Math.abs(run.path().get(k).y() - run.path().get(k - 1).y());
        return total;
    }

    static double distanceToMinimum(SurfaceRun run) {
        return Math.hypot(run.current().x(), run.current().y());
    }

    @Test
    void aDivergingRunEndsWithAFinitePathAndSaysWhen() {
        SurfaceRun run = new SurfaceRun(Surfaces.builtIn("parabola"), new double[] {0.2}, "sgd", 1.5, DEFAULTS);
        run.run(1000);
        assertEquals(SurfaceRun.Status.DIVERGED, run.status());
        assertTrue(run.divergedAt() > 0 && run.divergedAt() < 1000, "diverged at " + run.divergedAt());
        for (SurfaceRun.Point p : run.path()) assertTrue(Double.isFinite(p.x()) && Double.isFinite(p.f()));
        assertFalse(run.step(), "a diverged run does not move");
    }

    @Test
    void theParabolaFromNotes002WalksFromPointTwoToTwo() {
        SurfaceRun run = new SurfaceRun(Surfaces.builtIn("parabola"), new double[] {0.2}, "sgd", 0.1, DEFAULTS);
        run.step();
        assertEquals(0.2 - 0.1 * 2 * (0.2 - 2), run.current().x(), 1e-12);   // w ← w − η·2(w − 2) = 0.56
        run.run(99);
        assertEquals(2, run.current().x(), 1e-6);
    }
}
