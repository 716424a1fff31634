package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.network.NetworkView;
import gradlab.lab.ImmediateExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What a student meets in the lab a lesson step sets up: the network its text speaks of, its locks, nothing selected. */
@ExtendWith(ApplicationExtension.class)
class LessonLabUiTest {
    @TempDir Path home;
    Shell shell;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("gradlab.home", home.toString());
        shell = PageStage.showShell(() -> new Shell(new ImmediateExecutor()));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
        System.clearProperty("gradlab.home");
    }

    String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    Point2D neuron(int layer, int unit) {
        NetworkView view = shell.lab().networkView();
        return view.localToScreen(view.position(layer + 1, unit));
    }

    Point2D edge(int layer, int unit, int from) {
        NetworkView view = shell.lab().networkView();
        double r = view.radius();
        Point2D a = view.position(layer, from).add(r, 0), b = view.position(layer + 1, unit).subtract(r, 0);
        return view.localToScreen(a.add(b.subtract(a).multiply(0.3)));
    }

    /** Nothing selected, as the inspector shows it: an empty field and the invitation to click. */
    void nothingSelected(FxRobot robot, String where) {
        assertNull(shell.lab().selection().get(), where);
        assertEquals("", robot.lookup("#weight-value").queryAs(TextField.class).getText(), where);
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("Click an edge or a neuron to edit its weight or bias.")), where);
    }

    /** "Only the bias has to move for OR … keep both weights at 1": the step opens on the AND neuron, weights 1 and 1. */
    @Test
    void theOrStepOfLessonOneOpensOnTheAndNeuronItsTextSpeaksOf(FxRobot robot) {
        robot.clickOn("#lesson-1");
        robot.interact(() -> shell.lessons().goTo(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 3 of 4", robot.lookup(".lesson-panel .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.contains("step 3")).findFirst().orElse("").trim());
        assertEquals(List.of("0", "0", "0", "1"), List.of(text(robot, "#truth-output-0"), text(robot, "#truth-output-1"),
                text(robot, "#truth-output-2"), text(robot, "#truth-output-3")), "the network computes AND, as the text says");
        assertEquals(1.0, shell.lab().model().network().get("layers.0.weights[0,0]"));
        assertEquals(1.0, shell.lab().model().network().get("layers.0.weights[0,1]"));
    }

    @Test
    void aStepThatLocksTheWeightsLetsNothingButResetStepChangeThem(FxRobot robot) {
        robot.clickOn("#lesson-5");   // the forward pass in numbers: lock [structure, weights]
        double before = shell.lab().model().network().get("layers.0.weights[0,0]");
        Button apply = robot.lookup("#apply-update").queryButton();
        assertTrue(apply.isDisabled(), "Apply update is off");
        assertEquals("Locked by the lesson for this step", apply.getTooltip().getText());
        for (String id : List.of("#play", "#step-sample", "#step-batch", "#step-epoch", "#reset-weights")) {
            Button b = robot.lookup(id).queryButton();
            assertTrue(b.isDisabled(), id + " is off: no lesson trains with its weights locked");
            assertEquals("Locked by the lesson for this step", b.getTooltip().getText(), id);
        }
        robot.interact(() -> shell.lab().stepper().applyUpdate());   // whatever calls it
        robot.clickOn(shell.lab().networkView()).type(KeyCode.SPACE).type(KeyCode.R);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);   // undo would bring back the playground's network
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("backprop-2-3-2", shell.lab().model().network().name(), "Ctrl+Z leaves the lesson's network");
        assertFalse(shell.lab().training().playingProperty().get(), "Space starts no training");
        assertEquals(before, shell.lab().model().network().get("layers.0.weights[0,0]"), "the weight is the lesson's");

        robot.interact(() -> shell.closeLesson(true));
        robot.clickOn("#free-play");
        assertFalse(robot.lookup("#apply-update").queryButton().isDisabled(), "free play locks nothing");
        assertFalse(robot.lookup("#play").queryButton().isDisabled());
        assertEquals("Play / pause training (Space)", robot.lookup("#play").queryButton().getTooltip().getText());
    }

    @Test
    void freePlayAfterALessonAndALessonAfterFreePlayOpenWithNothingSelected(FxRobot robot) {
        robot.clickOn("#lesson-1");
        robot.clickOn(neuron(0, 0));   // the bias of the lesson's neuron
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("layers.0.biases[0]", shell.lab().selection().get());
        robot.interact(() -> shell.closeLesson(true));
        robot.clickOn("#free-play");
        nothingSelected(robot, "free play after the lesson");

        robot.clickOn(edge(0, 0, 0));   // x1 → h1 in the playground
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("layers.0.weights[0,0]", shell.lab().selection().get());
        robot.interact(() -> shell.show(Shell.Page.START));
        robot.clickOn("#lesson-6");
        nothingSelected(robot, "a lesson after free play");
    }

    void type(FxRobot robot, Point2D where, String value) {
        robot.clickOn(where);
        robot.write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A tester went Back, after a restart, to the AND step done earlier and read "✔ Done earlier." beside a truth
     * table with three wrong rows: the step showed its lesson's lab, not the network the student did it with.
     */
    @Test
    void aDoneStepVisitedAgainAfterARestartShowsTheNetworkItWasDoneWith(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-1");
        robot.interact(() -> shell.lessons().goTo(1));   // a perceptron computes AND
        type(robot, edge(0, 0, 0), "1");
        type(robot, edge(0, 0, 1), "1");
        type(robot, neuron(0, 0), "-1.5");
        assertTrue(text(robot, "#lesson-result").startsWith("✔ Done"), text(robot, "#lesson-result"));
        robot.clickOn("#lesson-next");
        robot.interact(shell::close);
        shell = PageStage.showShell(() -> new Shell(new ImmediateExecutor()));   // a restart: progress read from the file
        robot.clickOn("#lesson-1");
        robot.clickOn("#lesson-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("All four rows match AND!", text(robot, "#truth-summary"));
        assertEquals("✔ Done earlier: the lab is as you left it then. ⟲ Reset step starts the step afresh.", text(robot, "#lesson-result"));

        robot.clickOn("⟲ Reset step");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 4 rows match AND", text(robot, "#truth-summary"), "Reset step gives the lesson's lab");
        assertEquals("✔ Done earlier. The lab is as the step starts, not as you left it.", text(robot, "#lesson-result"));
    }
}
