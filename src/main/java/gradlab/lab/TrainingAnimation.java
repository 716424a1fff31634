package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.io.GifWriter;
import gradlab.explain.MathText;
import gradlab.nn.Layer;
import gradlab.nn.Network;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * A training run (or the twin runs) as animation frames, drawn off screen with Java2D at the size asked for:
 * for each run a row with the network diagram (edges coloured by the weight's sign, as wide as its size), the
 * output over the data's range with the data points (the decision boundary for two inputs, the fitted curve
 * for one), and the loss curve so far. It trains its own copies of the networks, so the window's network is
 * never touched and the window stays free. Frame k shows the runs after k epochs. Not thread-safe: one worker
 * uses it.
 */
public final class TrainingAnimation {
    /** One run: its label, network (copied), training data, validation data (or null) and settings. */
    public record Run(String label, Network network, Dataset training, Dataset validation, TrainingConfig config) {}

    private static final Color POSITIVE = new Color(0xE69F00), NEGATIVE = new Color(0x0072B2), INK = new Color(0x222222);
    private static final int MOST_UNITS = 12, GRID = 64;

    private final String title;
    private final List<String> labels = new ArrayList<>();
    private final List<Trainer> trainers = new ArrayList<>();
    private final List<Dataset> data = new ArrayList<>();
    private final List<List<Double>> losses = new ArrayList<>();
    private final List<GridEvaluator> grids = new ArrayList<>();
    private final int width, height;
    private int epochs, plannedEpochs = 1;

    public TrainingAnimation(String title, List<Run> runs, int width, int height) {
        if (width < 16 || height < 16 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("the frame size must be between 16x16 and 4096x4096, got " + width + "x" + height);
        }
        if (runs.isEmpty()) throw new IllegalArgumentException("an animation needs at least one run");
        this.title = title;
        this.width = width;
        this.height = height;
        for (Run r : runs) {
            Trainer t = new Trainer(r.network().copy(), r.training(), r.validation(), r.config());
            labels.add(r.label());
            trainers.add(t);
            data.add(r.training());
            List<Double> curve = new ArrayList<>();
            curve.add(t.evaluateTraining().loss());   // epoch 0: the starting weights
            losses.add(curve);
            int inputs = r.training().inputCount();
            grids.add(inputs == 1 || inputs == 2 ? new GridEvaluator(inputs == 2 ? GRID : Math.max(2, width / 4), inputs) : null);
        }
    }

    /** The lab's experiment: one row. */
    public static TrainingAnimation ofLab(Network network, Dataset training, Dataset validation, TrainingConfig config, int width, int height) {
        return new TrainingAnimation("training " + (network.name() == null ? "the network" : network.name()),
                List.of(new Run("the lab", network, training, validation, config)), width, height);
    }

    /** The twin runs: one row a twin, trained in lock step. */
    public static TrainingAnimation ofTwins(Twins.Setup setup, int width, int height) {
        List<Run> runs = new ArrayList<>();
        for (Twins.Twin t : setup.twins()) runs.add(new Run(t.label(), t.network(), t.data(), null, t.config()));
        return new TrainingAnimation(setup.title(), runs, width, height);
    }

    /** Epochs trained so far. */
    public int epochs() { return epochs; }

    /** The loss after each epoch so far (index 0: before training) of run {@code run}. */
    public List<Double> losses(int run) { return List.copyOf(losses.get(run)); }

    /** One epoch for every run that can still train. */
    public void epoch() {
        for (int i = 0; i < trainers.size(); i++) {
            Trainer t = trainers.get(i);
            if (t.canTrain()) {
                t.stepEpoch();
                losses.get(i).add(t.status() == TrainingSnapshot.Status.DIVERGED ? Double.NaN : t.trainingLoss());
            }
        }
        epochs++;
    }

    /**
     * Writes {@code epochs + 1} frames (the start, then one per epoch) as a GIF at {@code fps}. {@code progress}
     * hears the frames written so far and answers whether to go on; a cancelled export writes nothing.
     *
     * @return whether the GIF was written (false: cancelled)
     */
    public boolean writeGif(Path out, double fps, int epochs, IntPredicate progress) throws IOException {
        if (epochs < 0) throw new IllegalArgumentException("epochs must be 0 or more, got " + epochs);
        plannedEpochs = Math.max(1, this.epochs + epochs);
        GifWriter gif = new GifWriter(out, fps);
        try {
            for (int k = 0; k <= epochs; k++) {
                if (k > 0) epoch();
                gif.add(frame());
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

    /** The runs as they are now. */
    public BufferedImage frame() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int font = Math.max(10, Math.min(width / 50, height / 24));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, font));
        g.setColor(INK);
        g.drawString(title + "   epoch " + epochs, font / 2, font + font / 4);
        int top = font * 2, rowHeight = (height - top) / trainers.size();
        double highest = 0;
        for (List<Double> curve : losses) for (double v : curve) if (Double.isFinite(v)) highest = Math.max(highest, v);
        for (int i = 0; i < trainers.size(); i++) {
            int y = top + i * rowHeight, pad = font / 2, h = rowHeight - font - pad;
            Trainer t = trainers.get(i);
            List<Double> curve = losses.get(i);
            double last = curve.get(curve.size() - 1);
            String said = t.status() == TrainingSnapshot.Status.DIVERGED ? "diverged"
                    : "loss " + MathText.format(last);
            g.setColor(INK);
            g.drawString(labels.get(i) + "   " + said, pad, y + font);
            int panel = (width - 4 * pad) / 3, panelTop = y + font + pad / 2;
            diagram(g, t.network(), pad, panelTop, panel, h);
            output(g, i, 2 * pad + panel, panelTop, panel, h);
            lossCurve(g, curve, highest, 3 * pad + 2 * panel, panelTop, panel, h, font);
        }
        g.dispose();
        return image;
    }

    private static void diagram(Graphics2D g, Network net, int x, int y, int w, int h) {
        int columns = net.depth() + 1;
        int[] units = new int[columns];
        units[0] = Math.min(MOST_UNITS, net.inputSize());
        for (int l = 0; l < net.depth(); l++) units[l + 1] = Math.min(MOST_UNITS, net.layer(l).units());
        double largest = 1e-12;
        for (Layer layer : net.layers()) for (double v : layer.weights().value().data) if (Double.isFinite(v)) largest = Math.max(largest, Math.abs(v));
        double r = Math.max(2, Math.min(h / (2.6 * MOST_UNITS), w / (4.0 * columns)));
        r = Math.max(2, Math.min(r, h / (2.6 * maxOf(units))));
        for (int l = 0; l < net.depth(); l++) {
            Layer layer = net.layer(l);
            for (int to = 0; to < units[l + 1]; to++) {
                for (int from = 0; from < units[l]; from++) {
                    double wv = layer.weight(to, from);
                    if (!Double.isFinite(wv)) continue;
                    g.setColor(wv >= 0 ? POSITIVE : NEGATIVE);
                    g.setStroke(new BasicStroke((float) (0.4 + 4 * Math.abs(wv) / largest)));
                    g.draw(new Line2D.Double(cx(x, w, columns, l), cy(y, h, units[l], from), cx(x, w, columns, l + 1), cy(y, h, units[l + 1], to)));
                }
            }
        }
        g.setStroke(new BasicStroke(1.2f));
        for (int c = 0; c < columns; c++) {
            for (int u = 0; u < units[c]; u++) {
                Ellipse2D node = new Ellipse2D.Double(cx(x, w, columns, c) - r, cy(y, h, units[c], u) - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.fill(node);
                g.setColor(INK);
                g.draw(node);
            }
        }
    }

    private static int maxOf(int[] v) {
        int m = 1;
        for (int x : v) m = Math.max(m, x);
        return m;
    }

    private static double cx(int x, int w, int columns, int c) { return x + w * (c + 0.5) / columns; }
    private static double cy(int y, int h, int count, int u) { return y + h * (u + 0.5) / count; }

    /** The output over the data's range (padded by a tenth), with the data points on it. */
    private void output(Graphics2D g, int run, int x, int y, int w, int h) {
        Dataset d = data.get(run);
        GridEvaluator grid = grids.get(run);
        g.setColor(new Color(0xF2F2F2));
        g.fillRect(x, y, w, h);
        if (grid == null) {
            g.setColor(INK);
            g.drawString(d.inputCount() + " inputs: no picture", x + 4, y + h / 2);
            return;
        }
        double[] range = range(d);
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.size(); i++) for (double v : d.target(i)) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        if (!(high > low)) high = low + 1;
        Network net = trainers.get(run).network();
        int inputs = d.inputCount();
        if (inputs == 2) {
            grid.evaluate(net, range[0], range[1], range[2], range[3]);
            int n = grid.resolution();
            for (int p = 0; p < grid.points(); p++) {
                int col = p % n, row = p / n;
                double t = (grid.output(p, 0) - low) / (high - low);
                g.setColor(shade(t));
                int x0 = x + col * w / n, y0 = y + row * h / n;
                g.fillRect(x0, y0, x + (col + 1) * w / n - x0, y + (row + 1) * h / n - y0);
            }
            double r = Math.max(2, Math.min(w, h) / 70.0);
            for (int i = 0; i < d.size(); i++) {
                double[] in = d.input(i);
                double px = x + (in[0] - range[0]) / (range[1] - range[0]) * w, py = y + (range[3] - in[1]) / (range[3] - range[2]) * h;
                double t = (d.target(i)[0] - low) / (high - low);
                Ellipse2D dot = new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r);
                g.setColor(t >= 0.5 ? POSITIVE : NEGATIVE);
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.draw(dot);
            }
        } else {
            grid.evaluate(net, range[0], range[1], 0, 0);
            double ylow = low - (high - low) * 0.2, yhigh = high + (high - low) * 0.2;
            Path2D curve = new Path2D.Double();
            boolean started = false;
            for (int p = 0; p < grid.points(); p++) {
                double v = grid.output(p, 0);
                if (!Double.isFinite(v)) continue;
                double px = x + w * p / (double) (grid.points() - 1), py = y + h - (clamp((v - ylow) / (yhigh - ylow)) * h);
                if (started) curve.lineTo(px, py); else curve.moveTo(px, py);
                started = true;
            }
            double r = Math.max(2, Math.min(w, h) / 70.0);
            g.setColor(NEGATIVE);
            for (int i = 0; i < d.size(); i++) {
                double px = x + (d.input(i)[0] - range[0]) / (range[1] - range[0]) * w;
                double py = y + h - clamp((d.target(i)[0] - ylow) / (yhigh - ylow)) * h;
                g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            }
            g.setColor(POSITIVE);
            g.setStroke(new BasicStroke(2f));
            g.draw(curve);
        }
    }

    private static double[] range(Dataset d) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < d.size(); i++) {
            double[] in = d.input(i);
            for (int k = 0; k < Math.min(2, in.length); k++) {
                r[2 * k] = Math.min(r[2 * k], in[k]);
                r[2 * k + 1] = Math.max(r[2 * k + 1], in[k]);
            }
        }
        for (int k = 0; k < 2; k++) {
            if (!(r[2 * k + 1] > r[2 * k])) {
                r[2 * k] = Double.isFinite(r[2 * k]) ? r[2 * k] - 1 : -1;
                r[2 * k + 1] = r[2 * k] + 2;
            }
            double pad = (r[2 * k + 1] - r[2 * k]) / 10;
            r[2 * k] -= pad;
            r[2 * k + 1] += pad;
        }
        return r;
    }

    private static double clamp(double t) { return Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5; }

    /** Blue for low outputs, white in between, orange for high ones, lightened so the points stand out. */
    private static Color shade(double t) {
        t = clamp(t);
        Color end = t < 0.5 ? NEGATIVE : POSITIVE;
        double s = Math.abs(t - 0.5) * 2 * 0.6;
        return new Color((int) Math.round(255 + (end.getRed() - 255) * s), (int) Math.round(255 + (end.getGreen() - 255) * s),
                (int) Math.round(255 + (end.getBlue() - 255) * s));
    }

    /** The loss after each epoch so far, on an axis as long as the planned run and as high as the highest loss yet. */
    private void lossCurve(Graphics2D g, List<Double> curve, double highest, int x, int y, int w, int h, int font) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(x, y + h, x + w, y + h);
        g.drawLine(x, y, x, y + h);
        g.drawString("loss", x + 4, y + font);
        if (!(highest > 0)) highest = 1;
        Path2D line = new Path2D.Double();
        boolean started = false;
        int span = Math.max(plannedEpochs, curve.size() - 1);
        for (int k = 0; k < curve.size(); k++) {
            double v = curve.get(k);
            if (!Double.isFinite(v)) continue;
            double px = x + w * k / (double) span, py = y + h - v / highest * (h - font);
            if (started) line.lineTo(px, py); else line.moveTo(px, py);
            started = true;
        }
        g.setColor(NEGATIVE);
        g.setStroke(new BasicStroke(Math.max(1.5f, w / 200f)));
        g.draw(line);
    }
}
