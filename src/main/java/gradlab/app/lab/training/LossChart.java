package gradlab.app.lab.training;

import gradlab.app.common.CanvasPane;
import gradlab.app.common.Numbers;
import gradlab.app.common.Painter;
import gradlab.app.common.Shown;
import gradlab.lab.History;
import gradlab.lab.TrainingSnapshot;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import gradlab.app.common.Palette;
import gradlab.app.lab.session.TrainingModel;

/** Training (solid blue) and validation (dashed orange) loss over epochs; log scale; hover shows epoch and value. */
public final class LossChart extends CanvasPane {
    private double fontScale = 1;

    /** Large type: the chart's own text grows with the window's (about 1.6×). */
    public void setFontScale(double scale) {
        fontScale = scale;
        draw();
    }

    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private History.Entry[] entries = new History.Entry[0];
    private double hoverX = -1;
    private double left, right, top, bottom, minY, maxY;

    public LossChart(TrainingModel training) {
        getStyleClass().add("loss-chart");
        setMinSize(200, 140);
        Shown.onChange(this, training.snapshotProperty(), () -> show(training.snapshotProperty().get()));
        logScale.addListener((o, a, b) -> draw());
        canvas.setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        canvas.setOnMouseExited(e -> {
            hoverX = -1;
            draw();
        });
    }

    public BooleanProperty logScaleProperty() { return logScale; }

    @Override protected double computePrefHeight(double w) { return 190; }
    @Override protected double computeMinHeight(double w) { return 190; }

    private void show(TrainingSnapshot s) {
        entries = s == null ? new History.Entry[0] : s.history();
        divergedAtOnce = s != null && s.diverged() && entries.length == 0;
        draw();
    }

    private boolean divergedAtOnce;

    /** What the chart says instead of a curve (null while it draws one): for tests. */
    public String emptyMessage() {
        if (entries.length > 0) return null;
        return divergedAtOnce ? "The loss blew up in the first epoch:\nnothing to plot (see the banner)." : "Train to see the loss fall (Space plays).";
    }

    /** {@code text} with its lines broken between words so that none is wider than {@code width} (large type in a narrow column). */
    static String wrap(String text, Font font, double width) {
        Text probe = new Text();
        probe.setFont(font);
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            String line = "";
            for (String word : paragraph.split(" ")) {
                probe.setText(line.isEmpty() ? word : line + " " + word);
                if (!line.isEmpty() && probe.getLayoutBounds().getWidth() > width) {
                    out.append(line).append('\n');
                    line = word;
                } else {
                    line = line.isEmpty() ? word : line + " " + word;
                }
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The entry nearest to the mouse, or null: what the hover readout shows. */
    public History.Entry hovered() {
        if (hoverX < left || entries.length == 0) return null;
        int i = (int) Math.round((hoverX - left) / Math.max(1, right - left) * (entries.length - 1));
        return entries[Math.max(0, Math.min(entries.length - 1, i))];
    }

    private double y(double loss) {
        double v = logScale.get() ? Math.log10(Math.max(loss, 1e-12)) : loss;
        return bottom - (v - minY) / Math.max(1e-12, maxY - minY) * (bottom - top);
    }

    @Override
    protected void draw() {
        GraphicsContext g = Painter.begin(canvas);
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Palette.PAPER);
        g.fillRect(0, 0, w, h);
        left = 64 * fontScale;
        right = w - 12;
        top = 28 * fontScale;
        bottom = h - 30 * fontScale;
        g.setFont(Font.font("System", 15 * fontScale));
        g.setFill(Palette.INK);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        Painter.fillText(g, "Loss" + (logScale.get() ? " (log scale)" : ""), 8, 4);
        if (entries.length == 0) {
            g.setFill(Palette.MUTED);
            Painter.fillText(g, wrap(emptyMessage(), Painter.readable(g.getFont()), w - 16), 8, top + 20);   // under the title: a narrow chart (beside a lesson) shows it whole
            return;
        }
        minY = Double.POSITIVE_INFINITY;
        maxY = Double.NEGATIVE_INFINITY;
        for (History.Entry e : entries) {
            for (double v : new double[] {e.trainingLoss(), e.validationLoss()}) {
                if (!Double.isFinite(v)) continue;
                double t = logScale.get() ? Math.log10(Math.max(v, 1e-12)) : v;
                minY = Math.min(minY, t);
                maxY = Math.max(maxY, t);
            }
        }
        if (!logScale.get()) minY = Math.min(0, minY);
        if (maxY - minY < 1e-9) maxY = minY + 1;
        axes(g);
        line(g, History.Entry::trainingLoss, Palette.POSITIVE, false);
        line(g, History.Entry::validationLoss, Palette.NEGATIVE, true);
        History.Entry hover = hovered();
        if (hover != null) readout(g, hover);
    }

    private void axes(GraphicsContext g) {
        g.setStroke(Palette.MUTED);
        g.setLineWidth(1);
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        g.setFill(Palette.MUTED);
        g.setFont(Font.font("System", 13 * fontScale));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 2; k++) {
            double v = minY + (maxY - minY) * k / 2;
            double shown = logScale.get() ? Math.pow(10, v) : v;
            Painter.fillText(g, Numbers.format(shown), left - 6, bottom - (bottom - top) * k / 2.0);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        Painter.fillText(g, "epoch " + entries[0].epoch(), left + 30, bottom + 6);
        Painter.fillText(g, "epoch " + entries[entries.length - 1].epoch(), right - 40, bottom + 6);
        legend(g);
    }

    /** Which line is which: training solid, validation dashed (drawn only when there is a validation curve). */
    private void legend(GraphicsContext g) {
        boolean validation = false;
        for (History.Entry e : entries) if (!Double.isNaN(e.validationLoss())) { validation = true; break; }
        double k = fontScale, x = right - 200 * k, y = top + 10;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", 12 * fontScale));
        g.setLineWidth(3);
        g.setStroke(Palette.POSITIVE);
        g.strokeLine(x, y, x + 22 * k, y);
        g.setFill(Palette.INK);
        Painter.fillText(g, "training", x + 28 * k, y);
        if (validation) {
            g.setStroke(Palette.NEGATIVE);
            g.setLineDashes(8, 6);
            g.strokeLine(x + 95 * k, y, x + 117 * k, y);
            g.setLineDashes((double[]) null);
            Painter.fillText(g, "validation", x + 123 * k, y);
        }
    }

    private void line(GraphicsContext g, ToDoubleFunction<History.Entry> value, Color color, boolean dashed) {
        g.setStroke(color);
        g.setLineWidth(3);
        g.setLineDashes(dashed ? new double[] {8, 6} : null);
        g.beginPath();
        boolean started = false;
        int step = Math.max(1, entries.length / (int) Math.max(1, right - left));   // about one point per pixel
        for (int k = 0; k < entries.length; k += step) {
            int i = Math.min(k + step, entries.length) == entries.length ? entries.length - 1 : k;   // always end on the last epoch
            double v = value.applyAsDouble(entries[i]);
            if (!Double.isFinite(v)) continue;
            double x = left + (right - left) * (entries.length == 1 ? 0.5 : (double) i / (entries.length - 1));
            if (started) g.lineTo(x, y(v)); else g.moveTo(x, y(v));
            started = true;
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private void readout(GraphicsContext g, History.Entry e) {
        String text = "epoch " + e.epoch() + "   training " + Numbers.format(e.trainingLoss())
                + (Double.isNaN(e.validationLoss()) ? "" : "   validation " + Numbers.format(e.validationLoss()));
        g.setStroke(Palette.HIGHLIGHT);
        g.setLineWidth(1);
        g.strokeLine(hoverX, top, hoverX, bottom);
        g.setFont(Font.font("System", 14 * fontScale));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Palette.HIGHLIGHT);
        Painter.fillText(g, text, right, 4);
    }
}
