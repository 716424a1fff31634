package gradlab.app;

import gradlab.nn.Layer;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The network diagram: inputs on the left, one column per layer, edges blue (positive) or orange
 * (negative) and as thick as |w|, each neuron showing its activation for the current sample.
 */
public final class NetworkView extends Region {
    private final Canvas canvas = new Canvas();
    private Network network;
    private NetworkGraph.Result result;
    private double[] input;
    private double fontScale = 1.0;

    public NetworkView() {
        getChildren().add(canvas);
        getStyleClass().add("network-view");
        setMinSize(300, 200);
    }

    /** Shows a network and the numbers of one forward pass for {@code input} (either may be null). */
    public void show(Network network, double[] input, NetworkGraph.Result result) {
        this.network = network;
        this.input = input;
        this.result = result;
        draw();
    }

    /** The numbers on display (null before a sample is shown). */
    public NetworkGraph.Result result() { return result; }

    public void setFontScale(double scale) {
        this.fontScale = scale;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Where neuron {@code unit} of column {@code column} (0 = inputs) is drawn. */
    public Point2D position(int column, int unit) {
        int columns = network.depth() + 1;
        int count = column == 0 ? network.inputSize() : network.layer(column - 1).units();
        double marginX = 90 * fontScale, marginY = 60 * fontScale;
        double x = columns == 1 ? getWidth() / 2 : marginX + column * (getWidth() - 2 * marginX) / (columns - 1);
        double usable = getHeight() - 2 * marginY;
        double y = marginY + (count == 1 ? usable / 2 : unit * usable / (count - 1));
        if (count > 1 && usable / (count - 1) > 200 * fontScale) {   // few units: keep them close together
            double gap = 200 * fontScale;
            y = getHeight() / 2 + (unit - (count - 1) / 2.0) * gap;
        }
        return new Point2D(x, y);
    }

    public double radius() {
        if (network == null) return 0;
        int widest = network.inputSize();
        for (Layer layer : network.layers()) widest = Math.max(widest, layer.units());
        double byHeight = (getHeight() - 120 * fontScale) / Math.max(1, widest) * 0.35;
        return Math.max(10, Math.min(36 * fontScale, byHeight));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Palette.PAPER);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (network == null || getWidth() <= 0 || getHeight() <= 0) return;
        double r = radius();
        drawEdges(g, r);
        drawNeurons(g, r);
    }

    private void drawEdges(GraphicsContext g, double r) {
        double maxWeight = 1e-9;
        for (Layer layer : network.layers()) {
            for (double w : layer.weights().value().data) maxWeight = Math.max(maxWeight, Math.abs(w));
        }
        boolean labels = edgeCount() <= 24;
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int u = 0; u < layer.units(); u++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    double w = layer.weight(u, i);
                    Point2D from = position(l, i), to = position(l + 1, u);
                    g.setStroke(Palette.signed(w, maxWeight));
                    g.setLineWidth(1 + 7 * Math.min(1, Math.abs(w) / maxWeight));
                    g.strokeLine(from.getX() + r, from.getY(), to.getX() - r, to.getY());
                    if (labels) {
                        Point2D at = from.add(to.subtract(from).multiply(0.3));
                        label(g, format(w), at.getX(), at.getY() - 4, 15, Palette.INK, true);
                    }
                }
            }
        }
    }

    private int edgeCount() {
        int count = 0;
        for (Layer layer : network.layers()) count += layer.units() * layer.inputs();
        return count;
    }

    private void drawNeurons(GraphicsContext g, double r) {
        for (int i = 0; i < network.inputSize(); i++) {
            Point2D p = position(0, i);
            double value = input == null ? Double.NaN : network.features().compute(input)[i];
            neuron(g, p, r, value, network.features().names().get(i));
        }
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int u = 0; u < layer.units(); u++) {
                Point2D p = position(l + 1, u);
                double a = result == null ? Double.NaN : result.layers().get(l).a()[u];
                neuron(g, p, r, a, null);
                label(g, "b " + format(layer.bias(u)), p.getX(), p.getY() + r + 14 * fontScale, 14, Palette.MUTED, false);
            }
            Point2D top = position(l + 1, 0);
            label(g, layer.activation().fileName(), top.getX(), top.getY() - r - 18 * fontScale, 15, Palette.MUTED, false);
        }
    }

    private void neuron(GraphicsContext g, Point2D p, double r, double value, String name) {
        g.setFill(Double.isNaN(value) ? Palette.NEUTRAL : Palette.signed(value, 1.0));
        g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        g.setStroke(Palette.INK);
        g.setLineWidth(2);
        g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        if (!Double.isNaN(value)) {
            Color ink = Math.abs(value) > 0.6 ? Color.WHITE : Palette.INK;
            label(g, format(value), p.getX(), p.getY(), 16, ink, true);
        }
        if (name != null) label(g, name, p.getX() - r - 8 * fontScale, p.getY(), 18, Palette.INK, false, TextAlignment.RIGHT);
    }

    private void label(GraphicsContext g, String text, double x, double y, double size, Color color, boolean bold) {
        label(g, text, x, y, size, color, bold, TextAlignment.CENTER);
    }

    private void label(GraphicsContext g, String text, double x, double y, double size, Color color, boolean bold, TextAlignment align) {
        g.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size * fontScale));
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(color);
        g.fillText(text, x, y);
    }

    static String format(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : (v > 0 ? "+∞" : "−∞");
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }
}
