package gradlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.GradientLabApp;
import gradlab.lesson.LessonFile;
import gradlab.lesson.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A step whose text is longer than the panel: the student scrolls down to the answer field, presses Enter, and
 * sees what the check said without scrolling again (a tester saw nothing happen: the feedback was below the edge).
 */
@ExtendWith(ApplicationExtension.class)
class LessonPanelScrollUiTest {
    @TempDir Path dir;
    LessonPanel panel;

    LessonModel model;

    void open() throws Exception {
        Path file = dir.resolve("long.md");
        String second = LessonPanelFitUiTest.LONG_STEP.substring(LessonPanelFitUiTest.LONG_STEP.indexOf("## "))
                .replace("## A step longer than the panel is tall", "## A second long step");
        Files.writeString(file, LessonPanelFitUiTest.LONG_STEP + "\n" + second);
        model = new LessonModel(new LessonModelTest.FakeWindow(), Progress.load(dir.resolve("progress.yaml")));
        model.open(LessonFile.load(file));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            panel = new LessonPanel(model, () -> { });
            Scene scene = new Scene(new StackPane(panel), 358, 640);
            GradientLabApp.style(scene);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> panel.close());
    }

    /** Whether {@code node} lies wholly inside the part of the lesson's scroll pane on screen. */
    static boolean onScreen(ScrollPane scroll, Node node) {
        Bounds pane = scroll.localToScene(scroll.getLayoutBounds());
        Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getHeight() > 0 && at.getMinY() >= pane.getMinY() + scroll.getInsets().getTop() - 0.5
                && at.getMaxY() <= pane.getMaxY() - scroll.getInsets().getBottom() + 0.5;
    }

    @Test
    void afterCheckTheFeedbackAndItsHintAreOnScreen(FxRobot robot) throws Exception {
        open();
        ScrollPane scroll = robot.lookup(".lesson-panel .scroll-pane").queryAs(ScrollPane.class);
        TextField field = robot.lookup("#lesson-answer").queryAs(TextField.class);
        Labeled result = robot.lookup("#lesson-result").queryAs(Labeled.class);
        robot.interact(() -> {   // the student scrolls just far enough to see the answer field at the pane's lower edge
            double content = scroll.getContent().getLayoutBounds().getHeight(), view = scroll.getViewportBounds().getHeight();
            double fieldBottom = scroll.getContent().sceneToLocal(field.localToScene(field.getLayoutBounds())).getMaxY();
            scroll.setVvalue((fieldBottom + 2 - view) / (content - view));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onScreen(scroll, field), "the field is on screen");
        robot.clickOn(field).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(result.getText().startsWith("Not yet"), result.getText());
        assertTrue(onScreen(scroll, result), "what the check said is on screen: " + result.getText());

        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        Labeled title = robot.lookup(".step-title").queryAs(Labeled.class);
        assertTrue(title.getText().startsWith("2. A second long step"), title.getText());
        assertTrue(onScreen(scroll, title), "the next step opens at its title, not scrolled down as the last one was left");
    }
}
