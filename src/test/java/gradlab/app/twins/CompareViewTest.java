package gradlab.app.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.PageStage;
import gradlab.lab.Twins;
import gradlab.app.common.Painter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The twin runs: they train on the executor given, never on the screen's thread, and keep their story on screen. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    final ArrayDeque<Runnable> work = new ArrayDeque<>();   // the twins' executor: tasks wait here until the test runs them
    CompareView view;

    @BeforeEach
    void open() throws Exception {
        PageStage.show(() -> view = new CompareView(null, work::add));
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::close);
    }

    /** Runs what the view handed to its executor (on the FX thread, as a synchronous executor would). */
    void runWork(FxRobot robot) {
        robot.interact(() -> { while (!work.isEmpty()) work.poll().run(); });
    }

    /** Issue 15: the twins trained on the FX thread; now "+10 epochs" only hands the work on. */
    @Test
    void tenEpochsRunOnTheExecutorNotOnTheScreensThread(FxRobot robot) {
        assertNull(view.picture(), "loading the first preset was handed on too");
        runWork(robot);
        assertEquals(0, view.picture().epoch());
        robot.clickOn("#compare-ten");
        assertEquals(0, view.picture().epoch(), "clicking trained nothing on the FX thread");
        assertEquals(1, work.size());
        runWork(robot);
        assertEquals(10, view.picture().epoch());
        assertTrue(robot.lookup("#compare-status").queryAs(Label.class).getText().startsWith("epoch 10:"));
    }

    /** Issue 16: "2553× smaller" faded as the twins trained; the start and the present ratio now stay side by side. */
    @Test
    void theStartingAndThePresentRatioStayOnScreen(FxRobot robot) {
        runWork(robot);
        Twins.TwinPicture sigmoid = view.picture().twins().get(0);
        String start = CompareView.times(sigmoid.startRatio());
        assertTrue(start.endsWith("× smaller"), start);
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#compare-ten");
            runWork(robot);
        }
        Twins.TwinPicture now = view.picture().twins().get(0);
        String text = robot.lookup("#compare-ratios").queryAs(Label.class).getText();
        assertTrue(text.contains("sigmoid: " + start + " at the start, " + CompareView.times(now.ratio()) + " now."), text);
        assertTrue(text.contains("ReLU: "), text);
        assertEquals(9, now.ratios().size(), "the ratio after epochs 0, 5, …, 40 is charted");
    }

    /** Issue 18: the twins' GIF… opens the export dialog in epochs, and its Cancel closes it (nothing was written). */
    @Test
    void theGifButtonAsksForSizeRateAndEpochs(FxRobot robot) {
        runWork(robot);
        robot.clickOn("#compare-gif");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gif-steps").tryQuery().isPresent(), "the dialog is open");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> "Epochs (one frame each)".equals(l.getText())));
        robot.clickOn("#gif-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gif-steps").tryQuery().isEmpty(), "Cancel closed it");
    }

    /** Every "epoch N" the charts draw (their x axes' ends), read off the canvases as the student sees them. */
    List<String> chartEpochs(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            for (Canvas c : robot.lookup(n -> n instanceof Canvas).queryAllAs(Canvas.class)) {
                for (Painter.Drawn d : Painter.drawn(c)) if (d.text().startsWith("epoch ")) out.add(d.text());
            }
        });
        return out;
    }

    /** A tester read "epoch 0: … not trained yet" above a chart whose axis ended at "epoch 1": both now count the same epochs. */
    @Test
    void theChartsAxesSayTheEpochTheStatusLineSays(FxRobot robot) {
        runWork(robot);
        String status = robot.lookup("#compare-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("epoch 0:") && status.contains("not trained yet"), status);
        List<String> before = chartEpochs(robot);
        assertTrue(!before.isEmpty() && before.stream().allMatch("epoch 0"::equals), "untrained, the ratio chart's axis says epoch 0: " + before);
        robot.clickOn("#compare-ten");
        runWork(robot);
        assertTrue(robot.lookup("#compare-status").queryAs(Label.class).getText().startsWith("epoch 10:"));
        List<String> after = chartEpochs(robot);
        assertEquals(List.of("epoch 10", "epoch 10"), after, "the loss and the ratio charts both end at epoch 10");
    }
}
