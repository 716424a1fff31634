package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.TargetEncoding;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingConfig;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkSliceTest {
    static final Dataset CIRCLE = Generators.generate(Generators.Spec.of("circle", 120, 0.1, 5));

    static Network b2() {
        return Network.create(Features.plain(2), new int[] {8, 8, 8, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH, Activation.TANH}, Init.GLOROT_UNIFORM, 3);
    }

    @Test
    void theCentreIsTheNetworksTrainingLoss() {
        Network net = b2();
        NetworkSlice.Result r = new NetworkSlice(net, CIRCLE, Loss.QUADRATIC, "layers.0.weights[0,1]", "layers.2.biases[3]").compute(0.5, 11);
        Trainer trainer = new Trainer(net, CIRCLE, null, TrainingConfig.defaults(Loss.QUADRATIC));
        assertEquals(trainer.evaluateTraining().loss(), r.centerLoss(), 1e-12);
        assertEquals(net.get("layers.0.weights[0,1]"), r.x()[5], 1e-15);
        assertEquals(net.get("layers.0.weights[0,1]") - 0.5, r.x()[0], 1e-15);
        assertEquals(net.get("layers.2.biases[3]") + 0.5, r.y()[10], 1e-15);
    }

    /** The loss of a whole forward pass of {@code net} with the two parameters set, as training computes it. */
    static double fullPass(Network net, Dataset data, Loss loss, String axisX, double x, String axisY, double y) {
        Network changed = net.copy();
        changed.set(axisX, x);
        changed.set(axisY, y);
        NetworkGraph full = new NetworkGraph(changed, data.size(), loss);
        TargetEncoding encoding = TargetEncoding.forNetwork(changed, data);
        for (int i = 0; i < data.size(); i++) {
            full.setRawInput(i, data.input(i));
            full.setTarget(i, encoding.encode(data.target(i)));
        }
        return full.forward();
    }

    @Test
    void reusingTheLowerLayersGivesWhatAFullPassGives() {
        Network net = b2();
        NetworkSlice slice = new NetworkSlice(net, CIRCLE, Loss.QUADRATIC, "layers.3.weights[0,2]", "layers.2.weights[1,4]");
        assertEquals(fullPass(net, CIRCLE, Loss.QUADRATIC, "layers.3.weights[0,2]", 1.7, "layers.2.weights[1,4]", -0.3),
                slice.lossAt(1.7, -0.3), 1e-12);
    }

    /**
     * Replaying only the units an axis feeds is the same arithmetic in the same order as the graph's pass,
     * so every grid point is the full pass's loss to the last bit, for every activation and loss, any pair of
     * axes, and the graph fallback of a hidden softmax.
     */
    @ParameterizedTest(name = "{0}: {1} × {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tanh         | layers.0.weights[0,0] | layers.0.weights[0,1]
            tanh         | layers.0.weights[2,1] | layers.0.biases[5]
            tanh         | layers.3.weights[0,0] | layers.3.weights[0,7]
            tanh         | layers.1.weights[4,4] | layers.3.biases[0]
            sigmoid      | layers.0.weights[1,0] | layers.2.weights[0,3]
            relu         | layers.0.biases[3]    | layers.1.weights[6,2]
            leaky-relu   | layers.0.weights[7,1] | layers.0.weights[0,0]
            step         | layers.1.biases[2]    | layers.2.biases[2]
            identity     | layers.0.weights[3,0] | layers.3.weights[0,1]
            softmax      | layers.0.weights[0,0] | layers.1.weights[1,1]
            softmax      | layers.2.weights[0,0] | layers.3.weights[0,1]
            """)
    void everyGridPointIsAFullPassToTheLastBit(String hidden, String axisX, String axisY) {
        Activation act = Activation.byName(hidden).orElseThrow();
        Network net = Network.create(Features.plain(2), new int[] {8, 8, 8, 1}, new Activation[] {act, act, act, Activation.SIGMOID},
                Init.HE, 11);
        NetworkSlice slice = new NetworkSlice(net, CIRCLE, Loss.BINARY_CROSS_ENTROPY, axisX, axisY);
        for (double[] p : new double[][] {{net.get(axisX), net.get(axisY)}, {0.37, -1.25}, {-2.5, 3.0}}) {
            assertEquals(fullPass(net, CIRCLE, Loss.BINARY_CROSS_ENTROPY, axisX, p[0], axisY, p[1]), slice.lossAt(p[0], p[1]), 0.0);
        }
    }

    @Test
    void aSoftmaxOutputWithCrossEntropyIsReplayedExactly() {
        Dataset blobs = Generators.generate(Generators.Spec.of("blobs", 90, 0.2, 4));
        Network net = Network.create(Features.named(List.of("x1", "x2", "x1*x2", "sin(x1)")), new int[] {6, 3},
                new Activation[] {Activation.TANH, Activation.SOFTMAX}, Init.GLOROT_UNIFORM, 2);
        for (String[] axes : new String[][] {{"layers.0.weights[0,2]", "layers.0.weights[4,3]"}, {"layers.1.weights[2,5]", "layers.1.biases[0]"}}) {
            NetworkSlice slice = new NetworkSlice(net, blobs, Loss.CROSS_ENTROPY, axes[0], axes[1]);
            assertEquals(fullPass(net, blobs, Loss.CROSS_ENTROPY, axes[0], 0.8, axes[1], -0.6), slice.lossAt(0.8, -0.6), 0.0);
            assertEquals(fullPass(net, blobs, Loss.CROSS_ENTROPY, axes[0], net.get(axes[0]), axes[1], net.get(axes[1])),
                    slice.compute(1, 3).centerLoss(), 0.0);
        }
    }

    @Test
    void theCallersNetworkIsNeverTouched() {
        Network net = b2();
        double before = net.get("layers.1.biases[0]");
        new NetworkSlice(net, CIRCLE, Loss.QUADRATIC, "layers.1.biases[0]", "layers.1.biases[1]").compute(1, 5);
        assertEquals(before, net.get("layers.1.biases[0]"));
    }

    @Test
    void badAxesAreRefused() {
        Network net = b2();
        assertThrows(IllegalArgumentException.class, () -> new NetworkSlice(net, CIRCLE, Loss.QUADRATIC, "layers.9.biases[0]", "layers.1.biases[1]"));
        assertEquals("the two axes name the same parameter layers.1.biases[1]", assertThrows(IllegalArgumentException.class,
                () -> new NetworkSlice(net, CIRCLE, Loss.QUADRATIC, "layers.1.biases[1]", "layers.1.biases[1]")).getMessage());
    }
}
