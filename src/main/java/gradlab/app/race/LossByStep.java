package gradlab.app.race;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.surface.SurfaceRun;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** f against step for every racer, on a log scale above the lowest value seen (plain when f can be negative). */
public final class LossByStep extends CanvasPane {
    private final BooleanProperty coordinates = new SimpleBooleanProperty(false);
    private SurfaceModel.RacePicture picture;

    public LossByStep() {
        setMinSize(160, 120);
        setPrefSize(420, 170);
        coordinates.addListener((o, a, b) -> redraw());
    }

    /** Shows each racer's x (solid) and y (dashed) by step instead of f: the zig-zag across a ravine and its damping. */
    public BooleanProperty coordinatesProperty() { return coordinates; }

    public void show(SurfaceModel.RacePicture next) {
        picture = next;
        redraw();
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight(), scale = fontScale.get();
        if (picture == null) return;
        if (coordinates.get() && !picture.surface().oneD()) {
            drawCoordinates(g, w, h, scale);
            return;
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        int steps = 1;
        for (List<SurfaceRun.Point> path : picture.paths()) {
            for (SurfaceRun.Point p : path) {
                min = Math.min(min, p.f());
                max = Math.max(max, p.f());
            }
            steps = Math.max(steps, path.size() - 1);
        }
        if (!(max >= min)) return;
        boolean started = picture.paths().stream().anyMatch(path -> path.size() > 1);
        boolean log = min > 0 && max / min > 100;
        double lo = log ? Math.log10(min) : min, hi = log ? Math.log10(max) : max;
        boolean flat = hi - lo < 1e-12;   // one value only (the start, or a flat surface): the axis has no span to label twice
        if (flat) {
            lo -= 0.5;
            hi += 0.5;
        }
        double left = 58 * scale, top = 8 + 18 * scale, width = w - left - 8, height = h - top - 24 * scale;   // a band above for the title
        g.setStroke(Color.web("#9ca3af"));
        g.strokeLine(left, top + height, left + width, top + height);
        g.strokeLine(left, top, left, top + height);
        g.setFill(Color.web("#1d2330"));
        g.setFont(Font.font("System", 12 * scale));
        if (!started) {   // step 0: nothing to draw against the step yet
            Painter.fillText(g, "f = " + Numbers.format(max) + " at the start", left + 6, top + height / 2 - 2 * scale);
            Painter.fillText(g, "step or play to draw it", left + 6, top + height / 2 + 14 * scale);
            Painter.fillText(g, "f", left + 6, 8 + 12 * scale);
            return;
        }
        if (flat) {
            Painter.fillText(g, Numbers.format(max), 2, top + height / 2 + 4 * scale);
        } else {
            Painter.fillText(g, Numbers.format(max), 2, top + 12 * scale);
            Painter.fillText(g, Numbers.format(min), 2, top + height);
        }
        Painter.fillText(g, "step " + steps, left + width - 60 * scale, top + height + 18 * scale);
        Painter.fillText(g, log ? "f (log scale)" : "f", left + 6, 8 + 12 * scale);
        for (int r = 0; r < picture.paths().size(); r++) {
            List<SurfaceRun.Point> path = picture.paths().get(r);
            g.setStroke(Colors.categorical(r));
            g.setLineWidth(2.5 * scale);
            g.beginPath();
            for (int k = 0; k < path.size(); k++) {
                double v = log ? Math.log10(Math.max(path.get(k).f(), min)) : path.get(k).f();
                double x = left + width * k / steps, y = top + height - (v - lo) / (hi - lo) * height;
                if (k == 0) g.moveTo(x, y); else g.lineTo(x, y);
            }
            g.stroke();
        }
    }

    private void drawCoordinates(GraphicsContext g, double w, double h, double scale) {
        double max = 1e-9;
        int steps = 1;
        for (List<SurfaceRun.Point> path : picture.paths()) {
            for (SurfaceRun.Point p : path) max = Math.max(max, Math.max(Math.abs(p.x()), Math.abs(p.position()[1])));
            steps = Math.max(steps, path.size() - 1);
        }
        double left = 58 * scale, top = 8 + 18 * scale, width = w - left - 8, height = h - top - 24 * scale, mid = top + height / 2;
        g.setStroke(Color.web("#9ca3af"));
        g.strokeLine(left, mid, left + width, mid);
        g.setFill(Color.web("#1d2330"));
        g.setFont(Font.font("System", 12 * scale));
        Painter.fillText(g, Numbers.format(max), 2, top + 12 * scale);
        Painter.fillText(g, "0", 2, mid + 4);
        Painter.fillText(g, "x solid, y dashed", left + 6, 8 + 12 * scale);
        Painter.fillText(g, "step " + steps, left + width - 60 * scale, top + height + 18 * scale);
        for (int r = 0; r < picture.paths().size(); r++) {
            List<SurfaceRun.Point> path = picture.paths().get(r);
            for (int coordinate = 0; coordinate < 2; coordinate++) {
                g.setStroke(Colors.categorical(r));
                g.setLineWidth(2 * scale);
                if (coordinate == 1) g.setLineDashes(6, 4); else g.setLineDashes();
                g.beginPath();
                for (int k = 0; k < path.size(); k++) {
                    double v = path.get(k).position()[coordinate];
                    double x = left + width * k / steps, y = mid - v / max * height / 2;
                    if (k == 0) g.moveTo(x, y); else g.lineTo(x, y);
                }
                g.stroke();
            }
            g.setLineDashes();
        }
    }
}
