package gradlab.app.lab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.LabState;
import gradlab.lab.Presets;
import gradlab.lab.Settings;
import org.junit.jupiter.api.Test;

/** Every setting the student changes is one undo step; a lesson step's set-up is one step with its settings. */
class SettingsUndoTest {
    private final LabModel lab = new LabModel();

    @Test
    void eachSettingChangeIsOneUndoStepAndRedoBringsItBack() {
        double rate = lab.state().learningRate();
        int batch = lab.state().batch();
        assertFalse(lab.canUndoProperty().get(), "a fresh lab has nothing to undo");
        lab.set(Settings.LEARNING_RATE, 0.05);
        assertTrue(lab.canUndoProperty().get(), "Edit → Undo is on after a setting alone");
        lab.set(Settings.BATCH, 32);
        lab.undo();
        assertEquals(batch, lab.state().batch(), "the first undo takes back the batch size");
        assertEquals(0.05, lab.state().learningRate(), "and only it");
        lab.undo();
        assertEquals(rate, lab.state().learningRate(), "the second takes back the learning rate");
        lab.redo();
        lab.redo();
        assertEquals(0.05, lab.state().learningRate());
        assertEquals(32, lab.state().batch(), "redo brings both back");
    }

    @Test
    void undoingADataSettingBringsBackTheDataAndAnEarlierEditStaysBehindIt() {
        String data = lab.dataset().name();
        LabState before = lab.state();
        lab.setParameter("layers.0.weights[0,0]", 2.5);
        lab.set(Settings.DATA, "xor");
        lab.set(Settings.OPTIMIZER, "adam");
        lab.set(Settings.MOMENTUM, 0.5);
        lab.set(Settings.L2, 0.01);
        lab.set(Settings.LOSS, "binary-cross-entropy");
        assertEquals("binary-cross-entropy", lab.state().loss());
        for (int i = 0; i < 5; i++) lab.undo();
        assertEquals(data, lab.dataset().name(), "the data as it was, not only its name");
        assertEquals(before, lab.state(), "every setting as it was");
        assertEquals(2.5, lab.network().get("layers.0.weights[0,0]"), "the weight edit before them is still there");
        lab.undo();
        assertTrue(lab.network().get("layers.0.weights[0,0]") != 2.5, "one more undo takes back the weight");
    }

    @Test
    void steppingASettingIsOneUndoStepButTypedValuesAreOneEach() {
        int batch = lab.state().batch();
        lab.adjust(Settings.BATCH, batch + 1);
        lab.adjust(Settings.BATCH, batch + 2);
        lab.adjust(Settings.BATCH, batch + 3);
        lab.set(Settings.BATCH, 40);
        lab.set(Settings.BATCH, 50);
        lab.undo();
        assertEquals(40, lab.state().batch());
        lab.undo();
        assertEquals(batch + 3, lab.state().batch());
        lab.undo();
        assertEquals(batch, lab.state().batch(), "the arrows' run of steps was one step");
        assertFalse(lab.canUndoProperty().get());
    }

    @Test
    void aLessonStepsSetUpIsOneUndoStepWithItsSettings() {
        LabState before = lab.state();
        lab.setUp(Presets.playground(), LabState.defaults().with("learningRate", 0.05).with("batch", 25).with("data", "xor"));
        assertEquals(25, lab.state().batch());
        lab.undo();
        assertEquals(before, lab.state(), "one undo takes back the whole set-up, its settings too");
        assertFalse(lab.canUndoProperty().get(), "no step per setting to undo through");
    }

    @Test
    void aRefusedOrUnchangedSettingIsNoUndoStep() {
        lab.set(Settings.BATCH, lab.state().batch());
        lab.set(Settings.BATCH, 0);
        assertFalse(lab.canUndoProperty().get());
    }
}
