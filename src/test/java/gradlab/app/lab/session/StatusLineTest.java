package gradlab.app.lab.session;

import gradlab.lab.EngineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Settings;
import gradlab.lab.Trainer;
import org.junit.jupiter.api.Test;

/** A message on the status line lasts until the next action works, and never names a Java exception. */
class StatusLineTest {
    private final ImmediateExecutor executor = new ImmediateExecutor();
    private final LabModel lab = new LabModel();
    private final TrainingModel training = new TrainingModel(lab, EngineRunner.on(executor));

    @Test
    void anUnexpectedProblemIsToldInWordsAndTheNextActionThatWorksClearsIt() {
        lab.status().unexpected(new NullPointerException("Cannot invoke \"javafx.scene.Scene.getWindow()\""));
        String said = lab.status().messageProperty().get();
        assertTrue(said.startsWith("Something went wrong"), said);
        assertFalse(said.contains("java.") || said.contains("Exception"), said);
        assertTrue(lab.status().errorProperty().get());
        lab.set(Settings.BATCH, 20);   // a setting taken
        assertEquals("", lab.status().messageProperty().get(), "not for the rest of the session");

        lab.set(Settings.BATCH, 0);
        assertTrue(lab.status().errorProperty().get(), "a refused value is an error");
        training.stepEpoch();
        assertFalse(lab.status().errorProperty().get(), "a training step that works clears it");
    }

    @Test
    void aFailureInTheTrainerIsToldInWordsAndGoesAwayWhenTheNextCommandWorks() {
        TrainingSession session = new TrainingSession(EngineRunner.on(executor));
        session.rebuild(lab.network(), lab.split(), lab.dataset(), lab.state().trainingConfig(), 1, false);
        session.submit(t -> { throw new IllegalStateException("no such layer"); });
        session.showLatest(lab.network().copy());
        String banner = session.bannerProperty().get();
        assertTrue(banner.startsWith("training stopped"), banner);
        assertTrue(banner.contains("no such layer"), banner);
        assertFalse(banner.contains("java.") || banner.contains("Exception"), banner);
        session.submit(Trainer::stepEpoch);
        for (int frame = 0; frame < 3; frame++) session.showLatest(lab.network().copy());
        assertEquals("", session.bannerProperty().get(), "the old banner does not come back");
        session.close();
    }
}
