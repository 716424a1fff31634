package gradlab.app.lab.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A graph node's value line in large type: what fits is shown whole, never squeezed (issue 16). */
@ExtendWith(ApplicationExtension.class)
class GraphViewFittingTest {
    @Start
    void start(Stage stage) {}

    static String fitting(FxRobot robot, double width) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(GraphView.fitting("value ", new double[] {-0.02032, 0.5, 0.25, 0.125}, Font.font("System", 18), width)));
        return text.get();
    }

    @Test
    void aWideBoxShowsTheWordAndThreeNumbers() {
        assertEquals("value [−0.02032, 0.5, 0.25, …]", fitting(new FxRobot(), 1000));
    }

    @Test
    void aBoxTooNarrowForTheWordShowsTheNumberAlone() {
        assertEquals("[−0.02032, …]", fitting(new FxRobot(), 150));
    }
}
