package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.ImmediateExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** "Free play: the lab →" after a lesson goes back to the student's own lab, not the lesson's network. */
@ExtendWith(ApplicationExtension.class)
class FreePlayTest {
    @TempDir Path home;
    Shell shell;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("gradlab.home", home.toString());
        shell = PageStage.showShell(() -> new Shell(new ImmediateExecutor()));
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
        System.clearProperty("gradlab.home");
    }

    @Test
    void freePlayAfterALessonShowsThePlaygroundTheStudentHad(FxRobot robot) {
        robot.clickOn("#free-play");
        robot.interact(() -> shell.lab().model().addLayer());   // the student's own network: one more layer
        int depth = shell.lab().model().network().depth();
        robot.interact(() -> shell.show(Shell.Page.START));
        robot.clickOn("#lesson-2");
        assertEquals("xor-blank", shell.lab().model().network().name(), "the lesson's network");
        robot.interact(() -> shell.closeLesson(true));
        robot.clickOn("#free-play");
        assertEquals(Shell.Page.LAB, shell.page());
        assertEquals(depth, shell.lab().model().network().depth(), "the playground network again");
        assertTrue(shell.lab().model().status().messageProperty().get().startsWith("Free play: your own network"),
                shell.lab().model().status().messageProperty().get());
        robot.interact(() -> shell.lab().model().undo());
        assertEquals("xor-blank", shell.lab().model().network().name(), "the lesson's network is one undo away");
    }
}
