package gradlab.app.lab.session;

import gradlab.lab.EngineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.Evaluator;
import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Settings;
import gradlab.lab.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** After a blow-up: the epoch is one number everywhere, and restoring the last good weights shows their loss. */
class RestoreTest {
    private final ImmediateExecutor executor = new ImmediateExecutor();
    private final LabModel lab = new LabModel();
    private final TrainingModel training = new TrainingModel(lab, EngineRunner.on(executor));

    /** Plays 20 good epochs, then raises the learning rate until the run diverges, a frame at a time. */
    private TrainingSnapshot diverge() {
        lab.set(Settings.DATA, "sine");
        training.play();
        for (int frame = 0; frame < 20; frame++) {
            executor.runScheduled(1);
            training.onFrame();
        }
        lab.set(Settings.LEARNING_RATE, 100.0);   // live: the run goes on with it
        for (int frame = 0; frame < 2000 && !training.snapshotProperty().get().diverged(); frame++) {
            executor.runScheduled(1);
            training.onFrame();
        }
        TrainingSnapshot s = training.snapshotProperty().get();
        assertTrue(s.diverged(), "lr 100 on sine blows up");
        assertTrue(s.epoch() > 0, "after some good epochs: " + s.epoch());
        return s;
    }

    @Test
    void aBlowUpNamesTheEpochEveryViewShows() {
        TrainingSnapshot s = diverge();
        TrainingModel.Progress p = training.progressProperty().get();
        assertEquals(s.epoch(), p.epoch());
        assertTrue(p.diverged());
        assertEquals("diverged after epoch " + p.epoch() + " (learning rate too large?)", training.bannerProperty().get());
    }

    @Test
    void restoringTheLastGoodWeightsShowsTheirLossAndTheBannerStaysAway() {
        diverge();
        training.restoreLastGood();
        training.onFrame();
        TrainingModel.Progress p = training.progressProperty().get();
        assertFalse(p.diverged());
        double actual = Evaluator.evaluate(lab.network(), lab.loss(), lab.split().training()).loss();
        assertEquals(actual, p.loss(), 1e-9 * Math.max(1, actual), "the loss shown is the loss of the weights shown");
        assertEquals("", training.bannerProperty().get());
        for (int frame = 0; frame < 5; frame++) training.onFrame();
        assertEquals("", training.bannerProperty().get(), "the old banner does not come back");
    }
}
