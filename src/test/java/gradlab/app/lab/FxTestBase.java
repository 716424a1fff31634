package gradlab.app.lab;

import gradlab.app.shell.GradientLabApp;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import gradlab.app.lab.network.NetworkView;
import gradlab.app.lab.session.LabModel;
import gradlab.lab.ImmediateExecutor;

/**
 * Base of the headless UI tests: the main window as the app shows it. Monocle's headless platform and
 * the software renderer are switched on by surefire's argLine (pom.xml), so the same tests run with
 * and without a display. (The window is set up in a {@code @BeforeEach}: TestFX's extension does not
 * find {@code @Start} methods in a superclass.)
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxTestBase {
    protected MainWindow window;
    protected LabModel model;
    /** The window's engine work: a command runs at once, the next chunk of a playing run waits for {@link #trainUntil}. */
    protected final ImmediateExecutor executor = new ImmediateExecutor();

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        window = new MainWindow(executor);
        model = window.model();
        Scene scene = new Scene(window.root(), 1500, 950);
        GradientLabApp.style(scene);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.sizeToScene();   // the stage is shared: a test before may have sized it as a projector
        stage.show();
        stage.toFront();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window::close);
    }

    /** The window at a projector's size ({@code large}: in large type), laid out again. */
    protected void projector(FxRobot robot, double width, double height, boolean large) {
        fx(robot, () -> {
            var stage = window.root().getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
            window.view().largeTypeProperty().set(large);
        });
    }

    /** Runs on the FX thread and waits for it. */
    protected void fx(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Ticks frames as the window does, running one queued chunk of training on the FX thread between two,
     * until {@code done} holds or the run stops (nothing is queued any more).
     */
    protected void trainUntil(FxRobot robot, BooleanSupplier done) {
        while (true) {
            fx(robot, window.training()::onFrame);
            if (done.getAsBoolean()) return;
            int[] ran = new int[1];
            fx(robot, () -> ran[0] = executor.runScheduled(1));
            if (ran[0] == 0) return;
        }
    }

    /** Trains until the run shows epoch {@code epoch} (or stops). */
    protected void trainToEpoch(FxRobot robot, int epoch) {
        trainUntil(robot, () -> window.training().snapshotProperty().get().epoch() >= epoch);
    }

    /** Where a network-view point is on the screen. */
    protected Point2D onScreen(Point2D inView) {
        return window.networkView().localToScreen(inView);
    }

    /**
     * A point on the edge from input {@code from} of layer {@code layer} into unit {@code unit}, a third of
     * the way along (crossing edges share their midpoints).
     */
    protected Point2D edge(int layer, int unit, int from) {
        NetworkView view = window.networkView();
        double r = view.radius();
        Point2D a = view.position(layer, from).add(r, 0), b = view.position(layer + 1, unit).subtract(r, 0);
        return onScreen(a.add(b.subtract(a).multiply(0.3)));
    }

    protected Point2D neuron(int layer, int unit) {
        return onScreen(window.networkView().position(layer + 1, unit));
    }

    /** An empty spot of the diagram (below the last input): a click there gives the keys to the window. */
    protected Point2D diagramBlank() {
        NetworkView view = window.networkView();
        Point2D input = view.position(0, 0);
        return onScreen(new Point2D(input.getX(), view.getHeight() - 12));
    }
}
