package gradlab.app.lab.network;

import gradlab.app.common.Numbers;
import gradlab.app.lab.FxTestBase;
import gradlab.cli.CliTestAccess;
import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import gradlab.app.lab.data.OutputView;

class NetworkEditingTest extends FxTestBase {

    @Test
    void opensOnAReadyNetworkWithData(FxRobot robot) {
        assertEquals(3, model.network().depth(), "Playground's 2-4-2-1");
        assertEquals("circle", model.dataset().name());
        assertTrue(robot.lookup("#play").tryQuery().isPresent());
    }

    @Test
    void buildingANetworkByClicks(FxRobot robot) {
        robot.clickOn("#add-layer");
        assertEquals(4, model.network().depth());
        robot.clickOn("#add-neuron-0");
        assertEquals(5, model.network().layer(0).units());
        robot.clickOn("#remove-neuron-1");
        assertEquals(1, model.network().layer(1).units());
        robot.clickOn("#remove-layer");
        assertEquals(3, model.network().depth());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(4, model.network().depth(), "Ctrl+Z undoes the removal");
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(3, model.network().depth(), "Ctrl+Y redoes it");
    }

    @Test
    void clickingAnEdgeSelectsItsWeightAndTypingAValueSetsIt(FxRobot robot) {
        robot.clickOn(edge(0, 1, 0));
        assertEquals("layers.0.weights[1,0]", window.selection().property().get());
        robot.doubleClickOn("#weight-value").eraseText(12).write("-2.5").type(KeyCode.ENTER);
        assertEquals(-2.5, model.network().get("layers.0.weights[1,0]"));
        robot.clickOn(neuron(1, 0));
        assertEquals("layers.1.biases[0]", window.selection().property().get());
        fx(robot, model::undo);
        assertTrue(model.network().get("layers.0.weights[1,0]") != -2.5, "undo restores the weight");
    }

    /** The tester's case: type a weight, Enter, Ctrl+Z with the caret still in the field: the field shows the old weight. */
    @Test
    void undoWithTheCaretInTheFieldShowsTheWeightUndoneAndTypingInProgressIsKept(FxRobot robot) {
        robot.clickOn(edge(0, 1, 0));
        TextField field = robot.lookup("#weight-value").queryAs(TextField.class);
        String before = field.getText();
        robot.doubleClickOn(field).eraseText(12).write("3").type(KeyCode.ENTER);
        assertEquals(3.0, model.network().get("layers.0.weights[1,0]"));
        assertTrue(field.isFocused());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before, field.getText(), "the field shows what the diagram shows after the undo");
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("3", field.getText(), "and after the redo");

        robot.write("5");   // typing, not yet committed, when something else changes the weights
        String typing = field.getText();
        fx(robot, () -> model.setParameter("layers.0.weights[1,0]", 0.25));
        assertEquals(typing, field.getText(), "the student's own text is not overwritten");
    }

    @Test
    void aBrokenNetworkFileSaysWhereAndKeepsTheCurrentNetwork(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "inputs: 2\nlayers:\n  - units: 2\n    activation: step\n    weights: [[1, 1]]\n");
        var before = model.network();
        fx(robot, () -> model.open(broken));
        assertEquals(before, model.network(), "the network is untouched");
        assertTrue(model.status().messageProperty().get().startsWith(broken + ":5:14: "), model.status().messageProperty().get());
        assertTrue(robot.lookup("#status").queryLabeled().getText().contains(":5:14:"));
    }

    @Test
    void theAppGivesBadFilesTheSameOneLineMessageAsTheCommandLineAndKeepsWhatTheUserHad(FxRobot robot, @TempDir Path dir) throws Exception {
        String wide = "inputs: 2\nlayers:\n" + "  - units: 10000\n    activation: relu\n".repeat(3);
        String[] texts = {"[".repeat(2000), wide, "inputs: 2\nloss: binary-cross-entropy\nlayers:\n  - units: 1\n    activation: step\n",
                "inputs: 2\nlayers: [{units: 1, activation: sigmoid, weights: [[1, NaN]]}]\n"};
        for (int i = 0; i < texts.length; i++) {
            Path bad = dir.resolve("bad" + i + ".yaml");
            Files.writeString(bad, texts[i]);
            var before = model.network();
            fx(robot, () -> model.open(bad));
            assertEquals(before, model.network(), "the network is untouched by " + bad);
            String cli = CliTestAccess.stderrOf("forward", "--net", bad.toString(), "--input", "0,0");
            assertEquals(cli.strip(), model.status().messageProperty().get());
        }
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "x1,x2,label\n0,0,zero\n");
        var data = model.dataset();
        fx(robot, () -> model.loadCsv(csv));
        assertEquals(data, model.dataset(), "the data is untouched");
        assertEquals(csv + ":2:5: 'zero' in column label is not a number", model.status().messageProperty().get());
    }

    /** Issue 7: typing 1 and Enter right after clicking an edge sets that weight; Enter must not start training. */
    @Test
    void clickingAnEdgePutsTheCaretInItsValueFieldSoOneEnterSetsIt(FxRobot robot) throws Exception {
        robot.clickOn(edge(0, 0, 1));
        assertEquals("layers.0.weights[0,1]", window.selection().property().get());
        assertTrue(robot.lookup("#weight-value").queryAs(TextField.class).isFocused(), "the value field has the caret");
        robot.write("1").type(KeyCode.ENTER);
        assertEquals(1.0, model.network().get("layers.0.weights[0,1]"));
        assertTrue(!window.training().playingProperty().get(), "Enter did not press Play");
        robot.clickOn(edge(0, 1, 0));
        assertEquals(Numbers.editable(model.network().get("layers.0.weights[1,0]")),
                robot.lookup("#weight-value").queryAs(TextField.class).getText(),
                "another edge refreshes the field although it has focus");
    }

    /** With many edges, only the selected or hovered neuron's edges are labelled, and no two labels overlap. */
    @Test
    void edgeLabelsNeverStack(FxRobot robot) {
        fx(robot, () -> {
            model.addNeuron(0);
            model.addNeuron(0);
            model.addNeuron(0);
            model.addNeuron(1);
            model.addNeuron(1);
            model.addNeuron(1);
        });
        NetworkView view = window.networkView();
        fx(robot, () -> window.selection().select(null));
        int edges = model.network().layers().stream().mapToInt(l -> l.units() * l.inputs()).sum();
        assertTrue(edges > 24);
        assertEquals(0, view.drawnLabels(), "a crowded diagram labels nothing until a neuron is chosen");
        fx(robot, () -> window.selection().select("layers.1.biases[0]"));
        assertTrue(view.drawnLabels() > 0 && view.drawnLabels() < edges, view.drawnLabels() + " labels");
        var boxes = view.labelBoxes();
        for (int i = 0; i < boxes.size(); i++) for (int j = i + 1; j < boxes.size(); j++) {
            var a = boxes.get(i);
            var b = boxes.get(j);
            boolean neuronPair = a.getHeight() > 30 && b.getHeight() > 30;   // neuron boxes may touch each other, labels may not
            if (!neuronPair) assertTrue(!a.intersects(b), "labels overlap: " + a + " and " + b);
        }
    }

    @Test
    void aTypedSampleShowsItsOwnValuesInTheInputNeurons(FxRobot robot) {
        fx(robot, () -> window.stepper().useSample("0.3, -0.7", "1"));
        Assertions.assertArrayEquals(new double[] {0.3, -0.7}, window.networkView().shownInput());
    }

    /** Issue 7: circle → sine → circle redraws points and axes for the data on show each time. */
    @Test
    void switchingBetweenOneAndTwoDimensionalDataRedrawsForTheNewData(FxRobot robot) {
        OutputView view = window.outputView();
        fx(robot, () -> model.set(Settings.DATA, "sine"));
        assertEquals(1, model.dataset().inputCount());
        assertTrue(!view.isTwoD(), "a curve for 1-D data");
        double sineTop = view.toDataY(0);
        fx(robot, () -> model.set(Settings.DATA, "circle"));
        assertTrue(view.isTwoD(), "a heatmap for 2-D data again");
        assertTrue(Math.abs(view.toDataY(0) - sineTop) > 1e-9, "the axes follow the data: x2's range, not the sine's targets");
        assertEquals(2, model.network().features().rawCount());
    }

    @Test
    void playAndPauseWithTheSpaceBar(FxRobot robot) throws Exception {
        robot.clickOn(diagramBlank());
        robot.type(KeyCode.SPACE);
        assertTrue(window.training().playingProperty().get());
        trainToEpoch(robot, 5);
        robot.type(KeyCode.SPACE);
        assertTrue(!window.training().playingProperty().get());
        int epoch = window.training().snapshotProperty().get().epoch();
        assertTrue(epoch >= 5, "trained " + epoch + " epochs");
        fx(robot, () -> executor.runScheduled(10));   // ten more frames' worth of chunks: a run still playing would train on
        fx(robot, window.training()::onFrame);
        assertTrue(window.training().snapshotProperty().get().epoch() <= epoch + 1, "paused");
        assertTrue(robot.lookup("#epoch").queryLabeled().getText().startsWith("epoch "));
    }

    @Test
    void aHugeLearningRateShowsTheDivergenceBannerAndRestoreWorks(FxRobot robot) throws Exception {
        fx(robot, () -> {
            model.set(Settings.DATA, "sine");            // a linear output: nothing saturates, the loss can blow up
            model.set(Settings.LEARNING_RATE, 100.0);
            window.training().play();
        });
        trainUntil(robot, () -> !window.training().bannerProperty().get().isEmpty());
        assertTrue(window.training().bannerProperty().get().contains("learning rate too large?"), window.training().bannerProperty().get());
        assertTrue(robot.lookup("#restore").query().isVisible());
        robot.clickOn("#restore");
        fx(robot, window.training()::onFrame);
        for (var p : model.network().parameters()) for (double v : p.value().data) assertTrue(Double.isFinite(v));
    }

    @Test
    void draggingAnEdgeUpRaisesItsWeightAndTheWholeDragIsOneUndoStep(FxRobot robot) {
        String name = "layers.1.weights[0,1]";
        double before = model.network().get(name);
        robot.drag(edge(1, 0, 1)).moveBy(0, -30).moveBy(0, -20).release(MouseButton.PRIMARY);
        double after = model.network().get(name);
        assertEquals(before + 0.5, after, 0.02, "50 pixels up: +0.5");
        assertEquals(name, window.selection().property().get());
        fx(robot, model::undo);
        assertEquals(before, model.network().get(name), 1e-12, "one undo takes back the whole drag");
    }

    @Test
    void aBrokenCsvSaysWhereAndKeepsTheData(FxRobot robot, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x1,x2,label\n0,0,1\n0,oops,0\n");
        var before = model.dataset();
        fx(robot, () -> model.loadCsv(csv));
        assertEquals(before, model.dataset(), "the data is untouched");
        assertEquals(csv + ":3:3: 'oops' in column x2 is not a number", model.status().messageProperty().get());
        Files.writeString(csv, "x1,x2,label\n0,0,1\n0,1,0\n1,0,0\n1,1,1\n");
        fx(robot, () -> model.loadCsv(csv));
        assertEquals(4, model.dataset().size());
    }

    @Test
    void aTrainingRunCanBeUndone(FxRobot robot) throws Exception {
        double before = model.network().get("layers.0.weights[0,0]");
        fx(robot, window.training()::play);
        trainToEpoch(robot, 3);
        fx(robot, window.training()::pause);
        assertTrue(model.network().get("layers.0.weights[0,0]") != before, "training moved the weights");
        fx(robot, model::undo);
        assertEquals(before, model.network().get("layers.0.weights[0,0]"), "undo goes back to before the run");
    }

    @Test
    void removingTheSelectedLastPointKeepsAValidSelection(FxRobot robot) {
        fx(robot, () -> {
            model.set(Settings.DATA, "xor-table");
            model.selectSample(3);
        });
        double[] last = model.dataset().input(3);
        fx(robot, () -> model.removePoint(last[0], last[1], 0.1));
        assertEquals(3, model.dataset().size());
        assertEquals(2, model.sampleProperty().get(), "the selection moves to a point that exists");
        fx(robot, model::undo);
        assertEquals(4, model.dataset().size());
    }
}
