package gradlab.app.lab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.FxTestBase;
import gradlab.lab.LabState;
import gradlab.lab.Presets;
import gradlab.lab.Settings;
import gradlab.nn.Init;
import gradlab.nn.NetworkFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The settings panel shows what the lab holds, whatever changed it, and takes typing: Enter or leaving a
 * field commits, a value the settings table refuses is refused beside the field in the table's words.
 */
class TrainingPanelTest extends FxTestBase {

    private Node control(FxRobot robot, String key) { return robot.lookup("#" + key).query(); }

    private TextField editor(FxRobot robot, String key) {
        Node c = control(robot, key);
        return c instanceof Spinner<?> s ? s.getEditor() : ((ComboBox<?>) c).getEditor();
    }

    /** What a chooser shows in its button. */
    private String shown(FxRobot robot, String id) {
        ComboBox<?> box = robot.lookup("#" + id).queryComboBox();
        if (box.isEditable()) return box.getEditor().getText();
        return ((Labeled) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode()).getText();
    }

    private String reason(FxRobot robot, String key) { return robot.lookup("#" + key + "-reason").queryLabeled().getText(); }

    /** Types {@code text} over the field's text and leaves with {@code leave} (Enter or Tab). */
    private void type(FxRobot robot, String key, String text, KeyCode leave) {
        TextField field = editor(robot, key);
        fx(robot, () -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(leave);
        fx(robot, () -> { });
    }

    @Test
    void theInitChooserShowsTheLoadedNetworksInit(FxRobot robot) throws Exception {
        fx(robot, () -> {
            try {
                model.setUp(NetworkFile.load(Path.of("lessons/networks/xor-blank.yaml")), LabState.defaults().with("data", "xor-table"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("zeros", shown(robot, "init"), "every weight 0: the chooser says so, not glorot-uniform");
        fx(robot, () -> model.setUp(Presets.reinitialised(Presets.playground(), Init.HE, 3), LabState.defaults()));
        assertEquals("he", shown(robot, "init"), "lesson 14's He weights");
        fx(robot, model::undo);
        assertEquals("zeros", shown(robot, "init"), "undo brings back the zero network and its init");
    }

    @Test
    void numberFieldsTakeTypingAndRefuseABadValueBesideTheField(FxRobot robot) {
        type(robot, "batch", "125", KeyCode.TAB);
        assertEquals(125, model.state().batch(), "leaving the field commits");
        type(robot, "batch", "0", KeyCode.ENTER);
        assertEquals(125, model.state().batch(), "the old value stays");
        assertEquals("125", editor(robot, "batch").getText());
        assertEquals("batch: must be between 1 and 2147483647, got 0", reason(robot, "batch"));
        type(robot, "batch", "40", KeyCode.ENTER);
        assertEquals(40, model.state().batch(), "Enter commits");
        assertEquals("", reason(robot, "batch"), "a value taken clears the reason");

        type(robot, "patience", "12", KeyCode.ENTER);
        assertEquals(12, model.state().patience());
        Spinner<?> patience = (Spinner<?>) control(robot, "patience");
        fx(robot, patience::increment);
        assertEquals(13, model.state().patience(), "the arrows still step");
        fx(robot, () -> Event.fireEvent(patience.getEditor(), new ScrollEvent(ScrollEvent.SCROLL,
                0, 0, 0, 0, false, false, false, false, false, false, 0, -40, 0, 0, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertEquals(12, model.state().patience(), "the wheel steps too");
    }

    @Test
    void theLearningRateTakesAnyTypedValueInItsRange(FxRobot robot) {
        type(robot, "learningRate", "0.05", KeyCode.ENTER);
        assertEquals(0.05, model.state().learningRate(), "a hint's 'try 0.05' can be followed");
        assertEquals("0.05", shown(robot, "learningRate"));
        type(robot, "learningRate", "-1", KeyCode.ENTER);
        assertEquals(0.05, model.state().learningRate());
        assertEquals("learningRate: must be a positive number, got -1", reason(robot, "learningRate"));
        assertEquals("0.05", shown(robot, "learningRate"), "the old value is shown again");
    }

    @Test
    void ctrlZUndoesTypedSettingsOneAtATimeAndCtrlYRedoesThem(FxRobot robot) {
        double rate = model.state().learningRate();
        int batch = model.state().batch();
        String rateShown = shown(robot, "learningRate");
        type(robot, "learningRate", "0.05", KeyCode.ENTER);
        type(robot, "batch", "32", KeyCode.TAB);
        assertEquals(32, model.state().batch());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(batch, model.state().batch(), "Ctrl+Z takes back the batch size");
        assertEquals(String.valueOf(batch), editor(robot, "batch").getText(), "and the field shows it");
        assertEquals(0.05, model.state().learningRate(), "the learning rate stays for the next undo");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(rate, model.state().learningRate(), "the second Ctrl+Z takes back the learning rate");
        assertEquals(rateShown, shown(robot, "learningRate"), "and the field shows it");
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(0.05, model.state().learningRate(), "Ctrl+Y redoes it");
        assertEquals("0.05", shown(robot, "learningRate"));
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(32, model.state().batch());
        assertEquals("32", editor(robot, "batch").getText());
    }

    @Test
    void theArrowsStepASettingAsOneUndoStep(FxRobot robot) {
        int batch = model.state().batch();
        Spinner<?> spinner = (Spinner<?>) control(robot, "batch");
        fx(robot, () -> {
            spinner.increment();
            spinner.increment();
            spinner.increment();
        });
        assertEquals(batch + 3, model.state().batch());
        fx(robot, model::undo);
        assertEquals(batch, model.state().batch(), "one undo takes back the run of arrow steps");
        assertEquals(String.valueOf(batch), editor(robot, "batch").getText());
    }

    @Test
    void everyControlFollowsTheLabWhateverChangedIt(FxRobot robot) {
        LabState lesson = LabState.defaults().with("optimizer", "rmsprop").with("learningRate", 0.05).with("batch", 25)
                .with("patience", 7).with("seed", 42L).with("epochsPerFrame", 300).with("l2", 0.002).with("noise", 0.8);
        fx(robot, () -> model.setUp(Presets.playground(), lesson));   // a lesson step
        assertEquals("RMSProp", shown(robot, "optimizer"));
        assertEquals("0.05", shown(robot, "learningRate"));
        assertEquals("0.002", shown(robot, "l2"));
        assertEquals("25", editor(robot, "batch").getText());
        assertEquals("7", editor(robot, "patience").getText());
        assertEquals("42", editor(robot, "seed").getText());
        assertEquals("300", editor(robot, "epochsPerFrame").getText(), "a speed above the panel's old 200");
        assertEquals(0.8, ((Slider) control(robot, "noise")).getValue(), "noise above the panel's old 0.5");
        assertFalse(control(robot, "rho").isDisabled(), "RMSProp has a decay rate");
        assertTrue(control(robot, "momentum").isDisabled(), "and no momentum");
        fx(robot, () -> model.set(Settings.BATCH, 6000));   // code, past the panel's old 5,000
        assertEquals("6000", editor(robot, "batch").getText());
    }

    /**
     * Every setting of the table is on the panel with the table's range and words, or is set elsewhere: a
     * typed field refuses a bad value with the table's message, a slider spans the table's range, a chooser
     * offers the table's choices.
     */
    @Test
    void everySettingTakesItsRangeAndItsMessagesFromTheTable(FxRobot robot) {
        List<String> typed = new ArrayList<>(), elsewhere = List.of("points", "dataSeed", "steps", "perLayer");
        for (Settings.Setting setting : Settings.all()) {
            if (elsewhere.contains(setting.name())) continue;
            Node c = control(robot, setting.name());
            assertNotNull(c, setting.name());
            if (c instanceof Slider slider) {
                assertEquals(setting.min(), slider.getMin(), setting.name());
                assertEquals(setting.max(), slider.getMax(), setting.name());
            } else if (c instanceof ComboBox<?> box && !box.isEditable()) {
                assertEquals(setting.choices(), box.getItems().stream().map(String::valueOf).toList(), setting.name());
            } else {
                typed.add(setting.name());
                double tooSmall = setting.min() == Double.MIN_VALUE ? 0 : setting.min() - 1;
                String below = setting.kind() == Settings.Kind.NUMBER ? String.valueOf(tooSmall) : String.valueOf((long) tooSmall);
                for (String bad : setting.kind() == Settings.Kind.LONG ? List.of("abc", "2.5") : List.of("abc", "2.5e400", below)) {
                    String before = editor(robot, setting.name()).getText();
                    fx(robot, () -> {   // what typing and Enter do (typed for real in the tests above)
                        editor(robot, setting.name()).setText(bad);
                        if (c instanceof Spinner<?> s) s.commitValue(); else ((ComboBox<?>) c).commitValue();
                    });
                    String table = assertThrows(IllegalArgumentException.class, () -> setting.accept(SettingField.parse(bad))).getMessage();
                    assertEquals(table, reason(robot, setting.name()), setting.name() + " given " + bad);
                    assertEquals(before, editor(robot, setting.name()).getText(), setting.name() + ": the old value stays");
                }
            }
        }
        assertEquals(List.of("learningRate", "batch", "l1", "l2", "patience", "seed", "epochsPerFrame"), typed);
        assertTrue(((Control) control(robot, "data")).isVisible());
    }
}
