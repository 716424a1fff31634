package gradlab.app.network;

import gradlab.lab.ImmediateExecutor;
import gradlab.lab.EngineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import gradlab.app.session.LabModel;
import gradlab.app.session.TrainingModel;
import gradlab.app.stepper.StepperModel;
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
}
