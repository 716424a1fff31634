package gradlab.app.lab.stepper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.FxTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Issue 16: on a projector the computation graph is wider than its view; it scrolls to the node being computed. */
class GraphFollowsTest extends FxTestBase {
    @Test
    void theGraphScrollsToTheNodeBeingComputed(FxRobot robot) {
        projector(robot, 1024, 768, true);
        int seen = 0;
        for (int i = 0; i < 40; i++) {
            fx(robot, window.stepper()::stepForward);
            StepperPanel panel = window.stepperPanel();
            double x = panel.graph().currentXProperty().get();
            if (Double.isNaN(x)) continue;
            var scroll = panel.graphScroll();
            double view = scroll.getViewportBounds().getWidth(), room = panel.graph().getWidth() - view;
            double left = room > 0 ? scroll.getHvalue() * room : 0;
            assertTrue(x >= left && x <= left + view, "step " + i + ": the node at " + x + " is outside the view [" + left + ", " + (left + view) + "]");
            seen++;
        }
        assertTrue(seen > 3, "the backward pass computed nodes of the graph: " + seen);
    }
}
