package gradlab.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import gradlab.app.lab.data.OutputView;

/** The acceptance scenario: a student types the notes' OR / NAND / AND weights and every row of the truth table turns right. */
class XorByHandTest extends FxTestBase {

    private void type(FxRobot robot, Point2D where, String value) {
        robot.clickOn(where);
        robot.doubleClickOn("#weight-value").eraseText(12).write(value).type(KeyCode.ENTER);
    }

    @Test
    void typingTheNotesWeightsMakesEveryRowRight(FxRobot robot) {
        robot.clickOn("File").clickOn("#new-xor");
        assertEquals("xor-table", model.dataset().name());
        assertEquals(0.0, model.network().get("layers.0.weights[0,0]"));
        assertFalse(window.truthTable().allCorrect());
        assertTrue(window.truthTable().isVisible());

        // hidden neuron 1 = OR, hidden neuron 2 = NAND, output = AND (notes 000)
        type(robot, edge(0, 0, 0), "1");
        type(robot, edge(0, 0, 1), "1");
        type(robot, neuron(0, 0), "-0.5");
        type(robot, edge(0, 1, 0), "-1");
        type(robot, edge(0, 1, 1), "-1");
        type(robot, neuron(0, 1), "1.5");
        type(robot, edge(1, 0, 0), "1");
        assertFalse(window.truthTable().allCorrect(), "not yet: the output bias is still 0");
        type(robot, edge(1, 0, 1), "1");
        type(robot, neuron(1, 0), "-1.5");

        assertTrue(window.truthTable().allCorrect(), "all four rows match XOR");
        assertEquals("All four rows match XOR!", robot.lookup("#truth-summary").queryLabeled().getText());
        for (int r = 0; r < 4; r++) assertTrue(robot.lookup("#truth-mark-" + r).queryLabeled().getStyleClass().contains("correct"));
        assertEquals("1", robot.lookup("#truth-output-1").queryLabeled().getText());
        assertEquals("0", robot.lookup("#truth-output-3").queryLabeled().getText());
    }

    @Test
    void theHeatmapShowsTheXorRegions(FxRobot robot) {
        robot.clickOn("File").clickOn("#new-xor");
        fx(robot, () -> {
            model.setParameter("layers.0.weights[0,0]", 1);
            model.setParameter("layers.0.weights[0,1]", 1);
            model.setParameter("layers.0.biases[0]", -0.5);
            model.setParameter("layers.0.weights[1,0]", -1);
            model.setParameter("layers.0.weights[1,1]", -1);
            model.setParameter("layers.0.biases[1]", 1.5);
            model.setParameter("layers.1.weights[0,0]", 1);
            model.setParameter("layers.1.weights[0,1]", 1);
            model.setParameter("layers.1.biases[0]", -1.5);
        });
        OutputView out = window.outputView();
        // the plane spans [−0.5, 1.5]²: (0, 1) is a quarter across and a quarter down, (1, 1) three quarters across
        Color atZeroOne = out.pixel(25, 25), atOneOne = out.pixel(75, 25), atZeroZero = out.pixel(25, 75);
        assertTrue(atZeroOne.getBlue() > atZeroOne.getRed(), "XOR(0,1) = 1 is blue: " + atZeroOne);
        assertTrue(atOneOne.getRed() > atOneOne.getBlue(), "XOR(1,1) = 0 is orange: " + atOneOne);
        assertTrue(atZeroZero.getRed() > atZeroZero.getBlue(), "XOR(0,0) = 0 is orange: " + atZeroZero);
    }

    /** On a 1280×720 projector the goal is in sight: the truth table leads the right column, every row on screen. */
    @Test
    void theTruthTableIsInSightAt1280x720(FxRobot robot) {
        projector(robot, 1280, 720, false);
        robot.clickOn("File").clickOn("#new-xor");
        var last = robot.lookup("#truth-mark-3").queryLabeled();
        var bounds = last.localToScreen(last.getBoundsInLocal());
        var window = last.getScene().getWindow();
        assertTrue(bounds.getMaxY() <= window.getY() + window.getHeight(), "the last row ends at " + bounds.getMaxY()
                + ", the window at " + (window.getY() + window.getHeight()));
        assertTrue(last.getText().contains("wrong"), last.getText());
    }
}
