package gradlab.surface;

import gradlab.io.GifWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * A race on a loss surface as animation frames, drawn off screen with Java2D at the size asked for (no window,
 * no display): the surface's height in banded colours (log-scaled where the surface asks for it), each racer's
 * path so far in its colour and its ball at the current step, a legend with each racer's f. Frame k shows the
 * race after k updates.
 */
public final class RaceAnimation {
    /** One racer: how it is called in the legend, and its run (already run for the steps to show). */
    public record Racer(String label, SurfaceRun run) {}

    /** The course's categorical colours (Okabe-Ito), as the race panel draws its racers. */
    private static final Color[] COLORS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0x56B4E9), new Color(0xCC79A7), new Color(0xF0E442)};
    private static final int BANDS = 14;

    private final Surface surface;
    private final List<Racer> racers;
    private final int width, height;
    private final BufferedImage background;
    private final double fLow, fHigh;   // 1-D: the plotted range of f

    public RaceAnimation(Surface surface, List<Racer> racers, int width, int height) {
        if (width < 16 || height < 16 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("the frame size must be between 16x16 and 4096x4096, got " + width + "x" + height);
        }
        if (racers.isEmpty()) throw new IllegalArgumentException("a race needs at least one racer");
        this.surface = surface;
        this.racers = List.copyOf(racers);
        this.width = width;
        this.height = height;
        double[] range = surface.oneD() ? curveRange() : new double[] {0, 0};
        this.fLow = range[0];
        this.fHigh = range[1];
        this.background = surface.oneD() ? curveBackground() : heightBackground();
    }

    /** Frames a race of {@code steps} updates takes: the start and one per update. */
    public int frames() {
        int longest = 0;
        for (Racer r : racers) longest = Math.max(longest, r.run().path().size());
        return Math.max(1, longest);
    }

    private double[] d() { return surface.domain(); }
    private double px(double x) { return (x - d()[0]) / (d()[1] - d()[0]) * width; }
    private double py(double y) {
        if (surface.oneD()) return height - 28 - (y - fLow) / (fHigh - fLow) * (height - 56);
        return height - (y - d()[2]) / (d()[3] - d()[2]) * height;
    }

    private double[] curveRange() {
        SurfaceFunction f = surface.function();
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 200; i++) {
            double v = f.value(d()[0] + (d()[1] - d()[0]) * i / 200, 0);
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(high > low)) high = low + 1;
        return new double[] {low, high};
    }

    private BufferedImage curveBackground() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        SurfaceFunction f = surface.function();
        Path2D curve = new Path2D.Double();
        for (int i = 0; i <= width; i += 2) {
            double x = d()[0] + (d()[1] - d()[0]) * i / width, y = py(f.value(x, 0));
            if (i == 0) curve.moveTo(i, y); else curve.lineTo(i, y);
        }
        g.setColor(new Color(0x555555));
        g.setStroke(new BasicStroke(2f));
        g.draw(curve);
        g.dispose();
        return image;
    }

    /** f on a grid of 2-pixel cells, in bands from light (low) to dark (high), a darker line where the band changes. */
    private BufferedImage heightBackground() {
        SurfaceFunction f = surface.function();
        int cell = 2, cols = (width + cell - 1) / cell, rows = (height + cell - 1) / cell;
        double[][] v = new double[rows][cols];
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = d()[0] + (d()[1] - d()[0]) * (c * cell + cell / 2.0) / width;
                double y = d()[3] - (d()[3] - d()[2]) * (r * cell + cell / 2.0) / height;
                v[r][c] = f.value(x, y);
                if (Double.isFinite(v[r][c])) {
                    low = Math.min(low, v[r][c]);
                    high = Math.max(high, v[r][c]);
                }
            }
        }
        int[][] band = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double t = Double.isFinite(v[r][c]) ? scaled(v[r][c], low, high) : 1;
                band[r][c] = Math.min(BANDS - 1, (int) (t * BANDS));
            }
        }
        Color[] shades = new Color[BANDS];
        Color light = new Color(0xF4F7FB), dark = new Color(0x3B5B8C);
        for (int b = 0; b < BANDS; b++) shades[b] = mix(light, dark, b / (double) (BANDS - 1));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean edge = (c + 1 < cols && band[r][c + 1] != band[r][c]) || (r + 1 < rows && band[r + 1][c] != band[r][c]);
                int rgb = (edge ? shades[Math.min(BANDS - 1, band[r][c] + 3)] : shades[band[r][c]]).getRGB();
                for (int y = r * cell; y < Math.min(height, (r + 1) * cell); y++) {
                    for (int x = c * cell; x < Math.min(width, (c + 1) * cell); x++) image.setRGB(x, y, rgb);
                }
            }
        }
        Graphics2D g = graphics(image);
        g.setStroke(new BasicStroke(2f));
        g.setColor(new Color(0x222222));
        for (double[] m : surface.minima()) {   // known minima as small crosses
            double x = px(m[0]), y = py(m[1]);
            g.drawLine((int) x - 5, (int) y - 5, (int) x + 5, (int) y + 5);
            g.drawLine((int) x - 5, (int) y + 5, (int) x + 5, (int) y - 5);
        }
        g.dispose();
        return image;
    }

    private double scaled(double value, double low, double high) {
        if (high <= low) return 0;
        if (surface.logScale()) return Math.log1p(value - low) / Math.log1p(high - low);
        return Math.sqrt((value - low) / (high - low));   // the square root spreads the bands near the floor
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** The race after {@code step} updates (a racer that stopped earlier shows its last point). */
    public BufferedImage frame(int step) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.drawImage(background, 0, 0, null);
        float stroke = Math.max(2f, width / 320f);
        for (int i = 0; i < racers.size(); i++) {
            List<SurfaceRun.Point> path = racers.get(i).run().path();
            int last = Math.min(step, path.size() - 1);
            Color color = COLORS[i % COLORS.length];
            Path2D line = new Path2D.Double();
            for (int k = 0; k <= last; k++) {
                double x = px(path.get(k).x()), y = py(path.get(k).y());
                if (k == 0) line.moveTo(x, y); else line.lineTo(x, y);
            }
            g.setColor(color);
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            double x = px(path.get(last).x()), y = py(path.get(last).y()), r = stroke * 2.6;
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(stroke * 0.75f));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        legend(g, step);
        g.dispose();
        return image;
    }

    private void legend(Graphics2D g, int step) {
        int size = Math.max(11, Math.min(width, height) / 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        int line = size + size / 2, y = size / 2;
        String title = surface.title() + (surface.name() != null ? ":  f = " + surface.formula() : "");
        int boxWidth = g.getFontMetrics().stringWidth(title);
        for (Racer r : racers) boxWidth = Math.max(boxWidth, size * 2 + g.getFontMetrics().stringWidth(r.label() + "   f = 0.000000"));
        int x = Math.max(size / 2, width - boxWidth - size - size / 2);   // top right: races start elsewhere and end in the middle
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRoundRect(x, y, boxWidth + size, line * (racers.size() + 1) + size / 2, size, size);
        g.setColor(new Color(0x222222));
        g.drawString(title, x + size / 2, y + line - size / 4);
        for (int i = 0; i < racers.size(); i++) {
            List<SurfaceRun.Point> path = racers.get(i).run().path();
            SurfaceRun.Point p = path.get(Math.min(step, path.size() - 1));
            int top = y + line * (i + 1);
            g.setColor(COLORS[i % COLORS.length]);
            g.fillRoundRect(x + size / 2, top + size / 4, size, size, size / 3, size / 3);
            g.setColor(new Color(0x222222));
            String ended = racers.get(i).run().status() == SurfaceRun.Status.DIVERGED && step >= path.size() - 1 ? "  diverged" : "";
            g.drawString(String.format(Locale.ROOT, "%s   f = %.4g%s", racers.get(i).label(), p.f(), ended), x + size * 2, top + line - size / 4);
        }
        String counter = "step " + Math.min(step, frames() - 1);
        int w = g.getFontMetrics().stringWidth(counter);
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRoundRect(width - w - size * 2, height - line - size / 2, w + size, line, size, size);
        g.setColor(new Color(0x222222));
        g.drawString(counter, width - w - size * 3 / 2, height - size / 2 - size / 4);
    }

    /**
     * Writes every frame (the start, then one per update) as a GIF at {@code fps}. {@code progress} hears the
     * number of frames written so far and answers whether to go on; a cancelled export writes nothing.
     *
     * @return whether the GIF was written (false: cancelled)
     */
    public boolean writeGif(Path out, double fps, IntPredicate progress) throws IOException {
        GifWriter gif = new GifWriter(out, fps);
        try {
            for (int k = 0; k < frames(); k++) {
                gif.add(frame(k));
                if (!progress.test(k + 1)) {
                    gif.abandon();
                    return false;
                }
            }
            gif.close();
            return true;
        } catch (IOException | RuntimeException e) {
            gif.abandon();
            throw e;
        }
    }
}
