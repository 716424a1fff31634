package gradlab.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.network.DiagramPictures;
import gradlab.app.lesson.LessonChecks;
import gradlab.app.shell.GradientLabApp;
import gradlab.app.shell.Shell;
import gradlab.lab.ImmediateExecutor;
import gradlab.nn.NetworkCopies;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        shell = new Shell(executor);
        Scene scene = new Scene(shell.root(), 1500, 950);
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

    @Test
    void oneTypedWeightWithALessonOpenAndTheStepThroughShown(FxRobot robot) {
        robot.clickOn("#lesson-2");   // Build XOR by hand: its task is checked live after every edit
        MainWindow lab = shell.lab();
        robot.interact(() -> {
            lab.stepper().stepForward();   // the step-through is shown
            lab.selection().select(WEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lab.stepper().activeProperty().get());
        TextField field = robot.lookup("#weight-value").queryAs(TextField.class);
        long[] counted = new long[5];
        String[] text = new String[1];
        Tally tally = new Tally();
        robot.interact(() -> {   // one FX turn: no frame of the window's timer runs between the edit and the count
            var model = lab.model();
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
            field.setText("0.7");
            field.fireEvent(new ActionEvent());   // Enter in the inspector's field
            lab.training().onFrame();   // and the window's next frame, which shows the run the edit started
            counted[0] = NetworkCopies.count() - copies;
            counted[1] = tally.events.get("stepThrough");
            counted[2] = LessonChecks.count() - checks;
            counted[3] = DiagramPictures.count() - pictures;
            counted[4] = tally.invocations();
            text[0] = tally.toString();
        });
        assertEquals(0.7, lab.model().network().get(WEIGHT));
        System.out.printf("one weight edit: %d network copies, %d step-through builds, %d lesson checks, %d diagram pictures, "
                + "%d listener invocations%n  %s%n", counted[0], counted[1], counted[2], counted[3], counted[4], text[0]);
    }
}
