package gradlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.Painter;
import gradlab.app.shell.GradientLabApp;
import gradlab.app.common.TextAudit;
import gradlab.lesson.LessonFile;
import gradlab.lesson.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lesson panel in the room it gets beside the lab (a third of a 1024-pixel window, or of a projector's
 * 1280 in large type): every text shows whole (SPEC §8), however long the step or the lesson's title.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPanelFitUiTest {
    LessonPanel panel;
    StackPane root;
    Scene scene;

    static final String LONG_STEP = """
            ---
            title: "Regularization: weight decay, L1, dropout and ensembles, all in one long title"
            ---
            ## A step longer than the panel is tall
            %s

            ```task
            goal: What is one quarter?
            check:
              - answer: {expect: 0.25, tolerance: 0.001}
            solution:
              answer: 0.25
            ```
            """.formatted(String.join("\n\n", Collections.nCopies(12,
            "A paragraph long enough to wrap over several lines of the panel, with words of every length in it, so that its lines end in different places.")));

    static final String WIDE_FORMULA = """
            ---
            title: Downhill
            ---
            ## A wide formula
            The change of the loss:

            $$\\Delta C \\approx -\\eta\\, \\nabla C \\cdot \\nabla C = -\\eta \\|\\nabla C\\|^2 \\le 0$$
            """;

    void open(String lesson, double width, double height, boolean large) throws Exception {
        Path dir = Files.createTempDirectory("gradlab-fit");
        Path file = dir.resolve("fit.md");
        Files.writeString(file, lesson);
        LessonModel model = new LessonModel(new LessonModelTest.FakeWindow(), Progress.load(dir.resolve("progress.yaml")));
        model.open(LessonFile.load(file));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Painter.setMinimumSize(large ? TextAudit.PRESENTER_MINIMUM : 0);
            panel = new LessonPanel(model, () -> { });
            root = new StackPane(panel);
            if (large) {
                root.setStyle("-fx-font-size: 24px;");
                panel.setTexSize(24);
            }
            scene = new Scene(root, width, height);
            GradientLabApp.style(scene);
            stage.setScene(scene);
            stage.sizeToScene();   // the stage is shared: the window is the scene's size, and the next test sizes it again
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            panel.close();
            Painter.setMinimumSize(0);
        });
    }

    List<TextAudit.Problem> audit(FxRobot robot, double minimum) {
        List<List<TextAudit.Problem>> found = new ArrayList<>();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            found.add(TextAudit.measure(scene, "panel", minimum));
        });
        return found.get(0);
    }

    static String lines(List<TextAudit.Problem> problems) {
        return problems.stream().map(TextAudit.Problem::line).collect(Collectors.joining("\n"));
    }

    @Test
    void aStepLongerThanThePanelEndsAtAWholeLine(FxRobot robot) throws Exception {
        open(LONG_STEP, 307, 500, false);
        assertEquals("", lines(audit(robot, TextAudit.MINIMUM)), "the scroll pane's lower edge cuts no line, and no line runs past its side");
    }

    @Test
    void presentingALongStepAndALongTitleShowEveryTextWhole(FxRobot robot) throws Exception {
        open(LONG_STEP, 384, 600, true);
        assertEquals("", lines(audit(robot, TextAudit.PRESENTER_MINIMUM)), "the title wraps, never '…'; the text ends at a whole line");
    }

    @Test
    void aDisplayFormulaWiderThanThePanelShrinksToItsWidthButNotBelowReadableType(FxRobot robot) throws Exception {
        open(WIDE_FORMULA, 300, 500, false);
        List<TextAudit.Problem> problems = audit(robot, TextAudit.MINIMUM);
        assertEquals("", lines(problems), "the formula fits the column at 11 px or more");
        robot.interact(() -> {
            var picture = (ImageView) root.lookup(".tex");
            assertTrue(picture.getBoundsInLocal().getWidth() < picture.getImage().getWidth(), "the formula was shrunk to fit");
        });
    }
}
