package gradlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.PageStage;
import gradlab.app.LayoutChecks;
import java.util.ArrayDeque;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: the race at a projector's size, in presenter's large type and in normal type, truncates nothing. */
@ExtendWith(ApplicationExtension.class)
class RacePageLayoutTest {
    final ArrayDeque<Runnable> work = new ArrayDeque<>();   // the momentum map's worker: runs when a test says so
    SurfaceModel model;
    SurfaceView view;
    Stage stage;

    @BeforeEach
    void open() throws Exception {
        stage = PageStage.show(() -> {
            model = new SurfaceModel(work::add, Runnable::run);
            return view = new SurfaceView(model);
        });
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::close);
    }

    /** The page alone at {@code width} × {@code height}; {@code large}: presenter's type, as the window sets it. */
    void at(FxRobot robot, double width, double height, boolean large) {
        robot.interact(() -> {
            view.setStyle(large ? "-fx-font-size: 24px;" : "");
            view.setFontScale(large ? 1.6 : 1.0);
            stage.setWidth(width);
            stage.setHeight(height);
            view.applyCss();
            view.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void presenterAt1280x720TruncatesNothing(FxRobot robot) {
        at(robot, 1280, 720, true);
        assertEquals(List.of(), LayoutChecks.truncated(view));
        robot.interact(() -> model.setRacers(List.of(new SurfaceModel.Racer("nesterov", 0.02, 0.9, 0.9), new SurfaceModel.Racer("rmsprop", 0.01, 0.9, 0.9),
                new SurfaceModel.Racer("adagrad", 0.5, 0.9, 0.9))));
        robot.interact(view::layout);
        assertEquals(List.of(), LayoutChecks.truncated(view), "three racers");
    }

    @Test
    void normalTypeAt1024x768TruncatesNothing(FxRobot robot) {
        at(robot, 1024, 740, false);
        assertEquals(List.of(), LayoutChecks.truncated(view));
    }

    /** Issue 16: the wireframe's far corner was cut off; every corner of the box is on the canvas, however it is turned. */
    @Test
    void theWireframeShowsEveryCornerOfItsBox(FxRobot robot) {
        at(robot, 1280, 720, true);
        robot.interact(() -> view.setThreeD(true));
        var wireframe = view.view3d().wireframe();
        double w = wireframe.getWidth(), h = wireframe.getHeight();
        assertTrue(w > 100 && h > 100, w + " × " + h);
        for (double[] corner : wireframe.corners(w, h)) {
            assertTrue(corner[0] >= 0 && corner[0] <= w && corner[1] >= 0 && corner[1] <= h, corner[0] + ", " + corner[1] + " outside " + w + " × " + h);
        }
    }
}
