package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.optim.Optimizers;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TrainerTest {
    static final Dataset XOR_TABLE = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 0));

    static Network xorNet(long seed) {
        return Network.create(Features.plain(2), new int[] {4, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID},
                Init.GLOROT_UNIFORM, seed);
    }

    static TrainingConfig adam(double rate, long seed) {
        return new TrainingConfig(Loss.BINARY_CROSS_ENTROPY, "adam", rate, Optimizers.Settings.defaults(), 4, seed, true, 0, 0, 0);
    }

    @Test
    void xorWithAdamReachesLossBelowFiveHundredthsForAtLeastNineOfTenSeeds() {
        int solved = 0;
        StringBuilder losses = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            Trainer trainer = new Trainer(xorNet(seed), XOR_TABLE, null, adam(0.05, seed));
            for (int e = 0; e < 500; e++) trainer.stepEpoch();
            losses.append(String.format("%.4f ", trainer.trainingLoss()));
            if (trainer.trainingLoss() < 0.05) solved++;
        }
        assertTrue(solved >= 9, "solved " + solved + "/10; losses " + losses);
    }

    @Test
    void aLearningRateOfAHundredEndsInTheDivergedStateNotInNaN() {
        Trainer trainer = new Trainer(xorNet(1), XOR_TABLE, null,
                new TrainingConfig(Loss.BINARY_CROSS_ENTROPY, "sgd", 100, Optimizers.Settings.defaults(), 4, 1, true, 0, 0, 0));
        for (int e = 0; e < 500 && trainer.canTrain(); e++) trainer.stepEpoch();
        TrainingSnapshot snapshot = trainer.snapshot();
        assertTrue(snapshot.diverged(), "status " + snapshot.status());
        assertTrue(snapshot.message().matches("diverged after epoch " + snapshot.epoch() + " \\(learning rate too large\\?\\)"), snapshot.message());
        for (History.Entry entry : snapshot.history()) assertTrue(Double.isFinite(entry.trainingLoss()));
        trainer.restoreLastGood();
        assertTrue(trainer.canTrain());
        for (var p : trainer.network().parameters()) for (double v : p.value().data) assertTrue(Double.isFinite(v));
    }

    @Test
    void noShuffleWithFullBatchesIsDeterministic_andTheSameSeedGivesTheSameRun() {
        Dataset circle = Generators.generate(Generators.Spec.of("circle", 60, 0.1, 3));
        for (boolean shuffle : new boolean[] {false, true}) {
            double[] first = null;
            for (int run = 0; run < 2; run++) {
                Network net = xorNet(9);
                TrainingConfig config = adam(0.01, 9).withBatchSize(shuffle ? 7 : 60).withSeed(9, shuffle);
                Trainer trainer = new Trainer(net, circle, null, config);
                for (int e = 0; e < 20; e++) trainer.stepEpoch();
                double[] weights = net.layer(0).weights().value().data.clone();
                if (first == null) first = weights; else assertArrayEquals(first, weights, 0.0, "shuffle " + shuffle);
            }
        }
    }

    @Test
    void oneFullBatchStepIsSgdWithTheMeanOfThePerSampleGradients() {
        Network net = xorNet(4);
        Network reference = net.copy();
        double rate = 0.5;
        Trainer trainer = new Trainer(net, XOR_TABLE, null,
                new TrainingConfig(Loss.BINARY_CROSS_ENTROPY, "sgd", rate, Optimizers.Settings.defaults(), 4, 1, false, 0, 0, 0));
        trainer.stepBatch();
        double[] expected = reference.layer(0).weights().value().data.clone();
        for (int s = 0; s < 4; s++) {
            double[][] dW = reference.backprop(XOR_TABLE.input(s), XOR_TABLE.target(s), Loss.BINARY_CROSS_ENTROPY).layers().get(0).dW();
            for (int r = 0; r < dW.length; r++) for (int c = 0; c < dW[r].length; c++) expected[r * 2 + c] -= rate * dW[r][c] / 4;
        }
        assertArrayEquals(expected, net.layer(0).weights().value().data, 1e-15);
    }

    @Test
    void fullBatchTrainingThatReusesTheEvaluationPassEqualsPlainGradientDescent() {
        Dataset circle = Generators.generate(Generators.Spec.of("circle", 40, 0.1, 2));
        Network trained = xorNet(5), manual = trained.copy();
        Trainer trainer = new Trainer(trained, circle, null,
                new TrainingConfig(Loss.BINARY_CROSS_ENTROPY, "sgd", 0.3, Optimizers.Settings.defaults(), 40, 1, true, 0, 0, 0));
        NetworkGraph graph = new NetworkGraph(manual, 40, Loss.BINARY_CROSS_ENTROPY);
        for (int i = 0; i < 40; i++) {
            graph.setRawInput(i, circle.input(i));
            graph.setTarget(i, circle.target(i));
        }
        for (int epoch = 0; epoch < 5; epoch++) {
            trainer.stepEpoch();
            graph.forwardBackward();
            for (var p : manual.parameters()) {
                for (int i = 0; i < p.value().data.length; i++) p.value().data[i] -= 0.3 * p.grad().data[i];
            }
            assertEquals(graph.forward(), trainer.trainingLoss(), 1e-12, "epoch " + (epoch + 1));
        }
        for (int p = 0; p < manual.parameters().size(); p++) {
            assertArrayEquals(manual.parameters().get(p).value().data, trained.parameters().get(p).value().data, 1e-12);
        }
    }

    @Test
    void stepsGoOneSampleOrOneBatchAtATimeAndAnEpochEndsAfterAllSamples() {
        Dataset data = Generators.generate(Generators.Spec.of("gauss", 25, 0, 1));
        Trainer trainer = new Trainer(xorNet(1), data, null, adam(0.01, 1).withBatchSize(10));
        trainer.stepSample();
        assertEquals(1, trainer.positionInEpoch());
        trainer.stepBatch();
        assertEquals(11, trainer.positionInEpoch());
        trainer.stepBatch();
        trainer.stepBatch();                         // the last, smaller batch: 4 samples
        assertEquals(1, trainer.epoch());
        assertEquals(0, trainer.positionInEpoch());
        assertEquals(4, trainer.updates());
        trainer.stepEpoch();
        assertEquals(2, trainer.epoch());
        assertEquals(2, trainer.history().size());
    }

    @Test
    void dropoutIsOnWhileTrainingAndOffAtEvaluation() {
        Network net = Network.create(Features.plain(2), new int[] {50, 1}, new Activation[] {Activation.RELU, Activation.SIGMOID}, Init.HE, 2);
        net.layer(0).setDropout(0.5);
        double[] x = {0.3, -0.7};
        double evaluated = net.predict(x)[0];
        assertEquals(evaluated, net.predict(x)[0], 0.0, "evaluation has no randomness");
        NetworkGraph training = new NetworkGraph(net, 1, Loss.QUADRATIC, new Random(1));
        training.setRawInput(0, x);
        boolean differs = false;
        for (int i = 0; i < 10; i++) {
            training.forwardOnly();
            differs |= training.output().get(0, 0) != evaluated;
        }
        assertTrue(differs, "training passes drop units");
    }

    @Test
    void earlyStoppingStopsWhenValidationLossStopsImproving_andKeepsTheBestWeights() {
        Dataset data = Generators.generate(Generators.Spec.of("gauss", 60, 0.5, 1));
        Dataset.Split split = data.split(0.5, 1);
        Network net = Network.create(Features.plain(2), new int[] {30, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 1);
        Trainer trainer = new Trainer(net, split.training(), split.validation(),
                adam(0.05, 1).withPenalties(0, 0, 5).withBatchSize(5));
        for (int e = 0; e < 2000 && trainer.canTrain(); e++) trainer.stepEpoch();
        assertEquals(TrainingSnapshot.Status.STOPPED_EARLY, trainer.status());
        assertTrue(trainer.epoch() < 2000);
        assertTrue(trainer.message().startsWith("stopped early at epoch " + trainer.epoch()), trainer.message());
    }

    /** After early stopping the losses and accuracies are those of the weights kept, not of the last epoch's. */
    @Test
    void afterEarlyStoppingTheFiguresAreTheKeptWeights() {
        Dataset data = Generators.generate(Generators.Spec.of("gauss", 60, 0.5, 1));
        Dataset.Split split = data.split(0.5, 1);
        Network net = Network.create(Features.plain(2), new int[] {30, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 1);
        Trainer trainer = new Trainer(net, split.training(), split.validation(),
                adam(0.05, 1).withPenalties(0, 0, 5).withBatchSize(5));
        for (int e = 0; e < 2000 && trainer.canTrain(); e++) trainer.stepEpoch();
        assertEquals(TrainingSnapshot.Status.STOPPED_EARLY, trainer.status());
        assertEquals(trainer.epoch() - 5, trainer.keptEpoch(), "patience 5: the best epoch is five before the last");
        History.Entry kept = trainer.history().get(trainer.keptEpoch() - 1), last = trainer.history().get(trainer.epoch() - 1);
        assertEquals(kept.epoch(), trainer.keptEpoch());
        assertEquals(kept.trainingLoss(), trainer.trainingLoss());
        assertEquals(kept.validationLoss(), trainer.validationLoss());
        assertEquals(kept.trainingAccuracy(), trainer.trainingAccuracy());
        assertEquals(kept.validationAccuracy(), trainer.validationAccuracy());
        assertTrue(last.validationLoss() > kept.validationLoss());
        assertEquals(trainer.trainingLoss(), trainer.evaluateTraining().loss(), 1e-12, "the network holds the kept weights");
        assertEquals(trainer.trainingLoss(), trainer.snapshot().trainingLoss());
    }

    @Test
    void l2ShrinksWeightsComparedWithNoPenalty() {
        double[] norms = new double[2];
        double[] penalties = {0, 0.1};
        for (int i = 0; i < 2; i++) {
            Network net = xorNet(3);
            Trainer trainer = new Trainer(net, XOR_TABLE, null, adam(0.05, 3).withPenalties(0, penalties[i], 0));
            for (int e = 0; e < 300; e++) trainer.stepEpoch();
            for (double w : net.layer(0).weights().value().data) norms[i] += w * w;
        }
        assertTrue(norms[1] < norms[0], "‖W‖² with L2 " + norms[1] + " vs without " + norms[0]);
    }

    @Test
    void historyRecordsGradientNormsAndUpdateRatiosPerLayer() {
        Trainer trainer = new Trainer(xorNet(1), XOR_TABLE, null, adam(0.05, 1));
        trainer.stepEpoch();
        History.Entry entry = trainer.history().last();
        assertEquals(2, entry.gradientNorms().length);
        assertTrue(entry.gradientNorms()[0] > 0 && entry.updateRatios()[0] > 0);
        double correct = entry.trainingAccuracy() * 4;
        assertEquals(Math.rint(correct), correct, 1e-12, "accuracy is the fraction of the 4 samples classified right");
    }

    @Test
    void historyStaysBoundedOverAMillionEpochsAndKeepsItsShape() {
        History history = new History(1000);
        for (int e = 1; e <= 1_000_000; e++) history.add(new History.Entry(e, 1.0 / e, Double.NaN, Double.NaN, Double.NaN, null, null));
        assertTrue(history.size() <= 1000 && history.size() >= 400, "size " + history.size());
        assertTrue(history.last().epoch() > 990_000);
        for (int i = 1; i < history.size(); i++) assertTrue(history.get(i).epoch() > history.get(i - 1).epoch());
    }

    @Test
    void theLearningRateCanChangeMidRunWithoutResettingTheNetwork() {
        Trainer trainer = new Trainer(xorNet(1), XOR_TABLE, null, adam(0.05, 1));
        for (int e = 0; e < 50; e++) trainer.stepEpoch();
        double before = trainer.trainingLoss();
        trainer.setLearningRate(0.01);
        trainer.stepEpoch();
        assertEquals(51, trainer.epoch());
        assertEquals(0.01, trainer.optimizer().learningRate());
        assertTrue(Math.abs(trainer.trainingLoss() - before) < 0.1);
    }

    @Test
    void theRunnerTrainsInTheBackgroundAndPublishesSnapshots() throws Exception {
        List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();
        ImmediateExecutor executor = new ImmediateExecutor();
        try (TrainingRunner runner = new TrainingRunner(new Trainer(xorNet(1), XOR_TABLE, null, adam(0.05, 1)), seen::add, EngineRunner.on(executor))) {
            runner.setEpochsPerChunk(5);
            runner.play();
            assertEquals(5, runner.latest().epoch(), "the first chunk runs at once");
            assertEquals(9, executor.runScheduled(9), "each chunk schedules the next while playing");
            runner.pause();
            assertEquals(1, executor.runScheduled(1), "the chunk queued before the pause runs");
            assertEquals(50, runner.latest().epoch(), "and trains nothing once paused");
            assertEquals(0, executor.runScheduled(1), "nothing more is scheduled");
            assertFalse(runner.isPlaying());
            assertTrue(runner.latest().epoch() >= 50);
            assertTrue(seen.size() >= 2);
        }
    }

    @Test
    void aFailureOnTheTrainingThreadStopsPlayingAndIsKept() throws Exception {
        try (TrainingRunner runner = new TrainingRunner(new Trainer(xorNet(1), XOR_TABLE, null, adam(0.05, 1)), null, EngineRunner.on(new ImmediateExecutor()))) {
            runner.submit(t -> { throw new IllegalStateException("boom"); });
            assertEquals("training stopped: something went wrong in the trainer (boom). Reset the weights or change a setting to go on.",
                    runner.failure(), "in words, without the exception's class name");
            assertFalse(runner.isPlaying());
            runner.stepEpoch();   // the runner still takes the next command
            assertEquals(1, runner.latest().epoch());
            assertEquals(null, runner.failure(), "a command that worked: the failure is over");
        }
    }

    @Test
    void aLongRunGoesOnAfterASettingChangedWithItsWholeHistory() {
        Trainer first = new Trainer(xorNet(1), XOR_TABLE, null, adam(0.001, 1));
        for (int e = 0; e < 8192; e++) first.stepEpoch();
        TrainingSnapshot before = first.snapshot();
        assertEquals(4096, before.history().length, "full, every 2nd epoch");
        Trainer next = new Trainer(xorNet(1), XOR_TABLE, null, adam(0.002, 1));
        next.continueFrom(before);
        for (int e = 0; e < 4; e++) next.stepEpoch();   // a full history whose epochs all fall on the next stride: was an index out of bounds
        assertEquals(8196, next.epoch());
        History.Entry[] h = next.snapshot().history();
        assertTrue(h.length <= 4096, "bounded: " + h.length);
        assertEquals(8196, h[h.length - 1].epoch(), "the newest epoch on the stride is kept");
        for (int i = 1; i < h.length; i++) assertTrue(h[i].epoch() > h[i - 1].epoch(), "in order");
    }
}
