package gradlab.app.lab.data;

import gradlab.app.lab.session.LabModel;
import gradlab.lab.GridEvaluator;
import gradlab.nn.Network;
import java.util.Arrays;

/**
 * What the output view draws of the network: its outputs, and one chosen neuron's activation, over a
 * grid of the data's plane (or line). The forward pass runs here, once per change of the network, its
 * weights, the range or the chosen neuron; a redraw of the same picture (a resize, the points changing)
 * computes nothing.
 */
public final class OutputModel {
    /**
     * One grid's numbers. {@code outputs[unit][point]} and {@code neuron[point]} (null when no neuron is
     * chosen); grid point (col, row) is row·resolution + col, row 0 at maxY.
     */
    public record Picture(boolean twoD, int resolution, double minX, double maxX, double minY, double maxY,
                          double[][] outputs, double[] neuron) {
        public int points() { return twoD ? resolution * resolution : resolution; }
    }

    private final LabModel lab;
    private final GridEvaluator plane, line;
    private Picture picture;
    private Object[] key;

    /** A model of {@code lab}'s network over a {@code planeResolution}² grid (2 inputs) or {@code lineResolution} points (1 input). */
    public OutputModel(LabModel lab, int planeResolution, int lineResolution) {
        this.lab = lab;
        this.plane = new GridEvaluator(planeResolution, 2);
        this.line = new GridEvaluator(lineResolution, 1);
    }

    /**
     * The picture over [minX, maxX] × [minY, maxY] (y ignored for one input), with the activation of unit
     * {@code unit} of layer {@code layer} (0-based; −1 for none). IllegalArgumentException when the
     * network does not take that many inputs (the view asks only when network and data agree).
     */
    public Picture picture(boolean twoD, double minX, double maxX, double minY, double maxY, int layer, int unit) {
        Network net = lab.network();
        if (net.features().rawCount() != (twoD ? 2 : 1)) {
            throw new IllegalArgumentException("the network takes " + net.features().rawCount() + " input(s), the picture " + (twoD ? 2 : 1));
        }
        Object[] now = {net, lab.revisionProperty().get(), twoD, minX, maxX, minY, maxY, layer, unit};
        if (picture != null && Arrays.equals(now, key)) return picture;
        GridEvaluator grid = twoD ? plane : line;
        grid.evaluate(net, minX, maxX, minY, maxY);
        double[][] outputs = new double[net.outputSize()][grid.points()];
        for (int k = 0; k < outputs.length; k++) for (int p = 0; p < grid.points(); p++) outputs[k][p] = grid.output(p, k);
        double[] neuron = null;
        if (layer >= 0 && layer < net.depth() && unit >= 0 && unit < net.layer(layer).units()) {
            neuron = new double[grid.points()];
            for (int p = 0; p < neuron.length; p++) neuron[p] = grid.activation(layer, unit, p);
        }
        key = now;
        picture = new Picture(twoD, grid.resolution(), minX, maxX, minY, maxY, outputs, neuron);
        return picture;
    }
}
