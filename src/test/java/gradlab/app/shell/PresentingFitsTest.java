package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.app.common.TextAudit;
import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Twins;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenting (F5, large type) on a projector's window: what the lecturer clicks and what the room reads is
 * inside the window, whatever the stepper's title or the notes strip add below it.
 */
@ExtendWith(ApplicationExtension.class)
class PresentingFitsTest {
    Shell shell;
    Scene scene;

    void open(FxRobot robot, int width, int height, String lesson, int step) throws Exception {
        System.setProperty("gradlab.home", Files.createTempDirectory("gradlab-home").toString());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage((Stage stage) -> {
            shell = new Shell(new ImmediateExecutor());
            scene = new Scene(shell.root(), width, height);
            GradientLabApp.style(scene);
            shell.installKeys(scene);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
            shell.presenter().start(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (lesson != null) {
            PageStage.openLesson(robot, shell, lesson, step);
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell.presenter().presenting()) shell.presenter().stop();
            shell.close();
        });
        System.clearProperty("gradlab.home");
    }

    List<TextAudit.Problem> problems(FxRobot robot) {
        List<List<TextAudit.Problem>> found = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.add(TextAudit.measure(scene, "page", TextAudit.PRESENTER_MINIMUM));
        });
        return found.get(0);
    }

    static String lines(List<TextAudit.Problem> problems) {
        return problems.stream().map(TextAudit.Problem::line).collect(Collectors.joining("\n"));
    }

    /** Where {@code selector}'s node is in the window, or a line saying how it is not wholly inside it. */
    String outside(FxRobot robot, String selector) {
        String[] said = new String[1];
        robot.interact(() -> {
            Node n = scene.getRoot().lookup(selector);
            Bounds b = n.localToScene(n.getLayoutBounds());
            boolean in = b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= scene.getWidth() + 0.5 && b.getMaxY() <= scene.getHeight() + 0.5;
            said[0] = in ? "" : selector + " at " + b;
        });
        return said[0];
    }

    void key(FxRobot robot, KeyCode code) {
        robot.interact(() -> Event.fireEvent(scene.getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The step's buttons and the toolbar inside the window, the notes strip whole: the lecturer's shot 83 and 85. */
    @Test
    void lesson6SteppingBackwardWithAWeightPickedAndTheNotesStripKeepsPlayStepAndTheNotesInTheWindow(FxRobot robot) throws Exception {
        open(robot, 1280, 720, "06-backprop.md", 0);
        robot.interact(() -> {
            shell.lab().selection().select("layers.0.weights[0,0]");   // the inspector under the diagram, as the lesson's first step shows it
            for (int i = 0; i < 9; i++) shell.lab().stepper().stepForward();   // the backward pass: a title of two lines
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", outside(robot, "#play") + outside(robot, "#step-title") + outside(robot, "#step-forward") + outside(robot, "#step-back"));
        assertEquals("", lines(problems(robot)));
        key(robot, KeyCode.N);
        assertEquals("", outside(robot, "#play") + outside(robot, "#step-title") + outside(robot, "#step-forward") + outside(robot, "#notes-strip"));
        assertEquals("", lines(problems(robot)), "the notes strip whole, nothing cut by the window's edge");
    }

    /** The loss surfaces as they open, presenting at 1024×768: the Play bar and the sentences beside the map on screen (shot 94). */
    @Test
    void theLossSurfacesPresentedAt1024KeepTheirToolbarAndSentencesInTheWindow(FxRobot robot) throws Exception {
        open(robot, 1024, 768, null, 0);
        robot.interact(() -> shell.show(Shell.Page.SURFACES));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", outside(robot, "#surface-play") + outside(robot, "#surface-choice"));
        assertEquals("", lines(problems(robot)));
    }

    /** The twin runs presented at 1024×768: the charts' titles, the hint in the empty chart and the ratio chart's key read whole (shot 95). */
    @Test
    void theTwinRunsPresentedAt1024ShowTheirChartsWordsWholeAndApart(FxRobot robot) throws Exception {
        open(robot, 1024, 768, null, 0);
        robot.interact(() -> shell.show(Shell.Page.COMPARE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lines(problems(robot)), "as the page opens");
        robot.interact(() -> robot.lookup("+10 epochs").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lines(problems(robot)), "played");
        robot.interact(() -> {
            shell.compare().load(Twins.Preset.values()[Twins.Preset.values().length - 1]);   // exploding gradients: bars up to the title
            robot.lookup("+10 epochs").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lines(problems(robot)), "the last preset, played");
    }

    /** The lab's backward pass presented at 1024×768: a weight's label is never drawn over a neuron's "δ" (shots 09, 10). */
    @Test
    void theBackwardPassPresentedAt1024KeepsWeightLabelsOffTheDeltas(FxRobot robot) throws Exception {
        open(robot, 1024, 768, null, 0);
        robot.interact(() -> {
            shell.show(Shell.Page.LAB);
            for (int i = 0; i < 14; i++) shell.lab().stepper().stepForward();   // back at layer 2: δ above both hidden layers
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lines(problems(robot).stream().filter(p -> p.kind().equals("overlap")).toList()));
    }
}
