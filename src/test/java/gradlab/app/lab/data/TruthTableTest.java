package gradlab.app.lab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.FxTestBase;
import gradlab.data.Dataset;
import gradlab.lab.LabState;
import gradlab.lesson.Check;
import gradlab.lesson.LabContext;
import gradlab.lesson.Lesson;
import gradlab.lesson.LessonFile;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.surface.Surface;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The truth table compares with the gate the step's task checks, and counts the rows as the check does. */
class TruthTableTest extends FxTestBase {

    private String text(FxRobot robot, String id) { return robot.lookup("#" + id).queryLabeled().getText(); }

    /** The first step of lesson 1 whose task checks {@code gate}. */
    private static Lesson.Step stepChecking(String gate) throws Exception {
        Lesson lesson = LessonFile.load(Path.of("lessons/01-neuron.md"));
        return lesson.steps().stream().filter(s -> s.task() != null && s.task().checks().stream()
                .anyMatch(c -> c instanceof Check.TruthTable t && t.gate().equals(gate))).findFirst().orElseThrow();
    }

    /** What the lesson's check says about the network on the bench. */
    private Check.Result check(String gate) {
        LabContext lab = new LabContext() {
            public Network network() { return model.network(); }
            public Dataset trainingData() { return model.split().training(); }
            public LabState state() { return model.state(); }
            public int epochsTrained() { return 0; }
            public boolean diverged() { return false; }
            public Double answer() { return null; }
            public Integer choice() { return null; }
            public Surface surface() { return null; }
            public double[] surfaceStart() { return null; }
        };
        return new Check.TruthTable(gate).evaluate(lab);
    }

    @Test
    void theTableComparesWithTheTasksGateAndCountsAsTheCheckDoes(FxRobot robot) throws Exception {
        fx(robot, () -> {
            try {
                model.setUp(NetworkFile.load(Path.of("lessons/networks/xor-blank.yaml")), LabState.defaults().with("data", "xor-table"));
                model.setParameter("layers.1.biases[0]", -1);   // the network says 0 for every row
                window.truthTable().followTask(stepChecking("and"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("AND", text(robot, "truth-gate-header"));
        assertEquals("3 of 4 rows match AND", text(robot, "truth-summary"));
        assertTrue(check("and").detail().startsWith("3 of 4 rows match"), check("and").detail());
        assertTrue(robot.lookup("#truth-gate").query().isDisabled(), "the task chooses the gate");

        fx(robot, () -> {
            try {
                window.truthTable().followTask(stepChecking("or"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("1 of 4 rows match OR", text(robot, "truth-summary"));
        assertTrue(check("or").detail().startsWith("1 of 4 rows match"), check("or").detail());
    }

    @Test
    void withoutATaskTheStudentChoosesTheGate(FxRobot robot) {
        fx(robot, model::newXorByHand);
        fx(robot, () -> window.truthTable().followTask(null));
        assertFalse(robot.lookup("#truth-gate").query().isDisabled());
        assertEquals("XOR", text(robot, "truth-gate-header"));
        ComboBox<String> gates = robot.lookup("#truth-gate").queryComboBox();
        fx(robot, () -> gates.setValue("nor"));
        assertEquals("NOR", text(robot, "truth-gate-header"));
        assertTrue(text(robot, "truth-summary").endsWith("match NOR") || text(robot, "truth-summary").endsWith("match NOR!"), text(robot, "truth-summary"));
    }
}
