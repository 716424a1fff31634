package gradlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The network's gradients against the course notes' hand derivations. */
class BackpropDerivationTest {

    static double sigmoid(double z) { return 1 / (1 + Math.exp(-z)); }

    /**
     * Notes 003, a 2-3-2 network with sigmoid units and L2 loss:
     * ∂L/∂w_ij = Σ_k (y_k − t_k) y_k(1 − y_k) u_jk h_j(1 − h_j) x_i and ∂L/∂u_jk = (y_k − t_k) y_k(1 − y_k) h_j.
     * The notes write w_ij from input i to hidden j; our W(1) has one row per unit, so w_ij is W1[j][i].
     */
    @Test
    void twoThreeTwoSigmoidL2GradientsEqualTheNotesDerivation() {
        double[] x = {0.7, -1.2};
        double[] t = {1, 0};
        double[][] w = {{0.1, 0.4}, {-0.2, 0.3}, {0.5, -0.6}};        // W1: 3 x 2
        double[] b1 = {0.1, 0.0, -0.1};
        double[][] u = {{0.7, -0.3, 0.2}, {-0.5, 0.6, 0.1}};         // W2: 2 x 3
        double[] b2 = {0.05, -0.05};
        Network net = new Network("2-3-2", Features.plain(2), List.of(
                layer(w, b1, Activation.SIGMOID), layer(u, b2, Activation.SIGMOID)), null, Init.ZEROS, null);

        NetworkGraph.Result result = net.backprop(x, t, Loss.QUADRATIC);

        double[] h = new double[3], y = new double[2];
        for (int j = 0; j < 3; j++) h[j] = sigmoid(w[j][0] * x[0] + w[j][1] * x[1] + b1[j]);
        for (int k = 0; k < 2; k++) y[k] = sigmoid(u[k][0] * h[0] + u[k][1] * h[1] + u[k][2] * h[2] + b2[k]);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 2; i++) {
                double expected = 0;
                for (int k = 0; k < 2; k++) expected += (y[k] - t[k]) * y[k] * (1 - y[k]) * u[k][j] * h[j] * (1 - h[j]) * x[i];
                assertEquals(expected, result.layers().get(0).dW()[j][i], 1e-15, "∂L/∂w_" + (i + 1) + (j + 1));
            }
        }
        for (int k = 0; k < 2; k++) {
            double deltaK = (y[k] - t[k]) * y[k] * (1 - y[k]);
            assertEquals(deltaK, result.layers().get(1).delta()[k], 1e-15, "δ_k = (y_k − t_k) y_k (1 − y_k)");
            for (int j = 0; j < 3; j++) {
                assertEquals(deltaK * h[j], result.layers().get(1).dW()[k][j], 1e-15, "∂L/∂u_" + (j + 1) + (k + 1) + " = δ_k h_j");
            }
        }
        double loss = 0.5 * ((y[0] - t[0]) * (y[0] - t[0]) + (y[1] - t[1]) * (y[1] - t[1]));
        assertEquals(loss, result.loss(), 1e-15);
    }

    @Test
    void theXorByHandNetworkOutputs_0_1_1_0() {
        Network xor = new Network("xor", Features.plain(2), List.of(
                layer(new double[][] {{1, 1}, {-1, -1}}, new double[] {-0.5, 1.5}, Activation.STEP),
                layer(new double[][] {{1, 1}}, new double[] {-1.5}, Activation.STEP)), Loss.QUADRATIC, Init.ZEROS, null);
        assertArrayEquals(new double[] {0}, xor.predict(new double[] {0, 0}));
        assertArrayEquals(new double[] {1}, xor.predict(new double[] {0, 1}));
        assertArrayEquals(new double[] {1}, xor.predict(new double[] {1, 0}));
        assertArrayEquals(new double[] {0}, xor.predict(new double[] {1, 1}));
    }

    @Test
    void softmaxWithCrossEntropyGivesDeltaEqualToOutputMinusTarget() {
        Network net = new Network("soft", Features.plain(2), List.of(
                layer(new double[][] {{0.3, -0.1}, {0.2, 0.5}, {-0.4, 0.1}}, new double[] {0, 0.1, -0.1}, Activation.SOFTMAX)),
                null, Init.ZEROS, null);
        NetworkGraph.Result r = net.backprop(new double[] {1, 2}, new double[] {0, 1, 0}, Loss.CROSS_ENTROPY);
        double[] a = r.output();
        double[] delta = r.layers().get(0).delta();
        assertArrayEquals(new double[] {a[0], a[1] - 1, a[2]}, delta, 1e-15);
        assertEquals(-Math.log(a[1]), r.loss(), 1e-15, "log-likelihood −ln a_y");
    }

    @Test
    void fullBatchGradientIsTheMeanOfPerSampleGradients() {
        Network net = Network.create(Features.plain(2), new int[] {3, 1},
                new Activation[] {Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 3);
        double[][] xs = {{0.1, 0.2}, {-1, 0.5}, {0.7, -0.3}};
        double[][] ts = {{1}, {0}, {1}};
        double[][] mean = new double[3][2];
        for (int s = 0; s < 3; s++) {
            double[][] dW = net.backprop(xs[s], ts[s], Loss.BINARY_CROSS_ENTROPY).layers().get(0).dW();
            for (int r = 0; r < 3; r++) for (int c = 0; c < 2; c++) mean[r][c] += dW[r][c] / 3;
        }
        NetworkGraph batch = new NetworkGraph(net, 3, Loss.BINARY_CROSS_ENTROPY);
        for (int s = 0; s < 3; s++) {
            batch.setRawInput(s, xs[s]);
            batch.setTarget(s, ts[s]);
        }
        batch.forwardBackward();
        double[][] got = net.layer(0).weights().gradToArray();
        for (int r = 0; r < 3; r++) assertArrayEquals(mean[r], got[r], 1e-15);
    }

    static Layer layer(double[][] weights, double[] biases, Activation activation) {
        Layer layer = new Layer(weights.length, weights[0].length, activation);
        layer.weights().set(weights);
        layer.biases().set(new double[][] {biases});
        return layer;
    }
}
