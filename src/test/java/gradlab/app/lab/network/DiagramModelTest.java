package gradlab.app.lab.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import gradlab.lab.EngineRunner;
import gradlab.lab.ImmediateExecutor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.session.Selection;
import gradlab.app.lab.session.TrainingModel;
import gradlab.app.lab.stepper.StepperModel;
import gradlab.nn.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagram draws a picture of the network, made once per change and never moved under a drawing. */
class DiagramModelTest {
    @Test
    void thePictureHoldsTheWeightsAsTheyWereAndIsRemadeOnlyOnAChange() {
        LabModel lab = new LabModel();
        try (TrainingModel training = new TrainingModel(lab, EngineRunner.on(new ImmediateExecutor()))) {
            DiagramModel diagram = new DiagramModel(lab, new StepperModel(lab, new Selection(lab), training));
            DiagramModel.Picture before = diagram.picture();
            assertSame(before, diagram.picture(), "a redraw reuses the picture");
            assertEquals(lab.network().get("layers.0.weights[1,0]"), before.weights()[0][1][0]);
            assertEquals(lab.network().get("layers.1.biases[1]"), before.biases()[1][1]);

            double old = before.weights()[0][1][0];
            lab.setParameter("layers.0.weights[1,0]", 2.5);
            DiagramModel.Picture after = diagram.picture();
            assertNotSame(before, after);
            assertEquals(2.5, after.weights()[0][1][0]);
            assertEquals(2.5, after.largestWeight(), "line widths are relative to the largest weight");
            assertEquals(old, before.weights()[0][1][0], "a picture is a copy: the edit did not reach into it");
        }
    }

    @Test
    void thePictureCarriesTheShapeTheDiagramDrawsSoTheViewNeedNotReadTheLiveNetwork() {
        LabModel lab = new LabModel();
        try (TrainingModel training = new TrainingModel(lab, EngineRunner.on(new ImmediateExecutor()))) {
            DiagramModel diagram = new DiagramModel(lab, new StepperModel(lab, new Selection(lab), training));
            DiagramModel.Picture before = diagram.picture();
            assertEquals(lab.network().features().names(), before.featureNames(), "the input column's labels");
            assertEquals(2, before.inputSize());
            assertEquals(2, before.rawInputs());
            assertArrayEquals(new int[] {4, 2, 1}, before.units(), "Playground's 2-4-2-1");
            assertEquals(3, before.depth());
            assertEquals(4, before.columnSize(1));
            assertEquals(4, before.widest());
            assertEquals(List.of(Activation.TANH, Activation.TANH, Activation.TANH), before.activations());
            assertArrayEquals(lab.network().features().compute(before.input()), before.features(), "the inputs' values for the sample on show");
            assertTrue(before.fits(lab.dataset()));

            lab.addNeuron(0);
            lab.setActivation(1, Activation.RELU);
            lab.setFeatures(List.of("x1", "x2", "x1*x2"));
            DiagramModel.Picture after = diagram.picture();
            assertArrayEquals(new int[] {5, 2, 1}, after.units());
            assertEquals(Activation.RELU, after.activations().get(1));
            assertEquals(List.of("x1", "x2", "x1*x2"), after.featureNames());
            assertEquals(3, after.inputSize(), "three inputs drawn");
            assertEquals(2, after.rawInputs(), "from two raw ones: the data still fits");
            double[] x = after.input();
            assertArrayEquals(new double[] {x[0], x[1], x[0] * x[1]}, after.features(), 1e-12);
            assertArrayEquals(new int[] {4, 2, 1}, before.units(), "a picture already made keeps its shape");
            assertEquals(List.of("x1", "x2"), before.featureNames());
        }
    }
}
