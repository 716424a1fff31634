package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.lab.TargetEncoding;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingConfig;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import org.junit.jupiter.api.Test;

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

    @Test
    void reusingTheLowerLayersGivesWhatAFullPassGives() {
        Network net = b2();
        NetworkSlice slice = new NetworkSlice(net, CIRCLE, Loss.QUADRATIC, "layers.3.weights[0,2]", "layers.2.weights[1,4]");
        Network changed = net.copy();
        changed.set("layers.3.weights[0,2]", 1.7);
        changed.set("layers.2.weights[1,4]", -0.3);
        NetworkGraph full = new NetworkGraph(changed, CIRCLE.size(), Loss.QUADRATIC);
        TargetEncoding encoding = TargetEncoding.forNetwork(changed, CIRCLE);
        for (int i = 0; i < CIRCLE.size(); i++) {
            full.setRawInput(i, CIRCLE.input(i));
            full.setTarget(i, encoding.encode(CIRCLE.target(i)));
        }
        assertEquals(full.forward(), slice.lossAt(1.7, -0.3), 1e-12);
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
