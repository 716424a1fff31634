package gradlab.app.lab.data;

import gradlab.app.common.Numbers;
import gradlab.app.common.Painter;
import gradlab.app.common.Shown;
import gradlab.data.Dataset;
import gradlab.nn.TargetEncoding;
import gradlab.nn.Network;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import gradlab.app.common.Palette;
import gradlab.app.lab.network.NetworkView;
import gradlab.app.lab.session.LabModel;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The data over the network's output: a decision-boundary heatmap for 2-D classification (or, while a
 * neuron is hovered in the diagram, what that neuron computes over the plane), the fitted curve for
 * 1-D regression. Points: class 1 blue, class 0 orange, validation points hollow, the selected sample
 * ringed. Click a point to step through it, click empty space to add a point, right-click to remove.
 */
public final class OutputView extends Region {
    private double fontScale = 1;

    /** Large type: the chart's own text grows with the window's (about 1.6×). */
    public void setFontScale(double scale) {
        fontScale = scale;
        draw();
    }

    public static final int RESOLUTION = 100;
    private static final Color[] CLASS_COLORS = {Palette.NEGATIVE, Palette.POSITIVE, Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#56b4e9")};

    private final LabModel model;
    private final Canvas canvas = new Canvas();           // the network's output: redrawn every training frame
    private final Canvas pointsCanvas = new Canvas();     // the data: redrawn only when the data or the sample changes
    private final WritableImage image = new WritableImage(RESOLUTION, RESOLUTION);
    private final int[] pixels = new int[RESOLUTION * RESOLUTION];
    private final OutputModel output;
    private final ObjectProperty<NetworkView.Neuron> neuron = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> addClass = new SimpleObjectProperty<>(1);
    private double minX = -6, maxX = 6, minY = -6, maxY = 6;

    public OutputView(LabModel model) {
        this.model = model;
        this.output = new OutputModel(model, RESOLUTION, 200);
        getStyleClass().add("output-view");
        getChildren().addAll(canvas, pointsCanvas);
        setMinSize(200, 200);
        Shown.onChange(this, model.revisionProperty(), this::drawOutput);
        Shown.onChange(this, model.datasetProperty(), this::draw);
        Shown.onChange(this, model.sampleProperty(), this::drawPoints);
        neuron.addListener((o, a, b) -> drawOutput());
        pointsCanvas.setOnMouseClicked(this::click);
    }

    /** The neuron whose output to show instead of the network's (null: the network's output). */
    public ObjectProperty<NetworkView.Neuron> neuronProperty() { return neuron; }

    /** The class a click adds. */
    public ObjectProperty<Integer> addClassProperty() { return addClass; }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        for (Canvas c : new Canvas[] {canvas, pointsCanvas}) {
            c.setWidth(side);
            c.setHeight(side);
            c.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
        }
        if (side != laidOutSide || model.dataset() != shownData) draw();   // a layout pass at the same size leaves the picture as it is
        laidOutSide = side;
    }

    private double laidOutSide = -1;

    @Override protected double computePrefWidth(double h) { return 360; }
    @Override protected double computePrefHeight(double w) { return 360; }
    @Override protected double computeMinHeight(double w) { return 280; }

    private boolean drewHeatmap;

    /** Whether the last frame drew a heatmap (2-D data) rather than a curve (for tests). */
    public boolean isTwoD() { return drewHeatmap; }

    private boolean twoD() { return model.dataset() != null && model.dataset().inputCount() == 2; }

    private void bounds() {
        Dataset data = model.dataset();
        if (data == null || data.size() == 0) return;
        if (List.of("circle", "xor", "gauss", "spiral", "blobs").contains(data.name())) {
            minX = minY = -6;
            maxX = maxY = 6;
            return;
        }
        minX = minY = Double.POSITIVE_INFINITY;
        maxX = maxY = Double.NEGATIVE_INFINITY;
        boolean twoD = twoD();
        for (int i = 0; i < data.size(); i++) {
            double x = data.inputValue(i, 0);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            double y = twoD ? data.inputValue(i, 1) : data.targetValue(i, 0);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double padX = Math.max(0.25 * (maxX - minX), 0.5), padY = Math.max(0.25 * (maxY - minY), 0.5);
        minX -= padX;
        maxX += padX;
        minY -= padY;
        maxY += padY;
    }

    public double toScreenX(double x) { return (x - minX) / (maxX - minX) * canvas.getWidth(); }
    public double toScreenY(double y) { return (maxY - y) / (maxY - minY) * canvas.getHeight(); }
    public double toDataX(double sx) { return minX + sx / canvas.getWidth() * (maxX - minX); }
    public double toDataY(double sy) { return maxY - sy / canvas.getHeight() * (maxY - minY); }

    /** The heatmap's colour at grid pixel (col, row), for tests. */
    public Color pixel(int col, int row) { return image.getPixelReader().getColor(col, row); }

    private boolean drawable() {
        return model.dataset() != null && model.network() != null && canvas.getWidth() > 0
                && model.network().features().rawCount() == model.dataset().inputCount();   // else mid-change, or a misfit file
    }

    private long drawing;

    /** How long all drawings of the data and the picture took so far, in ns (for the big-data benchmark). */
    public long drawingNanos() { return drawing; }

    /** Everything: the data's bounds may have changed (public for the big-data benchmark, which times it). */
    public void draw() {
        long start = System.nanoTime();
        if (drawable()) {
            bounds();
            shownData = model.dataset();
        }
        drawing += System.nanoTime() - start;
        paintOutput();
        drawPoints();
    }

    /**
     * The network's picture. New data whose network was fitted to it only afterwards (circle → sine:
     * the data changes first, the input layer next) has not had its axes and points drawn yet: all of it then.
     */
    private void drawOutput() {
        if (drawable() && model.dataset() != shownData) {
            draw();
            return;
        }
        paintOutput();
    }

    private Dataset shownData;

    private void paintOutput() {
        long start = System.nanoTime();
        paintOutputNow();
        drawing += System.nanoTime() - start;
    }

    private void paintOutputNow() {
        GraphicsContext g = Painter.begin(canvas);
        g.setFill(Palette.PAPER);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!drawable()) return;
        drewHeatmap = twoD();
        if (drewHeatmap) drawHeatmap(g); else drawCurve(g);
        NetworkView.Neuron shown = neuron.get();
        if (twoD() && shown != null && shown.column() > 0) {   // say whose picture this is while a neuron is hovered
            String caption = "layer " + shown.column() + ", neuron " + (shown.unit() + 1);
            g.setFont(Font.font("System", FontWeight.BOLD, 16 * fontScale));
            g.setFill(Color.rgb(255, 255, 255, 0.85));
            g.fillRoundRect(6, 6, caption.length() * 9 + 12, 26, 8, 8);
            g.setFill(Palette.HIGHLIGHT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            Painter.fillText(g, caption, 12, 19);
        }
        g.setStroke(Palette.MUTED);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, canvas.getWidth() - 1, canvas.getHeight() - 1);
    }

    private void drawHeatmap(GraphicsContext g) {
        Network net = model.network();
        NetworkView.Neuron shown = neuron.get();
        boolean ofNeuron = shown != null && shown.column() > 0;
        OutputModel.Picture grid = output.picture(true, minX, maxX, minY, maxY, ofNeuron ? shown.column() - 1 : -1, ofNeuron ? shown.unit() : -1);
        TargetEncoding encoding = safeEncoding();
        double low = encoding == null ? 0 : encoding.low(), high = encoding == null ? 1 : encoding.high();
        for (int p = 0; p < pixels.length; p++) {
            if (grid.neuron() != null) {
                pixels[p] = Palette.signedArgb(grid.neuron()[p]);
            } else if (net.outputSize() == 1) {
                pixels[p] = Palette.signedArgb(2 * (grid.outputs()[0][p] - low) / (high - low) - 1);
            } else {
                int best = 0;
                for (int k = 1; k < net.outputSize(); k++) if (grid.outputs()[k][p] > grid.outputs()[best][p]) best = k;
                Color c = Palette.NEUTRAL.interpolate(CLASS_COLORS[classColorIndex(best, net.outputSize())],
                        Math.max(0, Math.min(1, grid.outputs()[best][p]))).deriveColor(0, 0.75, 1.05, 1);
                pixels[p] = 0xff000000 | (int) (c.getRed() * 255) << 16 | (int) (c.getGreen() * 255) << 8 | (int) (c.getBlue() * 255);
            }
        }
        image.getPixelWriter().setPixels(0, 0, RESOLUTION, RESOLUTION, PixelFormat.getIntArgbInstance(), pixels, 0, RESOLUTION);
        g.setImageSmoothing(true);
        g.drawImage(image, 0, 0, canvas.getWidth(), canvas.getHeight());
    }

    private static int classColorIndex(int k, int classes) {
        return classes == 2 ? k : (k + 1) % CLASS_COLORS.length;
    }

    private TargetEncoding safeEncoding() {
        try {
            return model.encoding();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void drawCurve(GraphicsContext g) {
        OutputModel.Picture curve = output.picture(false, minX, maxX, 0, 0, -1, -1);
        g.setStroke(Palette.POSITIVE);
        g.setLineWidth(3);
        g.beginPath();
        for (int p = 0; p < curve.points(); p++) {
            double x = minX + (maxX - minX) * p / (curve.points() - 1);
            double y = curve.outputs()[0][p];
            if (!Double.isFinite(y)) continue;
            if (p == 0) g.moveTo(toScreenX(x), toScreenY(y)); else g.lineTo(toScreenX(x), toScreenY(y));
        }
        g.stroke();
    }

    private PointDots shownDots = PointDots.NONE;

    /** The dots the last drawing of the points drew (for tests). */
    PointDots shownDots() { return shownDots; }

    /** The points: linear in their number, thinned where they overlap (see {@link PointDots}). */
    private void drawPoints() {
        long start = System.nanoTime();
        drawPointsNow();
        drawing += System.nanoTime() - start;
    }

    private void drawPointsNow() {
        GraphicsContext g = Painter.begin(pointsCanvas);
        g.clearRect(0, 0, pointsCanvas.getWidth(), pointsCanvas.getHeight());
        shownDots = PointDots.NONE;
        if (!drawable()) return;
        Dataset data = model.dataset();
        Dataset.Split split = model.split();
        boolean splitFits = split != null && split.training().size() + split.validation().size() == data.size();
        boolean twoD = twoD(), classes = data.isClassification();
        double r = data.size() < 30 ? canvas.getWidth() / 30 : Math.max(4, canvas.getWidth() / 90);
        int selected = model.sampleProperty().get();
        PointDots dots = dotsOf(data, splitFits ? split : null, twoD, classes, r, selected);
        for (int d = 0; d < dots.count(); d++) {
            double sx = dots.x(d), sy = dots.y(d);
            Color color = classes ? CLASS_COLORS[dots.colour(d)] : Palette.INK;
            if (dots.held(d)) {
                g.setStroke(color);
                g.setLineWidth(2.5);
                g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
            } else {
                g.setFill(color);
                g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
            }
            if (dots.index(d) == selected) {
                g.setStroke(Palette.HIGHLIGHT);
                g.setLineWidth(4);
                g.strokeOval(sx - 2.2 * r, sy - 2.2 * r, 4.4 * r, 4.4 * r);
            }
        }
        shownDots = dots;
        axesAndLegend(g, splitFits && split.validation().size() > 0);
    }

    /** What the dots last placed were placed from: the same again gives the same dots. */
    private record Placed(Dataset data, Dataset.Split split, boolean twoD, double width, double height, double minX, double maxX,
                          double minY, double maxY, double radius, int selected) {}

    private Placed placed;
    private PointDots placedDots = PointDots.NONE;

    /**
     * The dots of {@code data} as the view is now; the dots of the last drawing when nothing they depend on
     * changed (a redraw of the same points: a new sample chosen in the same data is a change).
     */
    private PointDots dotsOf(Dataset data, Dataset.Split split, boolean twoD, boolean classes, double r, int selected) {
        double left = minX, top = maxY, xRange = maxX - minX, yRange = maxY - minY, width = pointsCanvas.getWidth(), height = pointsCanvas.getHeight();
        Placed now = new Placed(data, split, twoD, width, height, minX, maxX, minY, maxY, r, selected);
        if (now.equals(placed)) return placedDots;
        placed = now;
        placedDots = PointDots.of(data.size(), new PointDots.Placement() {   // placed as toScreenX and toScreenY place a point
            @Override public double x(int i) { return (data.inputValue(i, 0) - left) / xRange * width; }
            @Override public double y(int i) { return (top - (twoD ? data.inputValue(i, 1) : data.targetValue(i, 0))) / yRange * height; }
            @Override public int colour(int i) { return classes ? classColorIndex(data.classOf(i), data.classes()) : 0; }
        }, split != null ? split.heldOut() : null, classes ? CLASS_COLORS.length : 1, width, height, r, selected);
        return placedDots;
    }

    /** The axes' ranges at the edges, and which points are which: filled for training, hollow for validation. */
    private void axesAndLegend(GraphicsContext g, boolean hasValidation) {
        double w = pointsCanvas.getWidth(), h = pointsCanvas.getHeight();
        g.setFont(Font.font("System", 12 * fontScale));
        g.setTextBaseline(VPos.BOTTOM);
        String xName = "x1", yName = twoD() ? "x2" : "target";
        label(g, fontScale, Numbers.format(minX), 4, h - 3, TextAlignment.LEFT);
        label(g, fontScale, xName + " → " + Numbers.format(maxX), w - 4, h - 3, TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        label(g, fontScale, yName + " ↑ " + Numbers.format(maxY), 4, 36 * fontScale, TextAlignment.LEFT);
        if (!hasValidation) return;
        double k = fontScale, x = w - 196 * k, y = 8;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(x - 6, y - 2, 194 * k, 22 * k, 8, 8);
        g.setFill(Palette.INK);
        g.fillOval(x, y + 4 * k, 10 * k, 10 * k);
        g.setStroke(Palette.INK);
        g.setLineWidth(2);
        g.strokeOval(x + 92 * k, y + 4 * k, 10 * k, 10 * k);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Painter.fillText(g, "training", x + 14 * k, y + 2);
        Painter.fillText(g, "validation", x + 106 * k, y + 2);
    }

    private static void label(GraphicsContext g, double k, String text, double x, double y, TextAlignment align) {
        g.setTextAlign(align);
        g.setFill(Color.rgb(255, 255, 255, 0.8));
        double width = (text.length() * 7 + 6) * k;
        double left = align == TextAlignment.RIGHT ? x - width : x - 2;
        g.fillRect(left, g.getTextBaseline() == VPos.BOTTOM ? y - 15 * k : y, width, 15 * k);
        g.setFill(Palette.INK);
        Painter.fillText(g, text, x, y);
    }

    private void click(MouseEvent e) {
        double x = toDataX(e.getX()), y = toDataY(e.getY());
        double radius = (maxX - minX) / 60;
        if (e.getButton() == MouseButton.SECONDARY) {
            model.removePoint(x, twoD() ? y : 0, radius * 2);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) return;
        int near = nearestOnScreen(e.getX(), e.getY());
        if (near >= 0) {
            model.selectSample(near);
        } else if (twoD()) {
            model.addPoint(x, y, addClass.get());
        } else {
            model.addPoint(x, 0, y);
        }
    }

    private int nearestOnScreen(double sx, double sy) {
        Dataset data = model.dataset();
        int best = -1;
        double bestDistance = 12;
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.input(i);
            double d = Math.hypot(toScreenX(x[0]) - sx, toScreenY(twoD() ? x[1] : data.target(i)[0]) - sy);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
