package gradlab.app.lab.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.slice.NetworkSliceModel.Picture;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's loss slice: what it says before it has a grid, and how it reads the loss between grid points. */
class NetworkSliceModelTest {
    static final Network NET = Network.create(Features.plain(2), new int[] {3, 1},
            new Activation[] {Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 1);

    /** A 3 × 3 grid over x in [0, 2], y in [10, 14]; rows are y. */
    static Picture grid() {
        double[][] v = {{0, 1, 2}, {10, 11, 12}, {20, 21, 22}};
        return new Picture("t", "x", "y", new double[] {0, 2, 10, 14}, v, List.of(), null, Double.NaN, Double.NaN, 1, "");
    }

    @Test
    void theLossAtAGridPointIsThatPointsValue() {
        assertEquals(0, NetworkSliceModel.interpolate(grid(), new double[] {0, 10}), 1e-12);
        assertEquals(12, NetworkSliceModel.interpolate(grid(), new double[] {2, 12}), 1e-12);
        assertEquals(21, NetworkSliceModel.interpolate(grid(), new double[] {1, 14}), 1e-12);
    }

    @Test
    void betweenGridPointsTheLossIsBilinear() {
        // the middle of the first cell: the mean of 0, 1, 10 and 11
        assertEquals(5.5, NetworkSliceModel.interpolate(grid(), new double[] {0.5, 11}), 1e-12);
        // a quarter of a cell along x on the middle row: 10 + 0.25 × (11 − 10)
        assertEquals(10.25, NetworkSliceModel.interpolate(grid(), new double[] {0.25, 12}), 1e-12);
    }

    @Test
    void outsideTheGridOrWithoutOneThereIsNoValue() {
        assertTrue(Double.isNaN(NetworkSliceModel.interpolate(grid(), new double[] {2.01, 12})));
        assertTrue(Double.isNaN(NetworkSliceModel.interpolate(grid(), new double[] {1, 9.9})));
        Picture empty = new Picture("", "", "", new double[] {0, 1, 0, 1}, null, List.of(), null, Double.NaN, Double.NaN, 0, "");
        assertTrue(Double.isNaN(NetworkSliceModel.interpolate(empty, new double[] {0.5, 0.5})));
    }

    @Test
    void withoutTrainingDataComputeSaysSoAndDrawsNothing() {
        try (NetworkSliceModel model = new NetworkSliceModel(() -> NET, () -> null, () -> Loss.QUADRATIC, () -> null, Runnable::run)) {
            model.compute();
            Picture p = model.pictureProperty().get();
            assertEquals("No training data to measure the loss on.", p.message());
            assertNull(p.values());
        }
    }

    @Test
    void aNetworkOfAnotherShapeAsksForTheSliceAgain() {
        try (NetworkSliceModel model = new NetworkSliceModel(() -> NET, () -> null, () -> Loss.QUADRATIC, () -> null, Runnable::run)) {
            model.invalidate();
            assertEquals("The network changed: compute the slice again.", model.pictureProperty().get().message());
        }
    }
}
