package gradlab.app.lab.gradients;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import java.util.Comparator;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Per-layer gradient norms against epoch on a log scale: one line per layer in its own colour, the
 * layer's number at the line's end; ‖∂C/∂b‖ (Nielsen's speed of learning) or ‖∂C/∂W‖.
 */
public final class GradientChart extends CanvasPane {
    /** What the lines show: 0 ‖∂C/∂b‖, 1 ‖∂C/∂W‖, 2 the update/weight ratio ‖ΔW‖/‖W‖ of the last epoch. */
    private final IntegerProperty mode = new SimpleIntegerProperty(0);
    private DynamicsModel.Picture picture;

    public GradientChart() {
        setMinSize(200, 140);
        setPrefSize(420, 200);
        mode.addListener((o, a, b) -> redraw());
    }

    public IntegerProperty modeProperty() { return mode; }
    public void show(DynamicsModel.Picture p) {
        picture = p;
        redraw();
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight(), scale = fontScale.get();
        if (picture == null || picture.epochs().length == 0) {
            g.setFill(Color.web("#6b7280"));
            g.setFont(Font.font("System", 13 * scale));
            Painter.fillText(g, "Per-layer gradient norms appear here while the network trains.", 8, 20 * scale);
            return;
        }
        double[][] series = mode.get() == 1 ? picture.weightNorms() : mode.get() == 2 ? picture.updateRatios() : picture.biasNorms();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : series) for (double v : row) if (v > 0 && Double.isFinite(v)) {
            lo = Math.min(lo, Math.log10(v));
            hi = Math.max(hi, Math.log10(v));
        }
        if (!(hi >= lo)) return;
        lo = Math.floor(lo);
        hi = Math.max(lo + 1, Math.ceil(hi));
        Font axis = Painter.readable(Font.font("System", 12 * scale));   // as drawn: large type raises it
        // the top decade's label is centred on the top line: room above it for the label's height
        double left = 52 * scale, right = 62 * scale, top = Math.max(8, axis.getSize()), bottom = 22 * scale;
        double width = w - left - right, height = h - top - bottom;
        int[] epochs = picture.epochs();
        double e0 = epochs[0], e1 = Math.max(e0 + 1, epochs[epochs.length - 1]);
        g.setFont(axis);
        // a blow-up spans 1e-5 … 1e+32: a label at every decade would pile up, so only every few decades, never touching
        int every = (int) Math.max(1, Math.ceil((hi - lo) * axis.getSize() * 1.4 / Math.max(1, height)));
        for (double d = lo; d <= hi; d++) {
            double y = top + height - (d - lo) / (hi - lo) * height;
            g.setStroke(Color.web("#e5e7eb"));
            g.strokeLine(left, y, left + width, y);
            if (((int) (d - lo)) % every != 0) continue;
            g.setFill(Color.web("#374151"));
            Painter.fillText(g, Numbers.decade((int) d), 2, y + 4 * scale);
        }
        Painter.fillText(g, "epoch " + (int) e1, left + width - 60 * scale, h - 4);
        int layers = series[0].length;
        double[] labelY = new double[layers];
        for (int l = 0; l < layers; l++) {
            g.setStroke(Colors.categorical(l));
            g.setLineWidth(2.5 * scale);
            g.beginPath();
            double endY = Double.NaN;
            for (int k = 0; k < series.length; k++) {
                double v = series[k].length > l ? series[k][l] : Double.NaN;
                if (!(v > 0)) continue;
                double x = left + (epochs[k] - e0) / (e1 - e0) * width, y = top + height - (Math.log10(v) - lo) / (hi - lo) * height;
                if (Double.isNaN(endY)) g.moveTo(x, y); else g.lineTo(x, y);
                endY = y;
            }
            g.stroke();
            labelY[l] = endY;
        }
        // Each curve is named at its end; curves that end close together would have their names piled up,
        // so the names are pushed apart to a line each, in the order the curves end, and kept in the chart.
        Font name = Painter.readable(Font.font("System", FontWeight.BOLD, 13 * scale));
        double line = name.getSize() * 1.25;
        Integer[] order = IntStream.range(0, layers).filter(l -> !Double.isNaN(labelY[l])).boxed()
                .sorted(Comparator.comparingDouble(l -> labelY[l])).toArray(Integer[]::new);
        double[] placed = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            placed[i] = Math.max(labelY[order[i]] + 4 * scale, i == 0 ? top + line * 0.8 : placed[i - 1] + line);
        }
        double overflow = order.length == 0 ? 0 : placed[order.length - 1] - (h - 2);
        g.setFont(name);
        for (int i = 0; i < order.length; i++) {
            g.setFill(Colors.categorical(order[i]));
            Painter.fillText(g, "layer " + (order[i] + 1), left + width + 4, placed[i] - Math.max(0, overflow));
        }
    }
}
