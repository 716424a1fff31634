package gradlab.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.network.DiagramPictures;
import gradlab.app.lesson.LessonChecks;
import gradlab.app.shell.PageStage;
import gradlab.app.shell.Shell;
import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Settings;
import gradlab.nn.NetworkCopies;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one weight edit costs (issue #15): a student types a weight into the inspector while a lesson is
 * open and the step-through is shown. Counted: networks copied, step-throughs built, live checks of the
 * lesson, diagram pictures made, and the events each model property sends (with the listeners they reach).
 */
@ExtendWith(ApplicationExtension.class)
class OneEditTest {
    static final String WEIGHT = "layers.0.weights[0,0]";

    @TempDir Path home;
    Shell shell;
    final ImmediateExecutor executor = new ImmediateExecutor();

    @BeforeEach
    void open() throws Exception {
        System.setProperty("gradlab.home", home.toString());   // progress goes to a scratch home
        shell = PageStage.showShell(() -> new Shell(executor));
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
        System.clearProperty("gradlab.home");
    }

    /** Counts the events each observable sends, and (read once before) the listeners each reaches. */
    static final class Tally {
        final Map<String, Observable> sources = new LinkedHashMap<>();
        final Map<String, Integer> events = new LinkedHashMap<>();
        final Map<String, Integer> listeners = new LinkedHashMap<>();

        void watch(String name, Observable source) {
            sources.put(name, source);
            listeners.put(name, listenerCount(source));
            events.put(name, 0);
            source.addListener(o -> events.merge(name, 1, Integer::sum));
        }

        int invocations() {
            return events.entrySet().stream().mapToInt(e -> e.getValue() * listeners.get(e.getKey())).sum();
        }

        @Override public String toString() {
            StringBuilder s = new StringBuilder();
            events.forEach((k, v) -> s.append(k).append(' ').append(v).append("×").append(listeners.get(k)).append("  "));
            return s.toString();
        }
    }

    /** The listeners on a JavaFX property (its ExpressionHelper's), found by reflection; a test-only measure. */
    static int listenerCount(Observable source) {
        try {
            Object helper = null;
            for (Class<?> c = source.getClass(); c != null && helper == null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals("helper")) {
                        f.setAccessible(true);
                        helper = f.get(source);
                        break;
                    }
                }
            }
            if (helper == null) return 0;
            String kind = helper.getClass().getSimpleName();
            if (!kind.equals("Generic")) return 1;
            int n = 0;
            for (String size : new String[] {"invalidationSize", "changeSize"}) {
                Field f = helper.getClass().getDeclaredField(size);
                f.setAccessible(true);
                n += f.getInt(helper);
            }
            return n;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** What an action and the window's next frame cost, counted in one FX turn (no frame of the window's timer runs between). */
    record Cost(long copies, long checks, long pictures, Tally tally) {
        int events(String property) { return tally.events.get(property); }

        @Override public String toString() {
            return copies + " network copies, " + events("stepThrough") + " step-through builds, " + checks + " lesson checks, "
                    + pictures + " diagram pictures, " + tally.invocations() + " listener invocations\n  " + tally;
        }
    }

    Cost cost(FxRobot robot, Runnable action) {
        MainWindow lab = shell.lab();
        Cost[] cost = new Cost[1];
        robot.interact(() -> {
            var model = lab.model();
            Tally tally = new Tally();
            tally.watch("change", model.changeProperty());
            tally.watch("network", model.networkProperty());
            tally.watch("revision", model.revisionProperty());
            tally.watch("dataset", model.datasetProperty());
            tally.watch("state", model.stateProperty());
            tally.watch("run", model.runProperty());
            tally.watch("sample", model.sampleProperty());
            tally.watch("stepThrough", lab.stepper().stepThroughProperty());
            tally.watch("step", lab.stepper().stepProperty());
            tally.watch("graph", lab.stepper().graphProperty());
            tally.watch("snapshot", lab.training().snapshotProperty());
            tally.watch("progress", lab.training().progressProperty());
            tally.watch("selection", lab.selection().property());
            tally.watch("lesson", shell.lessons().pictureProperty());
            long copies = NetworkCopies.count(), checks = LessonChecks.count(), pictures = DiagramPictures.count();
            action.run();
            lab.training().onFrame();   // the window's next frame, which shows the run the action started
            cost[0] = new Cost(NetworkCopies.count() - copies, LessonChecks.count() - checks, DiagramPictures.count() - pictures, tally);
        });
        return cost[0];
    }

    /** Lesson 2 (Build XOR by hand: its task is checked live after every edit), the step-through shown, a weight selected. */
    MainWindow lessonWithTheStepThrough(FxRobot robot) {
        robot.clickOn("#lesson-2");
        MainWindow lab = shell.lab();
        robot.interact(() -> {
            lab.stepper().stepForward();
            lab.selection().select(WEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lab.stepper().activeProperty().get());
        return lab;
    }

    /**
     * Issue #15 measured 6 copies, 3 step-through builds, 3 live checks, 5 diagram pictures and 50 listener
     * invocations for this (the edit, and the next frame announcing the new run's unchanged weights again).
     */
    @Test
    void oneTypedWeightIsOneChange(FxRobot robot) {
        MainWindow lab = lessonWithTheStepThrough(robot);
        TextField field = robot.lookup("#weight-value").queryAs(TextField.class);
        Cost cost = cost(robot, () -> {
            field.setText("0.7");
            field.fireEvent(new ActionEvent());   // Enter in the inspector's field
        });
        System.out.println("one typed weight: " + cost);
        assertEquals(0.7, lab.model().network().get(WEIGHT));
        // the edited network (the one it replaces goes into undo as it is), the trainer's own (it trains on
        // another thread), the step-through's own (its backward pass writes gradients into what it walks)
        assertEquals(3, cost.copies(), cost.toString());
        assertEquals(1, cost.events("stepThrough"), "the step-through is built once: " + cost);
        assertEquals(1, cost.checks(), "the lesson's task is checked once: " + cost);
        assertEquals(1, cost.pictures(), "the diagram's picture is made once, with the new step-through: " + cost);
        assertEquals(1, cost.events("change"), "one change published: " + cost);
        assertEquals(1, cost.events("network"), "a new network object, told once: " + cost);
        assertEquals(1, cost.events("revision"), "views redraw once: " + cost);
        assertEquals(1, cost.events("run"), "one new run: " + cost);
        assertEquals(1, cost.events("snapshot"), "its first snapshot, once (the frame finds nothing new to show): " + cost);
        assertEquals(1, cost.events("progress"), cost.toString());
        assertEquals(1, cost.events("graph"), cost.toString());
        assertEquals(2, cost.events("step"), "the step is cleared and set (an equal step with other numbers is told too): " + cost);
        for (String untouched : new String[] {"dataset", "state", "sample", "selection", "lesson"}) {
            assertEquals(0, cost.events(untouched), untouched + ": " + cost);
        }
        assertEquals("0.7", field.getText(), "the field shows the model's value");
    }

    /** Undo brings the weight back as one step, each control following, and copies only what the new run and step-through need. */
    @Test
    void undoingTheEditIsOneChangeToo(FxRobot robot) {
        MainWindow lab = lessonWithTheStepThrough(robot);
        double before = lab.model().network().get(WEIGHT);
        TextField field = robot.lookup("#weight-value").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("0.7");
            field.fireEvent(new ActionEvent());
        });
        Cost cost = cost(robot, lab.model()::undo);
        System.out.println("undo of a typed weight: " + cost);
        assertEquals(before, lab.model().network().get(WEIGHT), "one undo step takes the edit back");
        assertEquals(Double.toString(before), Double.toString(Double.parseDouble(field.getText())), "the inspector follows");
        assertEquals(before, lab.stepper().stepThrough().network().get(WEIGHT), "the step-through walks the restored network");
        // the network leaving and the one coming back are both out of the history: only the trainer and the step-through copy
        assertEquals(2, cost.copies(), cost.toString());
        assertEquals(1, cost.events("stepThrough"), cost.toString());
        assertEquals(1, cost.checks(), cost.toString());
        assertEquals(1, cost.pictures(), cost.toString());
        assertEquals(1, cost.events("change"), cost.toString());
        assertEquals(1, cost.events("revision"), cost.toString());
        assertTrue(lab.model().canRedoProperty().get());
        robot.interact(lab.model()::redo);
        assertEquals(0.7, lab.model().network().get(WEIGHT), "redo brings it again");
    }

    /** A drag on an edge (LabModel's command the diagram calls at each step): each step is one change, the whole drag one undo step. */
    @Test
    void eachStepOfADragIsOneChangeAndTheDragOneUndoStep(FxRobot robot) {
        MainWindow lab = lessonWithTheStepThrough(robot);
        double before = lab.model().network().get(WEIGHT);
        for (double value : new double[] {0.25, 0.5, 0.75}) {
            Cost cost = cost(robot, () -> lab.model().adjustParameter(WEIGHT, value));
            assertEquals(3, cost.copies(), "as a typed weight (the first step puts the network it replaces into undo as it is): " + cost);
            assertEquals(1, cost.events("stepThrough"), cost.toString());
            assertEquals(1, cost.checks(), cost.toString());
            assertEquals(1, cost.pictures(), cost.toString());
            assertEquals(1, cost.events("change"), cost.toString());
        }
        robot.interact(lab.model()::undo);
        assertEquals(before, lab.model().network().get(WEIGHT), "one undo takes the whole drag back");
    }

    /** A setting the run takes live changes no network: nothing is rebuilt but the lesson's check. */
    @Test
    void aLiveSettingRebuildsNoStepThroughAndCopiesOnlyForUndo(FxRobot robot) {
        MainWindow lab = lessonWithTheStepThrough(robot);
        var stepThrough = lab.stepper().stepThrough();
        Cost cost = cost(robot, () -> lab.model().set(Settings.LEARNING_RATE, 0.05));
        assertEquals(0.05, lab.model().state().learningRate());
        assertEquals(1, cost.copies(), "undo keeps the network as it is now (it stays on the bench, and training moves it): " + cost);
        assertEquals(0, cost.events("stepThrough"), cost.toString());
        assertSame(stepThrough, lab.stepper().stepThrough(), "the walk goes on where it was");
        assertEquals(1, cost.checks(), "a setting can be what the task checks: " + cost);
        assertEquals(0, cost.pictures(), "the diagram draws no setting: " + cost);
        assertEquals(1, cost.events("change"), cost.toString());
        assertEquals(0, cost.events("revision"), "no view redraws a network that did not change: " + cost);
        assertEquals(1, cost.events("state"), cost.toString());
    }
}
