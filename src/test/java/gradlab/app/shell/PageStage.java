package gradlab.app.shell;

import gradlab.lesson.LessonFile;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** One page alone on the tests' shared stage, styled as the window styles it: the set-up of the page tests. */
public final class PageStage {
    private PageStage() {}

    /**
     * Makes the page (on the FX thread), shows it on the shared primary stage at 1500 × 950 (sized to it,
     * whatever size another test left the stage at) and returns the stage once it is on screen.
     */
    public static Stage show(Supplier<Parent> page) throws TimeoutException {
        return show(page, scene -> { });
    }

    /** The whole window: {@code make}'s shell with its keys on the shared stage, as the app shows it. */
    public static Shell showShell(Supplier<Shell> make) throws TimeoutException {
        Shell[] made = new Shell[1];
        show(() -> (made[0] = make.get()).root(), scene -> made[0].installKeys(scene));
        return made[0];
    }

    /** Opens the built-in course's lesson {@code file} (in lessons/) at {@code step} (from 0) in {@code shell}, and waits for the FX thread. */
    public static void openLesson(FxRobot robot, Shell shell, String file, int step) {
        robot.interact(() -> {
            try {
                shell.openLesson(LessonFile.load(Path.of("lessons", file)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            shell.lessons().goTo(step);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage show(Supplier<Parent> page, Consumer<Scene> keys) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Stage[] shown = new Stage[1];
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(page.get(), 1500, 950);
            GradientLabApp.style(scene);
            keys.accept(scene);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
            stage.toFront();
            shown[0] = stage;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }
}
