package gradlab.app.race;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.surface.SurfaceGrid;
import gradlab.surface.SurfaceRun;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A 1-D surface f(x): the curve, every racer's visited points, the tangent at the current point and
 * the step it causes (notes 002's walk from w = 0.2 to w = 2). Clicking sets the start.
 */
public final class CurveView extends CanvasPane {
    private SurfaceModel.RacePicture picture;
    private double left, top, width, height;

    public CurveView(Consumer<double[]> onStart) {
        setMinSize(200, 200);
        setPrefSize(560, 420);
        canvas.setOnMousePressed(e -> onStart.accept(new double[] {toX(e.getX())}));
        canvas.setOnMouseDragged(e -> onStart.accept(new double[] {toX(e.getX())}));
    }

    public void show(SurfaceModel.RacePicture next) {
        picture = next;
        redraw();
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight(), scale = fontScale.get();
        if (picture == null || w < 20 || h < 20) return;
        left = 54 * scale;
        top = 16 * scale;   // the top tick's label sits on the top line: room above it for its height
        width = w - left - 12;
        height = h - top - 40 * scale;
        double[] d = picture.surface().domain();
        g.setStroke(Color.web("#9ca3af"));
        g.setLineWidth(1);
        g.strokeLine(left, top + height, left + width, top + height);
        g.strokeLine(left, top, left, top + height);
        g.setFill(Color.web("#1d2330"));
        g.setFont(Font.font("System", 13 * scale));
        for (int i = 0; i <= 4; i++) {
            double x = d[0] + (d[1] - d[0]) * i / 4, y = d[2] + (d[3] - d[2]) * i / 4;
            String tick = Numbers.format(x);   // kept inside the canvas: the last one ends at its right edge
            Painter.fillText(g, tick, Math.max(0, Math.min(w - Painter.width(tick, g.getFont()) - 2, toScreenX(x) - 8 * scale)), top + height + 16 * scale);
            Painter.fillText(g, Numbers.format(y), 4, toScreenY(y) + 4 * scale);
        }
        g.setStroke(Color.web("#1d2330"));
        g.setLineWidth(2.5 * scale);
        g.beginPath();
        SurfaceGrid curve = picture.grid();   // f(x) as the model sampled it
        for (int i = 0; i < curve.columns(); i++) {
            double sy = toScreenY(curve.value(0, i));
            if (i == 0) g.moveTo(toScreenX(curve.x(i)), sy); else g.lineTo(toScreenX(curve.x(i)), sy);
        }
        g.stroke();
        for (int r = 0; r < picture.paths().size(); r++) racer(g, r, scale);
    }

    private void racer(GraphicsContext g, int r, double scale) {
        List<SurfaceRun.Point> path = picture.paths().get(r);
        if (path.isEmpty()) return;
        Color color = Colors.categorical(r);
        g.setStroke(color);
        g.setLineWidth(1.5 * scale);
        for (int k = 1; k < path.size(); k++) {
            g.strokeLine(toScreenX(path.get(k - 1).x()), toScreenY(path.get(k - 1).f()), toScreenX(path.get(k).x()), toScreenY(path.get(k).f()));
        }
        g.setFill(color);
        for (SurfaceRun.Point p : path) g.fillOval(toScreenX(p.x()) - 4 * scale, toScreenY(p.f()) - 4 * scale, 8 * scale, 8 * scale);
        SurfaceRun.Point now = path.get(path.size() - 1);
        double slope = now.gradient()[0];
        double dx = (picture.surface().domain()[1] - picture.surface().domain()[0]) / 6;
        g.setStroke(color.darker());
        g.setLineDashes(6, 4);
        g.setLineWidth(2 * scale);
        g.strokeLine(toScreenX(now.x() - dx), toScreenY(now.f() - slope * dx), toScreenX(now.x() + dx), toScreenY(now.f() + slope * dx));
        g.setLineDashes();
        double step = -picture.racers().get(r).learningRate() * slope;   // plain descent's next move along x
        double y = top + height - 8 * scale - 14 * scale * r;
        g.setStroke(color);
        g.setLineWidth(3 * scale);
        g.strokeLine(toScreenX(now.x()), y, toScreenX(now.x() + step), y);
        g.setFill(color);
        g.fillOval(toScreenX(now.x()) - 7 * scale, toScreenY(now.f()) - 7 * scale, 14 * scale, 14 * scale);
        g.setFont(Font.font("System", 13 * scale));
        // the longest wording that fits beside the axis: a narrow plot in large type drops the words, never the numbers
        double room = getWidth() - left - 12;
        String said = "slope " + Numbers.format(slope) + ", step −η·slope = " + Numbers.format(step);
        if (Painter.width(said, g.getFont()) > room) said = "slope " + Numbers.format(slope) + ", step " + Numbers.format(step);
        if (Painter.width(said, g.getFont()) > room) said = "step " + Numbers.format(step);
        Painter.fillText(g, said, left + 8, top + 16 * scale + 18 * scale * r);
    }

    private double toScreenX(double x) {
        double[] d = picture.surface().domain();
        return left + (x - d[0]) / (d[1] - d[0]) * width;
    }

    private double toScreenY(double f) {
        double[] d = picture.surface().domain();
        double t = (f - d[2]) / (d[3] - d[2]);
        return top + height - Math.max(-0.05, Math.min(1.05, t)) * height;
    }

    private double toX(double sx) {
        double[] d = picture.surface().domain();
        return d[0] + Math.max(0, Math.min(1, (sx - left) / width)) * (d[1] - d[0]);
    }
}
