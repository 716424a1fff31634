package gradlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private final Network net = Network.create(Features.plain(2), new int[] {3, 2},
            new Activation[] {Activation.RELU, Activation.SOFTMAX}, Init.GLOROT_UNIFORM, 42);

    @Test
    void parametersAreNamedTheWayViewsAndLessonsAddressThem() {
        assertEquals(List.of("layers.0.weights", "layers.0.biases", "layers.1.weights", "layers.1.biases"),
                List.copyOf(net.namedParameters().keySet()));
        net.set("layers.0.weights[2,1]", 0.75);
        assertEquals(0.75, net.layer(0).weight(2, 1));
        assertEquals(0.75, net.get("layers.0.weights[2,1]"));
        net.set("layers.1.biases[1]", -3);
        assertEquals(-3, net.layer(1).bias(1));
    }

    @Test
    void badParameterNamesSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> net.get("layers.5.weights[0,0]")).getMessage().contains("2 layers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> net.get("layers.0.weights[3,0]")).getMessage().contains("out of range"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> net.get("layers.0.biases[0,0]")).getMessage().contains("biases take [unit]"));
        assertThrows(IllegalArgumentException.class, () -> net.get("w2"));
    }

    @Test
    void theSameSeedGivesTheSameWeights_aDifferentSeedDifferentOnes() {
        Network same = Network.create(Features.plain(2), new int[] {3, 2},
                new Activation[] {Activation.RELU, Activation.SOFTMAX}, Init.GLOROT_UNIFORM, 42);
        Network other = Network.create(Features.plain(2), new int[] {3, 2},
                new Activation[] {Activation.RELU, Activation.SOFTMAX}, Init.GLOROT_UNIFORM, 43);
        assertArrayEquals(net.layer(0).weights().value().data, same.layer(0).weights().value().data);
        assertNotEquals(net.layer(0).weights().value().data[0], other.layer(0).weights().value().data[0]);
    }

    @Test
    void glorotUniformStaysWithinSqrtSixOverFanInPlusFanOut_andBiasesStartAtZero() {
        Network wide = Network.create(Features.plain(30), new int[] {50}, new Activation[] {Activation.TANH}, Init.GLOROT_UNIFORM, 1);
        double limit = Math.sqrt(6.0 / (30 + 50));
        double max = 0;
        for (double w : wide.layer(0).weights().value().data) max = Math.max(max, Math.abs(w));
        assertTrue(max <= limit && max > 0.9 * limit, "max |w| = " + max + ", limit " + limit);
        for (double b : wide.layer(0).biases().value().data) assertEquals(0, b);
    }

    @Test
    void heHasVarianceTwoOverFanIn_smallRandomStaysInPointOne_zerosAreZero() {
        Network he = Network.create(Features.plain(100), new int[] {200}, new Activation[] {Activation.RELU}, Init.HE, 5);
        double sumSquares = 0;
        double[] w = he.layer(0).weights().value().data;
        for (double v : w) sumSquares += v * v;
        assertEquals(2.0 / 100, sumSquares / w.length, 0.002);
        Network small = Network.create(Features.plain(10), new int[] {10}, new Activation[] {Activation.RELU}, Init.SMALL_RANDOM, 5);
        for (double v : small.layer(0).weights().value().data) assertTrue(Math.abs(v) <= 0.1);
        Network zeros = Network.create(Features.plain(3), new int[] {4}, new Activation[] {Activation.RELU}, Init.ZEROS, 5);
        for (double v : zeros.layer(0).weights().value().data) assertEquals(0, v);
    }

    @Test
    void aCopyHasItsOwnWeights() {
        Network copy = net.copy();
        copy.set("layers.0.weights[0,0]", 99);
        assertNotEquals(99, net.get("layers.0.weights[0,0]"));
        net.copyWeightsFrom(copy);
        assertEquals(99, net.get("layers.0.weights[0,0]"));
    }

    @Test
    void namedFeaturesAreComputedFromTheRawInputs() {
        Features f = Features.named(List.of("x1", "x2", "x1^2", "x1*x2", "sin(x1)", "cos(x2)"));
        assertEquals(2, f.rawCount());
        assertArrayEquals(new double[] {2, 3, 4, 6, Math.sin(2), Math.cos(3)}, f.compute(new double[] {2, 3}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Features.named(List.of("x1^3")));
    }
}
