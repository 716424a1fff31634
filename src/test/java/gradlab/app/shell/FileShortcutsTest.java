package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+O and Ctrl+S open their dialog over the window on every page, not only while the lab is shown. */
@ExtendWith(ApplicationExtension.class)
class FileShortcutsTest {
    @TempDir Path home;
    Shell shell;
    Stage stage;
    final List<Throwable> thrown = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        System.setProperty("gradlab.home", home.toString());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        shell = new Shell();
        shell.lab().useDialogs((chooser, save, owner) -> {
            assertSame(stage, owner, "the dialog belongs to the window");
            asked.add((save ? "save " : "open ") + chooser.getTitle());
            return null;   // the user cancels
        });
        Scene scene = new Scene(shell.root(), 1200, 800);
        GradientLabApp.style(scene);
        shell.installKeys(scene);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
        System.clearProperty("gradlab.home");
    }

    @Test
    void anExportedPictureLeavesTheStatusLineOut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.show(Shell.Page.LAB);
            shell.lab().model().status().fail("a message that must not reach a slide");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path png = home.resolve("lab.png");
        robot.interact(() -> shell.exportPng(png));
        var image = ImageIO.read(png.toFile());
        Node page = shell.lab().root(), status = robot.lookup("#status").query();
        assertEquals(2 * (int) Math.ceil(page.getLayoutBounds().getHeight()), image.getHeight(), 1.0);
        for (Node n = status; n != null; n = n.getParent()) {
            if (n == page) throw new AssertionError("the status line is part of the exported page");
        }
        assertEquals(true, status.isVisible(), "the status line still shows on screen");
    }

    @Test
    void ctrlOAndCtrlSWorkOnEveryPage(FxRobot robot) {
        for (Shell.Page page : Shell.Page.values()) {
            robot.interact(() -> shell.show(page));
            WaitForAsyncUtils.waitForFxEvents();
            robot.push(KeyCode.CONTROL, KeyCode.O);
            robot.push(KeyCode.CONTROL, KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of(), thrown);
        assertEquals(2 * Shell.Page.values().length, asked.size(), "every page asked for a file both times: " + asked);
    }

    /** Ctrl+Q from the start page (the lab's own pane in no scene) closes the window, and says nothing went wrong. */
    @Test
    void ctrlQQuitsFromTheStartPage(FxRobot robot) {
        robot.interact(() -> shell.show(Shell.Page.START));
        WaitForAsyncUtils.waitForFxEvents();
        var file = ((MenuBar) shell.root().lookup(".menu-bar")).getMenus().get(0).getItems();
        assertEquals("quit", file.get(file.size() - 1).getId(), "Quit is the File menu's last item");
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shell.lab().model().status().errorProperty().get(), shell.lab().model().status().messageProperty().get());
        assertFalse(stage.isShowing(), "Quit closes the window");
    }
}
