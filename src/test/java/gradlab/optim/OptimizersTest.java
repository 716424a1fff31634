package gradlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gradlab.autodiff.Graph;
import gradlab.autodiff.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * The first three updates of each optimizer on f(θ) = ½(θ₁² + 10θ₂²) from θ = (1, −2), α = 0.05, with
 * SPEC §3's defaults, against values worked out from SPEC's formulas separately. For example sgd:
 * g = (1, −20), θ ← (1 − 0.05, −2 + 1) = (0.95, −1); momentum's second step: v = 0.9·(−0.05, 1) −
 * 0.05·(0.95, −10) = (−0.0925, 1.4), θ = (0.8575, 0.4).
 */
class OptimizersTest {
    static Stream<Arguments> expectedUpdates() {
        return Stream.of(
                Arguments.of("sgd", new double[][] {{0.95, -1.0}, {0.9025, -0.5}, {0.857375, -0.25}}),
                Arguments.of("momentum", new double[][] {{0.95, -1.0}, {0.8575, 0.4}, {0.731375, 1.46}}),
                Arguments.of("nesterov", new double[][] {{0.95, -1.0}, {0.85975, -0.05}, {0.73959875, 0.4025}}),
                Arguments.of("adagrad", new double[][] {{0.9500000049999995, -1.95000000025},
                        {0.9155625343057102, -1.9150949935661887}, {0.8879107664687635, -1.8868216654512593}}),
                Arguments.of("rmsprop", new double[][] {{0.8418861669915652, -1.841886119491581},
                        {0.7369377294278471, -1.7317537063025508}, {0.6543590203091855, -1.6419290782748088}}),
                Arguments.of("adam", new double[][] {{0.9500000005, -1.950000000025},
                        {0.9000832438159381, -1.9000369974647233}, {0.8503116971717056, -1.850136922057892}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedUpdates")
    void firstThreeUpdatesMatchTheHandComputedValues(String name, double[][] expected) {
        Tensor theta = Tensor.row("θ", 1.0, -2.0);
        Tensor curvature = Tensor.row("c", 1.0, 10.0);
        Graph f = new Graph(theta.mul(theta).mul(curvature).sum().scale(0.5));
        Optimizer optimizer = Optimizers.create(name, 0.05, Optimizers.Settings.defaults());
        for (int k = 0; k < 3; k++) {
            optimizer.beforeGradient(List.of(theta));
            f.forward();
            f.backward();
            optimizer.step(List.of(theta));
            assertArrayEquals(expected[k], theta.toArray()[0], 1e-12, name + " update " + (k + 1));
        }
        assertEquals(3, optimizer.updates());
    }

    @Test
    void changingTheLearningRateMidRunKeepsTheVelocity() {
        Tensor theta = Tensor.row("θ", 1.0);
        theta.grad().set(0, 0, 1.0);
        Optimizers.Momentum momentum = new Optimizers.Momentum(0.1, 0.9);
        momentum.step(List.of(theta));                 // v = −0.1, θ = 0.9
        momentum.setLearningRate(0.2);
        momentum.step(List.of(theta));                 // v = 0.9·(−0.1) − 0.2 = −0.29, θ = 0.61
        assertEquals(0.61, theta.get(0, 0), 1e-15);
        assertEquals(-0.29, momentum.state(0)[0], 1e-15);
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertEquals("learning rate must be a positive number, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Optimizers.Sgd(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Optimizers.Momentum(0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.create("lbfgs", 0.1, Optimizers.Settings.defaults()));
    }

    @Test
    void theSameOptimizerMovesAPointOnALossSurface() {
        Tensor p = Tensor.row("p", 2.0, 1.0);
        Tensor c = Tensor.row("c", 1.0, 10.0);
        Graph surface = new Graph(p.mul(p).mul(c).sum());
        Optimizer adam = Optimizers.create("adam", 0.1, Optimizers.Settings.defaults());
        for (int i = 0; i < 500; i++) {
            surface.forward();
            surface.backward();
            adam.step(List.of(p));
        }
        assertEquals(0, p.get(0, 0), 1e-2);
        assertEquals(0, p.get(0, 1), 1e-2);
    }
}
