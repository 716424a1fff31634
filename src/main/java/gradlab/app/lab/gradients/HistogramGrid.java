package gradlab.app.lab.gradients;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.explain.LayerStatistics;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** One row per layer: histograms of a, of the activation's slope and of δ over the training set, and the dead or saturated units. */
public final class HistogramGrid extends CanvasPane {
    private List<LayerStatistics.Layer> layers = List.of();

    public HistogramGrid() {
        setMinSize(200, 120);
        setPrefSize(420, 260);
    }

    public void show(DynamicsModel.Picture p) {
        layers = p.layers();
        double rowHeight = 70 * fontScale.get();
        setPrefHeight(Math.max(120, 28 * fontScale.get() + rowHeight * layers.size()));
        redraw();
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight(), scale = fontScale.get();
        if (layers.isEmpty()) return;
        String[] titles = {"activation a", "slope at z", "δ = ∂C/∂z"};
        double labelWidth = 70 * scale, cellWidth = (w - labelWidth) / 3, head = 20 * scale;
        double rowHeight = (h - head) / layers.size();
        g.setFont(Font.font("System", FontWeight.BOLD, 12 * scale));
        g.setFill(Color.web("#1d2330"));
        for (int c = 0; c < 3; c++) Painter.fillText(g, titles[c], labelWidth + c * cellWidth + 4, 14 * scale);
        for (int r = 0; r < layers.size(); r++) {
            LayerStatistics.Layer layer = layers.get(r);
            double y = head + r * rowHeight;
            g.setFill(Colors.categorical(r));
            g.setFont(Font.font("System", FontWeight.BOLD, 13 * scale));
            Painter.fillText(g, "layer " + (r + 1), 2, y + 16 * scale);
            g.setFont(Font.font("System", 11 * scale));
            g.setFill(Color.web("#374151"));
            Painter.fillText(g, layer.activation().fileName(), 2, y + 30 * scale);
            if (!layer.unitsNote().isEmpty()) {
                g.setFill(Color.web("#b45309"));
                Painter.fillText(g, layer.unitsNote(), 2, y + 44 * scale);
            }
            LayerStatistics.Histogram[] hs = {layer.activations(), layer.derivatives(), layer.deltas()};
            for (int c = 0; c < 3; c++) bars(g, hs[c], labelWidth + c * cellWidth + 4, y + 4, cellWidth - 10, rowHeight - 20 * scale, Colors.categorical(r), scale);
        }
    }

    private static void bars(GraphicsContext g, LayerStatistics.Histogram hist, double x, double y, double width, double height,
                             Color color, double scale) {
        int max = 1;
        for (int c : hist.counts()) max = Math.max(max, c);
        double bw = width / hist.counts().length;
        g.setFill(color);
        for (int i = 0; i < hist.counts().length; i++) {
            double bh = height * hist.counts()[i] / max;
            g.fillRect(x + i * bw, y + height - bh, Math.max(1, bw - 1), bh);
        }
        g.setStroke(Color.web("#9ca3af"));
        g.strokeLine(x, y + height, x + width, y + height);
        g.setFill(Color.web("#374151"));
        g.setFont(Font.font("System", 10 * scale));
        Painter.fillText(g, Numbers.format(hist.min()), x, y + height + 11 * scale);
        String hi = Numbers.format(hist.max());
        Painter.fillText(g, hi, x + width - 6 * scale * hi.length(), y + height + 11 * scale);
    }
}
