package gradlab.app.race;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.surface.Surface;
import gradlab.surface.SurfaceGrid;
import gradlab.surface.SurfaceRun;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The contour map of a 2-D surface: filled viridis colour (log-scaled for valleys like Rosenbrock's),
 * iso-lines, the known minima, and every racer's path with its current point, −∇f and (for momentum) the
 * velocity. The model samples f once per surface ({@link SurfaceGrid}); this view turns that into one image at
 * the size it is drawn, and a frame only draws paths.
 * Clicking or dragging sets the start point.
 */
public final class SurfaceMap extends CanvasPane {
    private SurfaceModel.RacePicture picture;
    private SurfaceGrid imaged;
    private WritableImage image;   // the contour at the size it is drawn: a frame only copies it
    private int imageSide = -1;
    private double left, top, side;

    public SurfaceMap(Consumer<double[]> onStart) {
        setMinSize(200, 200);
        setPrefSize(560, 560);
        getStyleClass().add("surface-map");
        canvas.setOnMousePressed(e -> { if (e.isPrimaryButtonDown()) onStart.accept(toSurface(e.getX(), e.getY())); });
        canvas.setOnMouseDragged(e -> { if (e.isPrimaryButtonDown()) onStart.accept(toSurface(e.getX(), e.getY())); });
    }

    public void show(SurfaceModel.RacePicture next) {
        picture = next;
        if (next.grid() != imaged) {   // another surface: the contour image is made again at the next draw
            imaged = next.grid();
            imageSide = -1;
        }
        redraw();
    }

    /** Colour by (log) value, bilinear between grid points, iso-lines where the colour band changes, at {@code side} pixels. */
    private void ensureImage(int side) {
        if (side == imageSide && image != null) return;
        imageSide = side;
        image = new WritableImage(side, side);
        int[] pixels = new int[side * side];
        SurfaceGrid grid = imaged;
        int n = grid.columns();
        boolean logScale = picture.surface().logScale();
        int bands = 14;
        int[] band = new int[side * side];
        for (int r = 0; r < side; r++) {
            double fy = r / (side - 1.0) * (n - 1);
            int y0 = Math.min(n - 2, (int) fy);
            double ty = fy - y0;
            for (int c = 0; c < side; c++) {
                double fx = c / (side - 1.0) * (n - 1);
                int x0 = Math.min(n - 2, (int) fx);
                double tx = fx - x0;
                double v = (1 - ty) * ((1 - tx) * grid.value(y0, x0) + tx * grid.value(y0, x0 + 1))
                        + ty * ((1 - tx) * grid.value(y0 + 1, x0) + tx * grid.value(y0 + 1, x0 + 1));
                double t = Colors.scaled(v, grid.min(), grid.max(), logScale);
                pixels[r * side + c] = Colors.viridisArgb(t);
                band[r * side + c] = Double.isNaN(t) ? -1 : (int) Math.floor(t * bands);
            }
        }
        for (int r = 0; r < side - 1; r++) {
            for (int c = 0; c < side - 1; c++) {
                int i = r * side + c;
                if (band[i] != band[i + 1] || band[i] != band[i + side]) pixels[i] = Colors.darker(pixels[i], 0.55);
            }
        }
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight();
        if (picture == null || w < 10 || h < 10) return;
        double scale = fontScale.get();
        double margin = 44 * scale;
        side = Math.max(10, Math.min(w - margin - 8, h - margin - 8));
        left = margin;
        top = 10 * scale;   // room for the top axis label
        ensureImage((int) Math.round(side));
        g.drawImage(image, left, top);
        g.setStroke(Color.web("#1d2330"));
        g.setLineWidth(1);
        g.strokeRect(left, top, side, side);
        axes(g, scale);
        Surface s = picture.surface();
        for (double[] m : s.minima()) {
            double[] p = toScreen(m[0], m[1]);
            g.setStroke(Color.WHITE);
            g.setLineWidth(3 * scale);
            g.strokeLine(p[0] - 7 * scale, p[1] - 7 * scale, p[0] + 7 * scale, p[1] + 7 * scale);
            g.strokeLine(p[0] - 7 * scale, p[1] + 7 * scale, p[0] + 7 * scale, p[1] - 7 * scale);
        }
        double[] st = toScreen(picture.start()[0], picture.start()[1]);
        g.setFill(Color.WHITE);
        g.fillOval(st[0] - 6 * scale, st[1] - 6 * scale, 12 * scale, 12 * scale);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.5);
        g.strokeOval(st[0] - 6 * scale, st[1] - 6 * scale, 12 * scale, 12 * scale);
        for (int i = 0; i < picture.paths().size(); i++) path(g, i, scale);
    }

    private void path(GraphicsContext g, int i, double scale) {
        List<SurfaceRun.Point> path = picture.paths().get(i);
        if (path.isEmpty()) return;
        Color color = Colors.categorical(i);
        g.setStroke(Color.WHITE);
        g.setLineWidth(4.5 * scale);
        polyline(g, path);
        g.setStroke(color);
        g.setLineWidth(2.5 * scale);
        polyline(g, path);
        SurfaceRun.Point now = path.get(path.size() - 1);
        double[] p = toScreen(now.x(), now.position()[1]);
        double[] d = picture.surface().domain();
        double unit = side / (d[1] - d[0]);
        // −∇f, drawn as far as one learning-rate step would take plain descent (clipped to stay on the map)
        double rate = picture.racers().get(i).learningRate();
        arrow(g, p, -now.gradient()[0] * rate * unit, now.gradient()[1] * rate * unit, color.darker(), scale);
        if (now.velocity()[0] != 0 || now.velocity()[1] != 0) {
            arrow(g, p, now.velocity()[0] * unit, -now.velocity()[1] * unit, Color.WHITE, scale);
        }
        g.setFill(color);
        g.fillOval(p[0] - 6 * scale, p[1] - 6 * scale, 12 * scale, 12 * scale);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(p[0] - 6 * scale, p[1] - 6 * scale, 12 * scale, 12 * scale);
        int diverged = picture.divergedAt().get(i);
        if (diverged >= 0) {
            g.setFill(Color.WHITE);
            g.setFont(Font.font("System", FontWeight.BOLD, 14 * scale));
            String text = "✕ diverged at step " + diverged;
            double x = Math.min(Math.max(p[0] + 10, left + 4), left + side - 170 * scale);
            double y = Math.min(Math.max(p[1] - 10, top + 18 * scale), top + side - 6);
            g.setStroke(Color.BLACK);
            g.setLineWidth(3);
            g.strokeText(text, x, y);
            Painter.fillText(g, text, x, y);
        }
    }

    private void polyline(GraphicsContext g, List<SurfaceRun.Point> path) {
        g.beginPath();
        for (int k = 0; k < path.size(); k++) {
            double[] p = toScreen(path.get(k).x(), path.get(k).position()[1]);
            if (k == 0) g.moveTo(p[0], p[1]); else g.lineTo(p[0], p[1]);
        }
        g.stroke();
    }

    private void arrow(GraphicsContext g, double[] from, double dx, double dy, Color color, double scale) {
        double length = Math.hypot(dx, dy);
        if (!(length > 2)) return;
        double max = side / 3;
        if (length > max) {
            dx *= max / length;
            dy *= max / length;
            length = max;
        }
        double x2 = from[0] + dx, y2 = from[1] + dy, ux = dx / length, uy = dy / length, head = 9 * scale;
        g.setStroke(color);
        g.setLineWidth(2.5 * scale);
        g.strokeLine(from[0], from[1], x2, y2);
        g.strokeLine(x2, y2, x2 - head * (ux - 0.5 * uy), y2 - head * (uy + 0.5 * ux));
        g.strokeLine(x2, y2, x2 - head * (ux + 0.5 * uy), y2 - head * (uy - 0.5 * ux));
    }

    private void axes(GraphicsContext g, double scale) {
        double[] d = picture.surface().domain();
        g.setFill(Color.web("#1d2330"));
        Font font = Font.font("System", 13 * scale);
        g.setFont(font);
        int ticks = 4;   // fewer where the labels would touch on a small map
        Text probe = new Text(Numbers.format(d[0] + (d[1] - d[0]) / 4));
        probe.setFont(font);
        while (ticks > 1 && side / ticks < probe.getLayoutBounds().getWidth() + 12 * scale) ticks /= 2;
        for (int i = 0; i <= ticks; i++) {
            double x = d[0] + (d[1] - d[0]) * i / ticks, y = d[2] + (d[3] - d[2]) * i / ticks;
            double[] px = toScreen(x, d[2]), py = toScreen(d[0], y);
            String tick = Numbers.format(x);   // kept inside the canvas: the last one ends at its right edge
            Painter.fillText(g, tick, Math.max(0, Math.min(getWidth() - Painter.width(tick, font) - 2, px[0] - 10 * scale)), top + side + 16 * scale);
            Painter.fillText(g, Numbers.format(y), 4, py[1] + 4 * scale);
        }
        g.setFont(Font.font("System", FontWeight.BOLD, 14 * scale));
        Painter.fillText(g, "x", left + side / 2, top + side + 34 * scale);
        Painter.fillText(g, "y", 4, top + side / 2 - 12 * scale);
    }

    double[] toScreen(double x, double y) {
        double[] d = picture.surface().domain();
        return new double[] {left + (x - d[0]) / (d[1] - d[0]) * side, top + (d[3] - y) / (d[3] - d[2]) * side};
    }

    double[] toSurface(double sx, double sy) {
        double[] d = picture.surface().domain();
        double x = d[0] + Math.max(0, Math.min(1, (sx - left) / side)) * (d[1] - d[0]);
        double y = d[3] - Math.max(0, Math.min(1, (sy - top) / side)) * (d[3] - d[2]);
        return new double[] {x, y};
    }
}
