package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.nn.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwinsTest {
    @Test
    void twinsStartFromIdenticalWeights() {
        for (Twins.Preset p : List.of(Twins.Preset.SIGMOID_VS_RELU, Twins.Preset.SGD_VS_MOMENTUM, Twins.Preset.QUADRATIC_VS_CROSS_ENTROPY)) {
            List<Twins.Twin> twins = Twins.preset(p).twins();
            Network a = twins.get(0).network(), b = twins.get(1).network();
            for (int l = 0; l < a.depth(); l++) {
                assertArrayEquals(a.layer(l).weights().value().data, b.layer(l).weights().value().data, p + " layer " + l);
                assertArrayEquals(a.layer(l).biases().value().data, b.layer(l).biases().value().data, p + " layer " + l);
            }
        }
    }

    @Test
    void theZeroInitTwinsHiddenUnitsStayEqualWhileGlorotsDiffer() {
        Twins.Run run = new Twins.Run(Twins.preset(Twins.Preset.ZEROS_VS_GLOROT));
        for (int e = 0; e < 30; e++) run.epoch();
        Network zeros = run.trainers().get(0).network(), glorot = run.trainers().get(1).network();
        assertTrue(Twins.unitsIdentical(zeros, 0) && Twins.unitsIdentical(zeros, 1), "symmetry is never broken");
        assertFalse(Twins.unitsIdentical(glorot, 0));
    }

    @Test
    void crossEntropyLeavesTheSaturatedStartFasterThanQuadratic() {
        Twins.Run run = new Twins.Run(Twins.preset(Twins.Preset.QUADRATIC_VS_CROSS_ENTROPY));
        for (int e = 0; e < 30; e++) run.epoch();
        double quadraticOut = run.trainers().get(0).network().predict(new double[] {1})[0];
        double crossEntropyOut = run.trainers().get(1).network().predict(new double[] {1})[0];
        assertTrue(crossEntropyOut < 0.5 && quadraticOut > 0.8, "after 30 steps: quadratic " + quadraticOut + ", cross-entropy " + crossEntropyOut);
    }

    @Test
    void sigmoidTwinsFirstLayerLearnsFarSlowerThanTheReluTwins() {
        Twins.Run run = new Twins.Run(Twins.preset(Twins.Preset.SIGMOID_VS_RELU));
        List<GradientNorms.Measurement> norms = run.norms();
        double sigmoid = norms.get(0).biasRatio(0, 4), relu = norms.get(1).biasRatio(0, 4);
        assertTrue(sigmoid < 1.0 / 50 && relu > 10 * sigmoid, "sigmoid " + sigmoid + ", relu " + relu);
    }

    @Test
    void explodingGradientsGrowTowardTheInput() {
        Twins.Run run = new Twins.Run(Twins.preset(Twins.Preset.EXPLODING));
        GradientNorms.Measurement big = run.norms().get(0);
        assertTrue(big.biasRatio(0, 4) > 10, "first over last hidden: " + big.biasRatio(0, 4));
        for (int e = 0; e < 20; e++) run.epoch();
        assertEquals(TrainingSnapshot.Status.DIVERGED, run.trainers().get(0).status());
        assertEquals(TrainingSnapshot.Status.READY, run.trainers().get(1).status());
    }

    @Test
    void aTwinOfAnyExperimentDiffersInTheChosenSettingOnly() {
        Network net = Presets.playground();
        var data = gradlab.data.Generators.generate(gradlab.data.Generators.Spec.of("circle", 60, 0, 1));
        TrainingConfig config = TrainingConfig.defaults(gradlab.nn.Loss.QUADRATIC);
        Twins.Setup activation = Twins.varying(net, data, config, "hidden activation");
        Network a = activation.twins().get(0).network(), b = activation.twins().get(1).network();
        assertEquals(gradlab.nn.Activation.RELU, b.layer(0).activation());
        assertEquals(a.layer(2).activation(), b.layer(2).activation(), "the output layer is kept");
        assertArrayEquals(a.layer(0).weights().value().data, b.layer(0).weights().value().data, "same starting weights");
        Twins.Setup rate = Twins.varying(net, data, config, "learning rate");
        assertEquals(10 * config.learningRate(), rate.twins().get(1).config().learningRate(), 1e-15);
        assertEquals(net.depth() + 1, Twins.varying(net, data, config, "depth").twins().get(1).network().depth());
        assertTrue(Twins.unitsIdentical(Twins.varying(net, data, config, "init").twins().get(1).network(), 0));
    }
}
