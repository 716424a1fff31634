package gradlab.app.lab.stepper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.FxTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 16: on a projector the computation graph is wider than its view; it shows the whole columns that fit,
 * around the node being computed, never a box cut by the edge.
 */
class GraphFollowsTest extends FxTestBase {
    @Test
    void theGraphShowsWholeColumnsAroundTheNodeBeingComputed(FxRobot robot) {
        projector(robot, 1024, 768, true);
        int seen = 0;
        for (int i = 0; i < 40; i++) {
            fx(robot, window.stepper()::stepForward);
            StepperPanel panel = window.stepperPanel();
            double x = panel.graph().currentXProperty().get();
            if (Double.isNaN(x)) continue;
            double width = panel.graph().getWidth();
            int[] window = panel.graph().window();
            assertTrue(x > 0 && x < width, "step " + i + ": the node at " + x + " is outside the view [0, " + width + "]");
            assertTrue(window[1] >= 1 && window[1] * 150 * 1.3 <= width, "step " + i + ": whole columns only, " + window[1] + " in " + width + " px");
            seen++;
        }
        assertTrue(seen > 3, "the backward pass computed nodes of the graph: " + seen);
    }
}
