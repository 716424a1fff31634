package gradlab.app.lab.session;

import gradlab.lab.EngineRunner;
import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.TrainingSnapshot;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The run follows the lab: what a change does to it, and that the lab itself knows nothing of training. */
class TrainingModelTest {
    private final LabModel lab = new LabModel();
    private final ImmediateExecutor executor = new ImmediateExecutor();
    private final TrainingModel training = new TrainingModel(lab, EngineRunner.on(executor));

    @AfterEach
    void stop() { training.close(); }

    /** Ticks frames as the window does, one chunk of training between two, until the run has trained {@code epochs} epochs. */
    private TrainingSnapshot trainedTo(int epochs) {
        while (true) {
            training.onFrame();
            TrainingSnapshot s = training.snapshotProperty().get();
            if (s != null && s.epoch() >= epochs) return s;
            if (executor.runScheduled(1) == 0) throw new AssertionError("no epoch " + epochs + ": the run stopped at " + (s == null ? "none" : s.epoch()));
        }
    }

    /** Runs what the trainer still has queued (nothing is playing) and ticks a frame: what it shows then. */
    private TrainingSnapshot settled() {
        assertTrue(!training.playingProperty().get(), "settled only after a pause");
        executor.runScheduled(Integer.MAX_VALUE);
        training.onFrame();
        return training.snapshotProperty().get();
    }

    @Test
    void anEditGoesOnWithTheRunAndNewDataStartsOver() throws Exception {
        training.stepEpoch();
        trainedTo(1);
        int revision = lab.revisionProperty().get();
        lab.setParameter("layers.0.biases[0]", 0.25);
        assertTrue(lab.revisionProperty().get() > revision);
        assertEquals(1, training.snapshotProperty().get().epoch(), "an edit keeps the loss curve going");
        lab.set(Settings.NOISE, 0.2);
        assertEquals(0, training.snapshotProperty().get().epoch(), "new data: a new run");
    }

    @Test
    void theLearningRateChangesTheRunLiveAndTheOptimizerRestartsIt() throws Exception {
        training.stepEpoch();
        TrainingSnapshot trained = trainedTo(1);
        lab.set(Settings.LEARNING_RATE, 0.1);
        assertSame(trained, training.snapshotProperty().get(), "a live setting does not rebuild the trainer");
        lab.set(Settings.OPTIMIZER, "adam");
        assertEquals(1, training.snapshotProperty().get().epoch(), "a new optimizer goes on from the same epoch");
    }

    @Test
    void playingIsOneUndoStep() throws Exception {
        training.stepEpoch();
        trainedTo(1);
        double atPlay = lab.network().get("layers.0.weights[0,0]");
        training.play();
        trainedTo(3);
        training.pause();
        assertTrue(atPlay != lab.network().get("layers.0.weights[0,0]"), "the run moved the weight");
        TrainingSnapshot played = training.snapshotProperty().get();
        lab.undo();
        assertEquals(atPlay, lab.network().get("layers.0.weights[0,0]"), "undo goes back to the weights Play started from");
        TrainingSnapshot back = settled();
        assertEquals(1, back.epoch(), "and to the epoch and loss curve of that moment, not the undone run's");
        assertEquals(1, back.history().length);
        assertTrue(played.epoch() >= 3);
        lab.redo();
        assertEquals(played.epoch(), settled().epoch(), "redo brings the run back");
    }

    /** The lab announces runs and never reaches back: none of its fields is one of the models that follow it. */
    @Test
    void theLabHoldsNoModelThatFollowsIt() {
        List<String> followers = List.of("TrainingModel", "TrainingSession", "StepperModel", "Selection", "OutputModel", "DiagramModel");
        for (Field f : LabModel.class.getDeclaredFields()) {
            assertTrue(followers.stream().noneMatch(n -> f.getType().getSimpleName().equals(n)), f + " is a back-reference");
        }
    }

    /**
     * The trainer for new weights or new data is made on the engine (copying 100,000 samples is no work for
     * the screen's thread): until it is made no frame shows the old run, whose weights are not the lab's any more.
     */
    @Test
    void untilTheNewTrainerIsMadeNoFrameShowsTheOldOne() {
        training.stepEpoch();
        trainedTo(1);
        executor.hold();   // the engine busy: the next trainer is not made yet
        lab.reset();
        double[] fresh = lab.network().layer(0).weights().value().data.clone();
        training.onFrame();
        assertArrayEquals(fresh, lab.network().layer(0).weights().value().data, "the new weights stay on show");
        assertEquals(1, executor.release());
        training.onFrame();
        assertEquals(0, training.snapshotProperty().get().epoch(), "the new run from the next frame on");
        assertArrayEquals(fresh, lab.network().layer(0).weights().value().data);
    }
}
