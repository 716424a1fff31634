package gradlab.app.lab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16: in large type the empty loss chart's message ran past the right column and the window's edge. */
@ExtendWith(ApplicationExtension.class)
class LossChartWrapTest {
    @Start
    void start(Stage stage) {}

    @Test
    void theMessageBreaksBetweenWordsToTheChartsWidth(FxRobot robot) {
        AtomicReference<String> wrapped = new AtomicReference<>();
        Font font = Font.font("System", 24);
        robot.interact(() -> wrapped.set(LossChart.wrap("Train to see the loss fall (Space plays).", font, 300)));
        assertTrue(wrapped.get().contains("\n"), wrapped.get());
        assertEquals("Train to see the loss fall (Space plays).", wrapped.get().replace('\n', ' '), "every word kept, in order");
        for (String line : wrapped.get().split("\n")) {
            Text probe = new Text(line);
            probe.setFont(font);
            assertTrue(probe.getLayoutBounds().getWidth() <= 300, "'" + line + "' is wider than 300 px");
        }
    }

    @Test
    void aMessageThatFitsIsLeftAsItIs(FxRobot robot) {
        AtomicReference<String> wrapped = new AtomicReference<>();
        robot.interact(() -> wrapped.set(LossChart.wrap("The loss blew up in the first epoch:\nnothing to plot.", Font.font("System", 12), 1000)));
        assertEquals("The loss blew up in the first epoch:\nnothing to plot.", wrapped.get());
    }
}
