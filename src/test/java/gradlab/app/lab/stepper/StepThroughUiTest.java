package gradlab.app.lab.stepper;

import gradlab.app.lab.FxTestBase;
import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradlab.cli.GradLabCommand;
import gradlab.explain.MathText;
import gradlab.explain.StepThrough;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Stepping a 2-2-1 network with the arrow keys shows the numbers that `backprop --json` prints. */
class StepThroughUiTest extends FxTestBase {
    static final String NET = """
            inputs: 2
            layers:
              - units: 2
                activation: sigmoid
                weights: [[0.15, 0.2], [0.25, 0.3]]
                biases: [0.35, 0.35]
              - units: 1
                activation: sigmoid
                weights: [[0.4, 0.45]]
                biases: [0.6]
            """;

    @Test
    void arrowKeysWalkForwardThenBackwardWithBackpropsNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("net221.yaml");
        Files.writeString(file, NET);
        fx(robot, () -> {
            model.set(Settings.DATA, "xor-table");
            model.open(file);
            model.selectSample(1);   // input (0, 1), target 1
        });
        JsonNode expected = backpropJson(file, "0,1", "1");

        robot.clickOn(diagramBlank());
        robot.type(KeyCode.RIGHT);   // start: the input
        robot.type(KeyCode.RIGHT);   // layer 1, neuron 1
        StepThrough.Step step = window.stepper().stepProperty().get();
        assertEquals(StepThrough.Phase.FORWARD, step.phase());
        double z = expected.get("layers").get(0).get("z").get(0).asDouble();
        assertTrue(step.tex().endsWith(MathText.tex(expected.get("layers").get(0).get("a").get(0).asDouble())), step.tex());
        assertTrue(step.tex().contains("= " + MathText.tex(z)), step.tex());
        assertTrue(robot.lookup("#step-title").queryLabeled().getText().startsWith("Forward: Layer 1, neuron 1"));
        assertEquals(step.tex(), window.stepperPanel().formulaTex());

        while (window.stepper().stepProperty().get().phase() != StepThrough.Phase.LOSS) robot.type(KeyCode.RIGHT);
        String lossTitle = robot.lookup("#step-title").queryLabeled().getText();
        assertTrue(lossTitle.startsWith("Loss: C = ") && lossTitle.endsWith("(" + model.loss().fileName() + ")"), "never 'Loss: Loss (…)': " + lossTitle);

        while (window.stepper().stepProperty().get().phase() != StepThrough.Phase.BACKWARD) robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);   // the output layer's δ
        step = window.stepper().stepProperty().get();
        double outputDelta = expected.get("layers").get(1).get("delta").get(0).asDouble();
        assertTrue(step.title().contains(MathText.plain(outputDelta)), step.title() + " vs " + outputDelta);

        while (window.stepper().stepProperty().get().phase() != StepThrough.Phase.DONE) robot.type(KeyCode.RIGHT);
        JsonNode dW = expected.get("layers").get(0).get("dW");
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(dW.get(j).get(i).asDouble(), window.stepper().stepThrough().network().layer(0).weights().gradAt(j, i), 1e-12,
                        "∂C/∂w" + j + i + ", in the step-through's own copy of the network");
            }
        }
        robot.type(KeyCode.LEFT);
        assertEquals(StepThrough.Phase.BACKWARD, window.stepper().stepProperty().get().phase(), "← steps back");

        double w = model.network().get("layers.1.weights[0,0]");
        robot.clickOn("#apply-update");
        double rate = model.state().learningRate();
        assertEquals(w - rate * expected.get("layers").get(1).get("dW").get(0).get(0).asDouble(),
                model.network().get("layers.1.weights[0,0]"), 1e-12, "w ← w − η ∂C/∂w");
    }

    @Test
    void theGradientCheckAgreesWithBackprop(FxRobot robot) {
        robot.clickOn(edge(1, 0, 1));
        robot.clickOn("#gradient-check");
        var result = window.stepper().checkProperty().get();
        assertTrue(result.relativeError() < 1e-6, result.toString());
        assertTrue(robot.lookup("#gradient-check-result").queryLabeled().getText().contains("central difference"));
    }

    @Test
    void aTypedSampleIsSteppedThroughAndBadOnesAreRefused(FxRobot robot) {
        robot.clickOn("#typed-input").write("0.5, -1");
        robot.clickOn("#typed-target").write("1").type(KeyCode.ENTER);
        assertEquals(StepThrough.Phase.START, window.stepper().stepProperty().get().phase());
        assertTrue(window.stepper().stepProperty().get().title().contains("0.5, -1"), window.stepper().stepProperty().get().title());
        robot.doubleClickOn("#typed-input").eraseText(10).write("1, 2, 3");
        robot.clickOn("#use-typed");
        assertTrue(model.status().messageProperty().get().contains("takes 2 input value(s)"), model.status().messageProperty().get());
        robot.doubleClickOn("#typed-input").eraseText(10).write("1, x");
        robot.clickOn("#use-typed");
        assertTrue(model.status().messageProperty().get().contains("'x' is not a number"), model.status().messageProperty().get());
    }

    private static JsonNode backpropJson(Path net, String input, String target) throws Exception {
        StringWriter out = new StringWriter();
        var cli = GradLabCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("backprop", "--net", net.toString(), "--input", input, "--target", target, "--json"));
        return new ObjectMapper().readTree(out.toString());
    }

    /**
     * Issue 7: a gradient check half-way through the backward walk, then Apply update, used to move the
     * weights by 2·η·∂C/∂W (the check and the walk added into the same gradient buffers). Both now work
     * on copies: the update is exactly w − η ∂C/∂w.
     */
    @Test
    void aGradientCheckMidWayThroughTheBackwardWalkDoesNotDoubleTheUpdate(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("net221.yaml");
        Files.writeString(file, NET);
        fx(robot, () -> {
            model.set(Settings.DATA, "xor-table");
            model.open(file);
            model.selectSample(1);
            model.set(Settings.LEARNING_RATE, 0.5);
        });
        JsonNode expected = backpropJson(file, "0,1", "1");
        double before = model.network().get("layers.0.weights[0,1]");
        double dW = expected.get("layers").get(0).get("dW").get(0).get(1).asDouble();
        fx(robot, () -> {
            for (int i = 0; i < 9; i++) window.stepper().stepForward();   // past the loss, into the backward walk
            window.stepper().gradientCheck("layers.0.weights[0,1]");
            window.stepper().applyUpdate();
        });
        assertEquals(before - 0.5 * dW, model.network().get("layers.0.weights[0,1]"), 1e-12);
    }
}
