package gradlab.lab;

import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;

/**
 * Evaluates a network over a regular grid of the input plane (or line) in one batched forward pass:
 * the output for the decision-boundary heatmap, and every neuron's activation for the neuron
 * thumbnails. The graph is built once per network shape and resolution and replayed every frame.
 */
public final class GridEvaluator {
    private final int resolution;
    private final int dimensions;
    private NetworkGraph graph;
    private Network shapeOf;
    private double minX = Double.NaN, maxX, minY, maxY;

    /** A resolution x resolution grid for 2 raw inputs, or resolution points for 1. */
    public GridEvaluator(int resolution, int dimensions) {
        if (dimensions < 1 || dimensions > 2) throw new IllegalArgumentException("the grid covers 1 or 2 raw inputs");
        this.resolution = resolution;
        this.dimensions = dimensions;
    }

    public int resolution() { return resolution; }
    public int points() { return dimensions == 2 ? resolution * resolution : resolution; }

    /**
     * Runs the forward pass over [minX, maxX] x [minY, maxY] (y is ignored for one input). Grid point
     * (col, row) is at index row·resolution + col, row 0 at maxY (the top of the picture).
     */
    public void evaluate(Network network, double minX, double maxX, double minY, double maxY) {
        boolean rebuild = graph == null || network != shapeOf;   // another network object: its weights are other tensors
        if (rebuild) {
            graph = new NetworkGraph(network, points(), Loss.QUADRATIC);
            shapeOf = network;
        }
        if (rebuild || minX != this.minX || maxX != this.maxX || minY != this.minY || maxY != this.maxY) {
            this.minX = minX;
            this.maxX = maxX;
            this.minY = minY;
            this.maxY = maxY;
            double[] raw = new double[dimensions];
            for (int p = 0; p < points(); p++) {
                int col = p % resolution, row = p / resolution;
                raw[0] = minX + (maxX - minX) * col / (resolution - 1);
                if (dimensions == 2) raw[1] = maxY - (maxY - minY) * row / (resolution - 1);
                graph.setRawInput(p, raw);
            }
        }
        graph.forwardOnly();
    }

    /** Output unit {@code unit} at every grid point (valid until the next evaluate). */
    public double output(int point, int unit) {
        return graph.output().get(point, unit);
    }

    /** Activation of neuron {@code unit} of layer {@code layer} at every grid point. */
    public double activation(int layer, int unit, int point) {
        return graph.a(layer).get(point, unit);
    }
}
