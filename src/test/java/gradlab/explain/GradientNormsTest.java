package gradlab.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientNormsTest {
    static double sigmoid(double z) { return 1 / (1 + Math.exp(-z)); }

    /** One sigmoid unit, w = 0.5, b = 0.1, quadratic loss, two samples: (x = 1, t = 1) and (x = −2, t = 0). */
    @Test
    void aHandComputedSmallCase() throws Exception {
        Network net = NetworkFile.parse("n.yaml", "inputs: 1\nlayers:\n  - {units: 1, activation: sigmoid, weights: [[0.5]], biases: [0.1]}\n");
        Dataset data = new Dataset("two", new double[][] {{1}, {-2}}, new double[][] {{1}, {0}}, 2);
        double a1 = sigmoid(0.6), a2 = sigmoid(-0.9);
        double delta1 = (a1 - 1) * a1 * (1 - a1), delta2 = (a2 - 0) * a2 * (1 - a2);   // ∂C_x/∂z = (a − t)·σ'(z)
        double dCdb = (delta1 + delta2) / 2, dCdw = (delta1 * 1 + delta2 * -2) / 2;    // C is the mean over the two
        GradientNorms.Measurement m = new GradientNorms(net, data, Loss.QUADRATIC).measure(net);
        assertArrayEquals(new double[] {Math.abs(dCdw)}, m.weights(), 1e-15);
        assertArrayEquals(new double[] {Math.abs(dCdb)}, m.biases(), 1e-15);
    }

    @Test
    void measuringLeavesTheNetworksGradientsAlone() {
        Network net = deep(Activation.SIGMOID, Init.GLOROT_UNIFORM, 1);
        net.layer(0).weights().grad().data[0] = 42;
        new GradientNorms(net, circle(), Loss.QUADRATIC).measure(net);
        assertEquals(42, net.layer(0).weights().grad().data[0]);
    }

    static Network deep(Activation hidden, Init init, long seed) {
        Activation[] acts = {hidden, hidden, hidden, hidden, hidden, Activation.SIGMOID};
        return Network.create(Features.plain(2), new int[] {8, 8, 8, 8, 8, 1}, acts, init, seed);
    }

    static Dataset circle() { return Generators.generate(Generators.Spec.of("circle", 250, 0, 1)); }

    static double firstOverLastHidden(Activation hidden, Init init, long seed) {
        Network net = deep(hidden, init, seed);
        return new GradientNorms(net, circle(), Loss.QUADRATIC).measure(net).biasRatio(0, 4);
    }

    /**
     * Notes 001/002: earlier layers learn more slowly because backpropagation multiplies factors
     * σ'(z) ≤ 0.25. On a 2-8-8-8-8-8-1 net on circle data, at the start, the first hidden layer's ‖∂C/∂b‖
     * over the last hidden layer's: below 1/50 for sigmoid with Glorot init, for every seed; above 1/5
     * (median of 5 seeds) for ReLU with He init.
     */
    @Test
    void sigmoidLayersLearnFarMoreSlowlyNearTheInputThanReluLayers() {
        List<Double> sigmoid = new ArrayList<>(), relu = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            sigmoid.add(firstOverLastHidden(Activation.SIGMOID, Init.GLOROT_UNIFORM, seed));
            relu.add(firstOverLastHidden(Activation.RELU, Init.HE, seed));
        }
        for (double r : sigmoid) assertTrue(r < 1.0 / 50, "sigmoid ratios " + sigmoid);
        double[] sorted = relu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertTrue(sorted[2] > 1.0 / 5, "relu ratios " + Arrays.toString(sorted));
        System.out.println("first/last hidden ‖∂C/∂b‖ — sigmoid+Glorot: " + sigmoid + ", relu+He: " + relu);
    }
}
