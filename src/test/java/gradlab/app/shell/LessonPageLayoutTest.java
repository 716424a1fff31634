package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.TextAudit;
import gradlab.lab.ImmediateExecutor;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson step beside the lab on a 1024×768 projector and presenting at 1280×720: the page fits the
 * window (nothing past its edge, no word cut to an ellipsis), the settings a step asks for are a click
 * away in the right column when they do not fit beside the network.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPageLayoutTest {
    Shell shell;
    Scene scene;

    void open(FxRobot robot, int width, int height, boolean presenter, String lesson, int step) throws Exception {
        System.setProperty("gradlab.home", Files.createTempDirectory("gradlab-home").toString());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage((Stage stage) -> {
            shell = new Shell(new ImmediateExecutor());
            scene = new Scene(shell.root(), width, height);
            GradientLabApp.style(scene);
            stage.setScene(scene);
            stage.sizeToScene();   // the stage is shared: the window is the scene's size, and the next test sizes it again
            stage.show();
            if (presenter) shell.presenter().start(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        PageStage.openLesson(robot, shell, lesson, step);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell.presenter().presenting()) shell.presenter().stop();
            shell.close();
        });
        System.clearProperty("gradlab.home");
    }

    /** The problems SPEC §8 counts that come of the page's width: texts past the window's edge, words cut to an ellipsis. */
    List<TextAudit.Problem> widthProblems(FxRobot robot, double minimum) {
        List<List<TextAudit.Problem>> found = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.add(TextAudit.measure(scene, "page", minimum).stream()
                    .filter(p -> p.kind().equals("truncated") || p.detail().contains("window")).toList());
        });
        return found.get(0);
    }

    static String lines(List<TextAudit.Problem> problems) {
        return problems.stream().map(TextAudit.Problem::line).collect(Collectors.joining("\n"));
    }

    @Test
    void at1024AStepWithDataLossAndSettingsFitsTheWindowWithItsSettingsInTheRightColumn(FxRobot robot) throws Exception {
        open(robot, 1024, 768, false, "13-regularization.md", 0);
        assertEquals("", lines(widthProblems(robot, TextAudit.MINIMUM)));
        assertTrue(robot.lookup("#settings-section").tryQuery().map(Node::isVisible).orElse(false),
                "the settings are a click away in the right column");
    }

    @Test
    void at1024AStepOnTheLossSurfacesFitsTheWindow(FxRobot robot) throws Exception {
        open(robot, 1024, 768, false, "15-why-downhill.md", 0);
        assertEquals("", lines(widthProblems(robot, TextAudit.MINIMUM)));
    }

    @Test
    void at1024TheTruthTableShowsEveryWordWhole(FxRobot robot) throws Exception {
        open(robot, 1024, 768, false, "01-neuron.md", 1);
        assertEquals("", lines(widthProblems(robot, TextAudit.MINIMUM)));
    }

    @Test
    void presentingAt1280AStepWithSettingsFitsTheWindow(FxRobot robot) throws Exception {
        open(robot, 1280, 720, true, "09-batches.md", 0);
        assertEquals("", lines(widthProblems(robot, TextAudit.PRESENTER_MINIMUM)));
    }
}
