package gradlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.PageStage;
import gradlab.optim.OptimizerKind;
import gradlab.surface.Surfaces;
import java.util.ArrayDeque;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The loss-surface race as a student sees it: every racer row shows what its racer runs, whatever set it. */
@ExtendWith(ApplicationExtension.class)
class RacePageTest {
    final ArrayDeque<Runnable> work = new ArrayDeque<>();   // the momentum map's worker: runs when a test says so
    SurfaceModel model;
    SurfaceView view;

    @BeforeEach
    void open() throws Exception {
        PageStage.show(() -> {
            model = new SurfaceModel(work::add, Runnable::run);
            return view = new SurfaceView(model);
        });
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::close);
    }

    /** What row {@code i} shows: optimizer label, η text, λ/ρ text (empty when the row has none). */
    static List<String> row(FxRobot robot, int i) {
        ComboBox<?> optimizer = robot.lookup("#racer-optimizer-" + i).queryAs(ComboBox.class);
        String kind = ((OptimizerKind) optimizer.getValue()).label();
        String shownKind = ((ListCell<?>) optimizer.getButtonCell()).getText();
        assertEquals(kind, shownKind, "the chooser shows its value");
        String rate = robot.lookup("#racer-rate-" + i).queryAs(TextField.class).getText();
        Label second = robot.lookup("#racer-second-value-" + i).queryAs(Label.class);
        boolean shown = second.getParent().isVisible();
        return List.of(kind, rate, shown ? second.getText() : "");
    }

    /** Issue 15: a lesson setting one racer left the row showing the previous optimizer and η. */
    @Test
    void everyRowFollowsRacersSetFromElsewhere(FxRobot robot) {
        robot.interact(() -> model.setRacers(List.of(new SurfaceModel.Racer("nesterov", 0.02, 0.8, 0.9), new SurfaceModel.Racer("adam", 0.1, 0.9, 0.9))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Nesterov", "0.02", "λ 0.8"), row(robot, 0));
        assertEquals(List.of("Adam", "0.1", ""), row(robot, 1));
        // a lesson step: the same number of racers, other settings
        robot.interact(() -> {
            model.setSurface(Surfaces.builtIn("ravine"));
            model.setRacers(List.of(new SurfaceModel.Racer("sgd", 0.099, 0.7, 0.9), new SurfaceModel.Racer("rmsprop", 0.01, 0.9, 0.95)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("SGD", "0.099", ""), row(robot, 0));
        assertEquals(List.of("RMSProp", "0.01", "ρ 0.95"), row(robot, 1));
        assertEquals(0.95, robot.lookup("#racer-second-1").queryAs(Slider.class).getValue(), 1e-12);
        // one racer replaced by one racer (a lesson after a lesson)
        robot.interact(() -> model.setRacers(List.of(new SurfaceModel.Racer("momentum", 10, 0.5, 0.9))));
        robot.interact(() -> model.setRacers(List.of(new SurfaceModel.Racer("sgd", 0.099, 0.7, 0.9))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("SGD", "0.099", ""), row(robot, 0));
        assertTrue(robot.lookup("#racer-optimizer-1").tryQuery().isEmpty(), "one racer, one row");
        assertEquals(0.099, model.racers().get(0).learningRate(), "showing it changed nothing");
    }

    /** Issue 15: a click on the (η, λ) map changed the momentum racer's run but not its fields. */
    @Test
    void theMapsPickShowsInTheMomentumRacersFields(FxRobot robot) {
        robot.interact(() -> view.rateMomentumMap().pick(0.05, 0.42));
        WaitForAsyncUtils.waitForFxEvents();
        SurfaceModel.Racer momentum = model.racers().get(1);
        assertEquals(OptimizerKind.MOMENTUM, momentum.kind());
        assertEquals(0.05, momentum.learningRate());
        assertEquals(0.42, momentum.momentum());
        assertEquals(List.of("Momentum", "0.05", "λ 0.42"), row(robot, 1));
        assertEquals(Math.log10(0.05), robot.lookup("#racer-rate-1").queryAs(TextField.class).getParent()
                .getChildrenUnmodifiable().stream().filter(n -> n instanceof Slider).map(n -> ((Slider) n).getValue()).findFirst().orElseThrow(), 1e-12);
    }

    /** Typing into a row still sets its racer; a bad value is refused beside the field and η is kept. */
    @Test
    void aTypedRateIsTakenAndABadOneRefusedWithTheReason(FxRobot robot) {
        robot.doubleClickOn("#racer-rate-0").eraseText(8).write("0.05").type(KeyCode.ENTER);
        assertEquals(0.05, model.racers().get(0).learningRate());
        robot.doubleClickOn("#racer-rate-0").eraseText(8).write("fast").type(KeyCode.ENTER);
        assertEquals(0.05, model.racers().get(0).learningRate());
        assertEquals("0.05", robot.lookup("#racer-rate-0").queryAs(TextField.class).getText());
        Label problem = robot.lookup("#racer-rate-problem-0").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("'fast' is not a positive number"), problem.getText());
    }

    /** Issue 16: the default race shows momentum winning, both racers tuned and stated, and says why. */
    @Test
    void theDefaultRaceStatesBothRacersAndWhyMomentumWins(FxRobot robot) {
        assertEquals(List.of("SGD η = 0.0909", "Momentum η = 0.1, λ = 0.3"), model.racers().stream().map(SurfaceModel.Racer::label).toList());
        assertEquals(List.of("SGD", "0.0909", ""), row(robot, 0));
        assertEquals(List.of("Momentum", "0.1", "λ 0.3"), row(robot, 1));
        Label caption = robot.lookup("#race-caption").queryAs(Label.class);
        assertTrue(caption.isVisible() && caption.getText().contains("0.82") && caption.getText().contains("0.52"), caption.getText());
        robot.interact(() -> model.setRacer(0, new SurfaceModel.Racer("sgd", 0.05, 0.9, 0.9)));
        assertFalse(caption.isVisible(), "another race: the caption is not about it");
    }

    /** Issue 15: the (η, λ) map ran 1,600 momentum runs on the FX thread at every move of the start; now the worker does. */
    @Test
    void theMomentumMapIsComputedOnTheWorkerForTheStartOnShow(FxRobot robot) {
        assertEquals(1, work.size(), "the first map was handed to the worker");
        robot.interact(() -> model.setStart(new double[] {2, -1}));
        robot.interact(() -> model.setStart(new double[] {3, 2}));
        assertEquals(null, model.momentumMapProperty().get(), "nothing computed on the FX thread");
        robot.interact(() -> { while (!work.isEmpty()) work.poll().run(); });
        var map = model.momentumMapProperty().get();
        assertTrue(map != null && map.isFor(model.surface(), new double[] {3, 2}), "the map is for the start on show");
        robot.interact(() -> model.setRacer(0, new SurfaceModel.Racer("sgd", 0.05, 0.9, 0.9)));
        assertEquals(map, model.momentumMap(), "another racer setting keeps the map");
        assertTrue(work.isEmpty());
    }
}
