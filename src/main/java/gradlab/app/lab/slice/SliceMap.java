package gradlab.app.lab.slice;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A network slice as a contour map: the grid's values upsampled into one reused image (viridis, log of the
 * loss, iso-lines where the colour band changes), the trajectory so far, and the current weights.
 */
public final class SliceMap extends CanvasPane {
    private static final int IMAGE = 124;
    private final WritableImage image = new WritableImage(IMAGE, IMAGE);
    private final int[] pixels = new int[IMAGE * IMAGE];
    private NetworkSliceModel.Picture picture;
    private double[][] imaged;
    private double left, top, side, fontScale = 1;

    public SliceMap() {
        setMinSize(180, 180);
        setPrefSize(360, 360);
        getStyleClass().add("slice-map");
    }

    public void setFontScale(double s) {
        fontScale = s;
        redraw();
    }

    public void show(NetworkSliceModel.Picture p) {
        picture = p;
        if (p.values() != null && p.values() != imaged) render(p.values());
        redraw();
    }

    private void render(double[][] values) {
        imaged = values;
        int n = values.length;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) for (double v : row) if (Double.isFinite(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int[] band = new int[IMAGE * IMAGE];
        for (int r = 0; r < IMAGE; r++) {
            double fy = (IMAGE - 1 - r) / (double) (IMAGE - 1) * (n - 1);   // row 0 of the image is the top: the largest y
            for (int c = 0; c < IMAGE; c++) {
                double fx = c / (double) (IMAGE - 1) * (n - 1);
                int x0 = Math.min(n - 2, (int) fx), y0 = Math.min(n - 2, (int) fy);
                double tx = fx - x0, ty = fy - y0;
                double v = (1 - ty) * ((1 - tx) * values[y0][x0] + tx * values[y0][x0 + 1]) + ty * ((1 - tx) * values[y0 + 1][x0] + tx * values[y0 + 1][x0 + 1]);
                double t = Colors.scaled(v, min, max, true);
                pixels[r * IMAGE + c] = Colors.viridisArgb(t);
                band[r * IMAGE + c] = Double.isNaN(t) ? -1 : (int) Math.floor(t * 12);
            }
        }
        for (int r = 0; r < IMAGE - 1; r++) for (int c = 0; c < IMAGE - 1; c++) {
            int i = r * IMAGE + c;
            if (band[i] != band[i + 1] || band[i] != band[i + IMAGE]) pixels[i] = Colors.darker(pixels[i], 0.6);
        }
        image.getPixelWriter().setPixels(0, 0, IMAGE, IMAGE, PixelFormat.getIntArgbInstance(), pixels, 0, IMAGE);
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight();
        if (picture == null || picture.values() == null) return;
        double margin = 40 * fontScale;
        side = Math.max(10, Math.min(w - margin - 8, h - margin - 8));
        left = margin;
        top = 4;
        g.setImageSmoothing(true);
        g.drawImage(image, left, top, side, side);
        g.setStroke(Color.web("#1d2330"));
        g.strokeRect(left, top, side, side);
        double[] d = picture.domain();
        g.setFill(Color.web("#1d2330"));
        g.setFont(Font.font("System", 11 * fontScale));
        Painter.fillText(g, Numbers.format(d[0]), left, top + side + 14 * fontScale);
        Painter.fillText(g, Numbers.format(d[1]), left + side - 30 * fontScale, top + side + 14 * fontScale);
        Painter.fillText(g, Numbers.format(d[3]), 2, top + 12 * fontScale);
        Painter.fillText(g, Numbers.format(d[2]), 2, top + side);
        Painter.fillText(g, picture.xLabel(), left + 4, top + side + 30 * fontScale);
        if (!picture.trajectory().isEmpty()) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(2.5 * fontScale);
            g.beginPath();
            for (int k = 0; k < picture.trajectory().size(); k++) {
                double[] p = toScreen(picture.trajectory().get(k));
                if (k == 0) g.moveTo(p[0], p[1]); else g.lineTo(p[0], p[1]);
            }
            g.stroke();
        }
        if (picture.current() != null) {
            double[] p = toScreen(picture.current());
            g.setFill(Colors.categorical(1));
            g.fillOval(p[0] - 7 * fontScale, p[1] - 7 * fontScale, 14 * fontScale, 14 * fontScale);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.strokeOval(p[0] - 7 * fontScale, p[1] - 7 * fontScale, 14 * fontScale, 14 * fontScale);
        }
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * fontScale));
        g.setFill(Color.WHITE);
        Painter.fillText(g, picture.yLabel(), left + 6, top + 14 * fontScale);
    }

    private double[] toScreen(double[] point) {
        double[] d = picture.domain();
        double x = left + (point[0] - d[0]) / (d[1] - d[0]) * side, y = top + (d[3] - point[1]) / (d[3] - d[2]) * side;
        return new double[] {Math.max(left - 6, Math.min(left + side + 6, x)), Math.max(top - 6, Math.min(top + side + 6, y))};
    }
}
