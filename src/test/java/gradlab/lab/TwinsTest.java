package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Generators;
import gradlab.explain.GradientNorms;
import gradlab.nn.Activation;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
        var data = Generators.generate(Generators.Spec.of("circle", 60, 0, 1));
        TrainingConfig config = TrainingConfig.defaults(Loss.QUADRATIC);
        Twins.Setup activation = Twins.varying(net, data, config, "hidden activation");
        Network a = activation.twins().get(0).network(), b = activation.twins().get(1).network();
        assertEquals(Activation.RELU, b.layer(0).activation());
        assertEquals(a.layer(2).activation(), b.layer(2).activation(), "the output layer is kept");
        assertArrayEquals(a.layer(0).weights().value().data, b.layer(0).weights().value().data, "same starting weights");
        Twins.Setup rate = Twins.varying(net, data, config, "learning rate");
        assertEquals(10 * config.learningRate(), rate.twins().get(1).config().learningRate(), 1e-15);
        assertEquals(net.depth() + 1, Twins.varying(net, data, config, "depth").twins().get(1).network().depth());
        assertTrue(Twins.unitsIdentical(Twins.varying(net, data, config, "init").twins().get(1).network(), 0));
    }

    /** Issue 16: the sigmoid twin's ratio drifts from 2553× smaller toward 1 as it trains; where it started stays in the picture. */
    @Test
    void thePictureKeepsTheStartingRatioAndTheRatioOverTheEpochs() {
        Twins.Run run = new Twins.Run(Twins.preset(Twins.Preset.SIGMOID_VS_RELU));
        Twins.TwinPicture start = run.picture().twins().get(0);
        assertEquals(start.startRatio(), start.ratio());
        assertTrue(1 / start.startRatio() > 1000, "the sigmoid twin starts " + 1 / start.startRatio() + "× smaller");
        for (int e = 0; e < 12; e++) run.epoch();
        Twins.Picture after = run.picture();
        assertEquals(12, after.epoch());
        Twins.TwinPicture sigmoid = after.twins().get(0);
        assertEquals(start.startRatio(), sigmoid.startRatio(), "the start is kept");
        assertEquals(List.of(0.0, 5.0, 10.0), sigmoid.ratios().stream().map(p -> p[0]).toList(), "measured every 5 epochs");
        assertEquals(12, sigmoid.losses().size(), "a loss after every epoch");
        assertTrue(sigmoid.layered());
    }

    @Test
    void aLongRunKeepsBoundedSeries() {
        Twins.Run run = new Twins.Run(Twins.preset(Twins.Preset.QUADRATIC_VS_CROSS_ENTROPY));
        for (int e = 0; e < 3000 && run.canTrain(); e++) run.epoch();
        Twins.TwinPicture t = run.picture().twins().get(0);
        assertTrue(t.losses().size() <= Twins.Run.KEPT && t.ratios().size() <= Twins.Run.KEPT);
        assertEquals(run.epochs(), t.losses().get(t.losses().size() - 1)[0], "the last epoch is always kept");
        assertFalse(t.layered(), "one neuron: no ratio between layers");
    }

    /** The runner trains only on its executor and publishes pictures; twins replaced meanwhile publish nothing. */
    @Test
    void theRunnerWorksOnlyOnItsExecutorAndDropsStaleWork() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        List<Twins.Picture> seen = new ArrayList<>();
        Twins.Runner runner = new Twins.Runner(queue::add, seen::add);
        Twins.Setup first = Twins.preset(Twins.Preset.SGD_VS_MOMENTUM);
        runner.load(first);
        runner.epochs(10);
        assertTrue(seen.isEmpty(), "nothing ran on the caller's thread");
        while (!queue.isEmpty()) queue.poll().run();
        assertEquals(List.of(0, 10), seen.stream().map(Twins.Picture::epoch).toList());
        runner.epochs(10);
        runner.load(Twins.preset(Twins.Preset.ZEROS_VS_GLOROT));
        while (!queue.isEmpty()) queue.poll().run();
        assertEquals(3, seen.size(), "the 10 epochs asked for the old twins published nothing");
        assertEquals(0, seen.get(2).epoch());
        assertTrue(seen.get(2).setup() != first);
        runner.close();
    }
}
