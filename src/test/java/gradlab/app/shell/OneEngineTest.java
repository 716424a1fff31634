package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Twins;
import gradlab.surface.Surfaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * All engine work of the window (training, layer statistics, the network's loss slice, the twins, the surfaces'
 * momentum map) goes through the one runner the shell made: each kind of work shows up on the one executor
 * the test gave the shell, and runs at once there (nothing waits for a thread of its own).
 */
@ExtendWith(ApplicationExtension.class)
class OneEngineTest {
    private Shell shell;
    private final ImmediateExecutor executor = new ImmediateExecutor();

    @BeforeEach
    void open() throws Exception {
        Path home = Files.createTempDirectory("gradlab-home");
        System.setProperty("gradlab.home", home.toString());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        shell = new Shell(executor);
        Scene scene = new Scene(shell.root(), 1280, 720);
        GradientLabApp.style(scene);
        shell.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
        System.clearProperty("gradlab.home");
    }

    /** Runs {@code work} on the FX thread; how many tasks it handed the shell's executor. */
    private int tasks(FxRobot robot, Runnable work) {
        IntSupplier count = executor::executed;
        int[] before = new int[1];
        robot.interact(() -> {
            before[0] = count.getAsInt();
            work.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return count.getAsInt() - before[0];
    }

    @Test
    void theLabAndTheShellShareOneRunner() {
        assertSame(shell.engine(), shell.lab().engine());
    }

    @Test
    void trainingRunsOnTheSharedRunner(FxRobot robot) {
        assertTrue(tasks(robot, () -> shell.lab().training().stepEpoch()) >= 1);
        robot.interact(() -> shell.lab().training().onFrame());
        assertEquals(1, shell.lab().training().snapshotProperty().get().epoch(), "the epoch ran at once on the test's executor");
    }

    @Test
    void layerStatisticsRunOnTheSharedRunner(FxRobot robot) {
        robot.interact(() -> shell.lab().showPanels(List.of("data"), List.of()));   // the window's frames measure nothing now
        var lab = shell.lab().model();
        assertEquals(1, tasks(robot, () -> shell.lab().dynamics().measure(lab.network(), lab.split().training(), lab.loss(), 0, 4242L, null)));
        assertTrue(shell.lab().dynamics().pictureProperty().get().layers().size() > 0, "measured at once");
    }

    @Test
    void theNetworksLossSliceRunsOnTheSharedRunner(FxRobot robot) {
        assertEquals(1, tasks(robot, () -> shell.lab().slice().compute()));
        assertEquals(1.0, shell.lab().slice().pictureProperty().get().progress(), "the grid is done: computed at once");
    }

    @Test
    void theTwinsTrainOnTheSharedRunner(FxRobot robot) {
        assertTrue(tasks(robot, () -> shell.compare().load(Twins.Preset.SGD_VS_MOMENTUM)) >= 1);
        assertTrue(shell.compare().picture() != null, "the twins' first picture arrived at once");
    }

    @Test
    void theSurfacesMomentumMapIsComputedOnTheSharedRunner(FxRobot robot) {
        var model = shell.surfaces().model();
        robot.interact(() -> model.setSurface(Surfaces.builtIn("rosenbrock")));
        assertEquals(1, tasks(robot, model::momentumMap));
        assertTrue(model.momentumMap() != null, "the map is there at once");
    }
}
