package gradlab.app.lab.data;

import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gradlab.app.lab.session.LabModel;
import org.junit.jupiter.api.Test;

/** The output view's numbers are the network's own, computed once per change and never per redraw. */
class OutputModelTest {
    @Test
    void aRedrawOfTheSameNetworkComputesNothingAndAnEditRecomputes() {
        LabModel lab = new LabModel();   // Playground's 2-4-2-1 tanh network on the circle
        OutputModel model = new OutputModel(lab, 11, 7);
        OutputModel.Picture first = model.picture(true, -6, 6, -6, 6, -1, -1);
        assertSame(first, model.picture(true, -6, 6, -6, 6, -1, -1), "a redraw reuses the picture");
        assertNull(first.neuron());
        // grid point (col 10, row 0) is the top-right corner (6, 6)
        assertEquals(lab.network().predict(new double[] {6, 6})[0], first.outputs()[0][10], 1e-12);
        assertEquals(lab.network().predict(new double[] {-6, -6})[0], first.outputs()[0][11 * 10], 1e-12);

        lab.setParameter("layers.2.biases[0]", 0.5);
        OutputModel.Picture edited = model.picture(true, -6, 6, -6, 6, -1, -1);
        assertNotSame(first, edited);
        assertEquals(lab.network().predict(new double[] {6, 6})[0], edited.outputs()[0][10], 1e-12);

        OutputModel.Picture neuron = model.picture(true, -6, 6, -6, 6, 0, 2);
        assertEquals(lab.network().forward(new double[] {6, 6}).layers().get(0).a()[2], neuron.neuron()[10], 1e-12);
        assertEquals("the network takes 2 input(s), the picture 1",
                assertThrows(IllegalArgumentException.class, () -> model.picture(false, -1, 1, 0, 0, -1, -1)).getMessage());
        lab.set(Settings.DATA, "sine");   // 1-D data: the network is fitted to one input
        assertEquals(7, model.picture(false, -1, 1, 0, 0, -1, -1).points(), "one input: a line of points");
    }
}
