package gradlab.app.lab.stepper;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.FxTestBase;
import gradlab.app.lab.network.NetworkView;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A 1024×768 projector in large type, stepping through a sample: the stepper may not squeeze the
 * diagram away, the neurons stay apart, and the layer controls wait until Done.
 */
class LargeTypeSteppingTest extends FxTestBase {

    @Test
    void theDiagramKeepsItsRoomAndNeuronsNeverOverlap(FxRobot robot) {
        projector(robot, 1024, 768, true);
        assertTrue(robot.lookup("#add-neuron-0").tryQuery().isPresent(), "the layer controls are there before stepping");

        fx(robot, () -> { window.stepper().stepForward(); window.stepper().stepForward(); window.stepper().stepForward(); });

        double rootHeight = window.root().getLayoutBounds().getHeight();
        double stepperHeight = window.stepperPanel().getHeight();
        assertTrue(stepperHeight <= 0.38 * rootHeight + 1, "stepper " + stepperHeight + " of " + rootHeight);
        NetworkView view = window.networkView();
        assertTrue(view.getHeight() >= 0.25 * rootHeight, "diagram height " + view.getHeight());
        assertFalse(robot.lookup("#add-neuron-0").tryQuery().isPresent(), "the layer controls step aside while stepping");
        double r = view.radius();
        for (int column = 0; column <= model.network().depth(); column++) {
            int count = column == 0 ? model.network().inputSize() : model.network().layer(column - 1).units();
            for (int u = 1; u < count; u++) {
                double gap = view.position(column, u).getY() - view.position(column, u - 1).getY();
                assertTrue(gap >= 2 * r, "column " + column + ": neurons " + (u - 1) + " and " + u + " overlap (" + gap + " < " + 2 * r + ")");
            }
        }

        fx(robot, () -> window.stepper().close());
        assertTrue(robot.lookup("#add-neuron-0").tryQuery().isPresent(), "Done brings the layer controls back");
    }

    /** A narrow diagram in large type: the layer bars shrink instead of overlapping, and no bias label runs under them. */
    @Test
    void layerBarsKeepApartAndBelowTheBiasLabels(FxRobot robot) {
        projector(robot, 1024, 768, true);
        fx(robot, () -> { window.training().stepEpoch(); });
        long deadline = System.currentTimeMillis() + 5000;
        while (window.networkView().layerBars().isEmpty() && System.currentTimeMillis() < deadline) {
            fx(robot, () -> window.training().onFrame());
        }
        var bars = window.networkView().layerBars();
        assertTrue(bars.size() == 3, "a bar per layer: " + bars);
        for (int i = 1; i < bars.size(); i++) {
            assertFalse(bars.get(i).intersects(bars.get(i - 1)), "bars " + (i - 1) + " and " + i + " overlap: " + bars);
        }
        double top = bars.stream().mapToDouble(Rectangle2D::getMinY).min().orElseThrow();
        assertTrue(window.networkView().biasLabelsBottom() <= top, "bias labels reach " + window.networkView().biasLabelsBottom() + ", bars start at " + top);
    }

    /**
     * Presenting at 1280×720 while stepping, a lecturer clicks a neuron: its inspector comes in, and the page still
     * fits the screen (the toolbar and the step's buttons were pushed past both edges).
     */
    @Test
    void presentingASelectedNeuronWhileSteppingKeepsThePageOnTheScreen(FxRobot robot) {
        projector(robot, 1280, 720, true);
        fx(robot, () -> { window.setPresenting(true); window.stepper().stepForward(); window.stepper().stepForward(); });
        fx(robot, () -> window.selection().select("layers.1.biases[0]"));
        fx(robot, () -> { window.root().applyCss(); window.root().layout(); });
        double height = window.root().getScene().getHeight();
        var top = window.root().localToScene(window.root().getLayoutBounds());
        assertTrue(top.getMinY() >= -0.5 && top.getMaxY() <= height + 0.5, "the page " + top + " in a scene " + height + " px high");
        var buttons = window.stepperPanel().localToScene(window.stepperPanel().getLayoutBounds());
        assertTrue(buttons.getMaxY() <= height + 0.5, "the step's buttons end at " + buttons.getMaxY() + " of " + height);
        fx(robot, () -> window.setPresenting(false));
    }
}
