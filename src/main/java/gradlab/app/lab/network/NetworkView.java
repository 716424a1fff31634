package gradlab.app.lab.network;

import gradlab.app.common.Colors;
import gradlab.app.common.Painter;
import gradlab.app.common.Numbers;
import gradlab.app.lab.session.Selection;
import gradlab.nn.ParameterName;
import gradlab.app.common.Shown;
import gradlab.explain.StepThrough;
import gradlab.nn.NetworkGraph;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import gradlab.app.common.Palette;
import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.session.TrainingModel;
import gradlab.app.lab.stepper.StepperModel;

/**
 * The network diagram and editor: inputs on the left, one column per layer; edges blue (positive) or
 * orange (negative) and as thick as |w|; each neuron shows its activation for the selected sample.
 * Click an edge or a neuron to select its weight or bias, scroll over it to nudge it; each layer has
 * +/− neuron buttons and an activation chooser. During step-through, the current neuron or layer is
 * outlined in purple and numbers not yet computed stay blank.
 */
public final class NetworkView extends Region {
    /** A neuron: column 0 is the inputs, column l + 1 is layer l. */
    public record Neuron(int column, int unit) {}

    private final LabModel model;
    private final StepperModel stepper;
    private final Selection selection;
    private final TrainingModel training;
    private final Canvas canvas = new Canvas();
    private final LayerControls controls;
    private final ReadOnlyObjectWrapper<Neuron> hovered = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);

    private final DiagramModel diagram;

    public NetworkView(LabModel model, DiagramModel diagram, StepperModel stepper, Selection selection, TrainingModel training) {
        this.training = training;
        this.selection = selection;
        this.model = model;
        this.stepper = stepper;
        this.diagram = diagram;
        getStyleClass().add("network-view");
        setMinSize(300, 120);   // a short projector window with the stepper and the inspector: the diagram gives way first
        controls = new LayerControls(model);
        getChildren().addAll(canvas, controls);
        // the model's changes reach the diagram only while it is shown (Shown): a swapped-out view redraws nothing
        Shown.onChange(this, model.revisionProperty(), () -> {
            if (shapeChanged()) redraw(); else if (!training.playingProperty().get() || dueWhilePlaying()) draw();
        });
        Shown.onChange(this, training.playingProperty(), this::draw);   // the last weights, once training stops
        Shown.onChange(this, selection.property(), this::draw);
        Shown.onChange(this, model.sampleProperty(), this::draw);
        Shown.onChange(this, stepper.stepProperty(), this::draw);
        fontScale.addListener((o, a, b) -> {
            shapeChanged();
            redraw();
        });
        // controls built while the diagram was in no scene (large type toggled on the start page) were measured
        // without their style: shown again, they are built anew, and the neurons placed below them
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                shownShape = "";
                requestLayout();
            }
        });
        canvas.setOnMouseClicked(this::click);
        canvas.setOnMouseMoved(e -> {
            look();
            hovered.set(neuronAt(e.getX(), e.getY()));
        });
        hovered.addListener((o, a, b) -> draw());   // a crowded diagram labels the hovered neuron's edges
        canvas.setOnMouseExited(e -> hovered.set(null));
        canvas.setOnScroll(this::scroll);
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
    }

    public ReadOnlyObjectProperty<Neuron> hoveredProperty() { return hovered.getReadOnlyProperty(); }
    public DoubleProperty fontScaleProperty() { return fontScale; }

    /**
     * The picture this frame (or this gesture) lays out and draws, read from the diagram model once per
     * entry ({@link #look}): never the live network, which training moves under a drawing.
     */
    private DiagramModel.Picture picture = DiagramModel.Picture.EMPTY;

    /** Reads the current picture into {@link #picture} (the model recomputes it only after a change). */
    private DiagramModel.Picture look() { return picture = diagram.picture(); }

    /** No network: nothing to lay out or draw. */
    private boolean empty() { return picture.depth() == 0; }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() == getWidth() && canvas.getHeight() == getHeight() && !shapeChanged()) return;
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        controls.resize(getWidth(), getHeight());
        shownShape = "";
        shapeChanged();
        redraw();
    }

    private String shownShape = "";
    private long lastDrawn;

    /**
     * While training plays, the diagram is redrawn at most 20 times a second (the heatmap and the loss
     * keep every frame): without a GPU, rasterising it is most of a frame's cost, and the eye cannot
     * follow edge widths faster than that anyway.
     */
    private boolean dueWhilePlaying() {
        long now = System.nanoTime();
        if (now - lastDrawn < 50_000_000L) return false;
        lastDrawn = now;
        return true;
    }

    /** The layer widths and activations the controls were built for. */
    private boolean shapeChanged() {
        look();
        StringBuilder shape = new StringBuilder(picture.featureNames().toString());
        for (int l = 0; l < picture.depth(); l++) shape.append(picture.units()[l]).append(picture.activations().get(l));
        shape.append(getWidth()).append(fontScale.get());
        boolean changed = !shape.toString().equals(shownShape);
        shownShape = shape.toString();
        return changed;
    }

    /** Rebuilds the per-layer controls and draws (the shape may have changed). */
    private void redraw() {
        look();
        buildLayerControls();
        paint();
    }

    private void buildLayerControls() {
        if (empty() || getWidth() <= 0) {
            controls.getChildren().clear();
            return;
        }
        controls.rebuild(picture, l -> at(l + 1, 0).getX(), getWidth());
    }

    /** Room below the neurons for the last bias label and, when shown, the layers' gradient bars. */
    /**
     * Room below the lowest neuron's centre: its radius (at most 34), its bias label, and the layer bars
     * with their numbers when they are shown, so the label never runs under a bar.
     */
    double bottomMargin() { return (barsShown() ? 94 : 50) * scale(); }

    /** The layer bars show when there are norms, and not while a sample is stepped through (its neurons need the room). */
    private boolean barsShown() { return layerNorms != null && controls.isVisible(); }

    private double[] layerNorms;

    /**
     * ‖∂C/∂b‖ of each layer, drawn as a small bar under the layer (longer: learns faster, on a log scale
     * across the layers), the same numbers as the gradient panel; null hides the bars.
     */
    public void setLayerNorms(double[] norms) {
        boolean changedRoom = (norms == null) != (layerNorms == null);
        layerNorms = norms == null ? null : norms.clone();
        if (changedRoom) redraw(); else draw();
    }

    private final List<Rectangle2D> bars = new ArrayList<>();

    /** Where the layer bars were drawn in the last frame (for tests). */
    public List<Rectangle2D> layerBars() { return List.copyOf(bars); }

    /** The lowest point of any bias label in the last frame (for tests). */
    public double biasLabelsBottom() { return biasLabelsBottom; }

    private double biasLabelsBottom;

    private void drawLayerBars(GraphicsContext g) {
        bars.clear();
        if (!barsShown() || layerNorms.length != picture.depth()) return;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double n : layerNorms) if (n > 0) {
            lo = Math.min(lo, Math.log10(n));
            hi = Math.max(hi, Math.log10(n));
        }
        if (!(hi >= lo)) return;
        double fs = scale(), y = getHeight() - 22 * fs;
        double spacing = picture.depth() > 1 ? at(2, 0).getX() - at(1, 0).getX() : Double.POSITIVE_INFINITY;
        double full = Math.max(0, Math.min(70 * fs, 0.85 * spacing));   // a narrow diagram: bars shrink rather than run into each other
        for (int l = 0; l < layerNorms.length; l++) {
            double n = layerNorms[l];
            double t = n > 0 ? (hi - lo < 1e-9 ? 1 : (Math.log10(n) - lo) / (hi - lo)) : 0;
            double x = at(l + 1, 0).getX(), w = 6 + t * (full - 6);
            g.setFill(Colors.categorical(l));
            g.fillRect(x - full / 2, y - 7 * fs, w, 8 * fs);
            bars.add(new Rectangle2D(x - full / 2, y - 7 * fs, full, 8 * fs));
            g.setStroke(Palette.MUTED);
            g.setLineWidth(1);
            g.strokeRect(x - full / 2, y - 7 * fs, full, 8 * fs);
            String value = Numbers.format(n);
            if (Painter.width(value, Font.font("System", FontWeight.NORMAL, 12 * scale())) + 6 <= spacing) {   // numbers that would run into the next layer's are left to the gradient panel
                text(g, value, x, y + 10 * fs, 12, Palette.INK, false, TextAlignment.CENTER);
            }
        }
    }

    /** Room for the layer controls above the neurons, and for the activation label between. */
    double topMargin() { return controls.controlsHeight() + 24 + 20 * scale(); }

    /**
     * The type scale the diagram draws at: large type asks for more, but when the diagram is short (large
     * type on a 1024×768 projector while stepping) it falls back towards normal size so circles and
     * labels never run into each other.
     */
    double scale() {
        double asked = fontScale.get();
        if (asked <= 1 || empty() || getHeight() <= 0) return asked;
        double perScale = 20 + (layerNorms == null ? 50 : 80) + 56.0 * picture.widest();   // height used per unit of scale
        return Math.max(1, Math.min(asked, (getHeight() - controls.controlsHeight() - 24) / perScale));
    }

    /** Where a neuron is drawn, in the current picture. */
    public Point2D position(int column, int unit) {
        look();
        return at(column, unit);
    }

    /** Where a neuron is drawn in {@link #picture}. */
    private Point2D at(int column, int unit) {
        int columns = picture.depth() + 1;
        int count = picture.columnSize(column);
        double left = leftMargin(), right = rightMargin();
        double top = topMargin(), bottom = bottomMargin();
        double x = left + column * (getWidth() - left - right) / Math.max(1, columns - 1);
        double usable = getHeight() - top - bottom;
        double gap = count == 1 ? 0 : Math.min(usable / (count - 1), 170 * scale());
        double y = top + usable / 2 + (unit - (count - 1) / 2.0) * gap;
        return new Point2D(x, y);
    }

    /**
     * Room left of the inputs for their names (at most 110 px in normal type): a narrow diagram gives the
     * layers what the names do not need.
     */
    private double leftMargin() {
        double names = 0;
        for (String name : picture.featureNames()) names = Math.max(names, textWidth(name, 20));
        return Math.min(110 * scale(), Math.max(40 * scale(), circle() + 14 + names));
    }

    /** Room right of the output column: its circle and half its bias label (at most 110 px in normal type). */
    private double rightMargin() {
        return Math.min(110 * scale(), Math.max(circle(), 0.5 * 8 * 0.6 * type(15)) + 12);
    }

    /** The size a text of {@code base} px is drawn in: scaled with the type, never under large type's minimum. */
    private double type(double base) {
        return Math.max(base * scale(), Painter.minimumSize());
    }

    /** How wide {@code text} is drawn in bold at {@code base} px, measured as {@link #text} draws it (raised to the minimum). */
    private double textWidth(String text, double base) {
        return Painter.width(text, Font.font("System", FontWeight.BOLD, base * scale()));
    }

    /** The neurons' radius in the current picture. */
    public double radius() {
        look();
        return circle();
    }

    private double circle() {
        double byHeight = (getHeight() - topMargin() - bottomMargin()) / Math.max(1, picture.widest()) * 0.36;
        double byWidth = getWidth() / ((empty() ? 1 : picture.depth()) + 2) * 0.4;   // a long chain: neighbours in a row never touch
        return Math.max(9, Math.min(Math.min(34 * scale(), byHeight), byWidth));
    }

    // ---- interaction ----

    private Neuron neuronAt(double x, double y) {
        if (empty()) return null;
        double r = circle();
        for (int c = 0; c <= picture.depth(); c++) {
            int count = picture.columnSize(c);
            for (int u = 0; u < count; u++) if (at(c, u).distance(x, y) <= r) return new Neuron(c, u);
        }
        return null;
    }

    /** The parameter under the mouse: a neuron's bias, or the nearest edge within a few pixels. */
    public String parameterAt(double x, double y) {
        look();
        Neuron n = neuronAt(x, y);
        if (n != null) return n.column() == 0 ? null : ParameterName.bias(n.column() - 1, n.unit()).toString();
        double best = 7, r = circle();
        String found = null;
        for (int l = 0; l < picture.depth(); l++) {
            for (int u = 0; u < picture.units()[l]; u++) {
                for (int i = 0; i < picture.columnSize(l); i++) {
                    Point2D a = at(l, i).add(r, 0), b = at(l + 1, u).subtract(r, 0);
                    double d = distanceToSegment(new Point2D(x, y), a, b);
                    if (d < best) {
                        best = d;
                        found = ParameterName.weight(l, u, i).toString();
                    }
                }
            }
        }
        return found;
    }

    private static double distanceToSegment(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double t = Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / ab.dotProduct(ab)));
        return p.distance(a.add(ab.multiply(t)));
    }

    private Runnable onPicked = () -> { };

    /** What happens after a click picks an edge or a neuron (the window puts the caret in the value field). */
    public void setOnPicked(Runnable action) { onPicked = action; }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;   // the end of a drag is no click
        String picked = parameterAt(e.getX(), e.getY());
        selection.select(picked);
        if (picked != null) onPicked.run(); else canvas.requestFocus();   // keys (Space, →) work after a click on the diagram
    }

    private final BooleanProperty weightsLocked = new SimpleBooleanProperty(false);

    /** A lesson step may lock the weights (no drag or scroll changes them) or the structure (no layer controls). */
    public BooleanProperty weightsLockedProperty() { return weightsLocked; }

    /** Hides the layer controls (while stepping through a sample the diagram needs their height). */
    /** The layer controls (and the layer bars) step aside while a sample is stepped through, and come back after. */
    public void setControlsShown(boolean shown) {
        if (controls.isVisible() == shown) return;
        controls.setVisible(shown);
        redraw();
    }

    public void setStructureLocked(boolean locked) {
        controls.setDisable(locked);
        if (locked) Tooltip.install(controls, new Tooltip("Locked by the lesson for this step"));
    }

    private void scroll(ScrollEvent e) {
        if (weightsLocked.get()) return;
        String p = parameterAt(e.getX(), e.getY());
        if (p == null || e.getDeltaY() == 0) return;
        double step = e.isShiftDown() ? 0.01 : 0.1;
        selection.select(p);
        model.adjustParameter(p, Math.round((valueOf(p) + Math.signum(e.getDeltaY()) * step) * 1000) / 1000.0);
    }

    private String dragged;
    private double dragStartY, dragStartValue;

    private void press(MouseEvent e) {
        dragged = e.getButton() == MouseButton.PRIMARY ? parameterAt(e.getX(), e.getY()) : null;
        if (dragged != null) {
            dragStartY = e.getY();
            dragStartValue = valueOf(dragged);
        }
    }

    /** Dragging up or down over an edge or a neuron changes its value by 0.1 every 10 pixels (Shift: finer). */
    private void drag(MouseEvent e) {
        if (weightsLocked.get()) return;
        if (dragged == null) return;
        double perPixel = e.isShiftDown() ? 0.001 : 0.01;
        double value = Math.round((dragStartValue + (dragStartY - e.getY()) * perPixel) * 1000) / 1000.0;
        selection.select(dragged);
        look();
        if (value != valueOf(dragged)) model.adjustParameter(dragged, value);
    }

    /** The value of a weight or bias in {@link #picture} (what the diagram shows under the mouse). */
    private double valueOf(String parameter) {
        ParameterName p = ParameterName.read(parameter);
        return p.weight() ? picture.weights()[p.layer()][p.unit()][p.input()] : picture.biases()[p.layer()][p.unit()];
    }

    // ---- drawing ----

    /** Reads the current picture and draws it. */
    private void draw() {
        look();
        paint();
    }

    /** Draws {@link #picture}, read once for this frame. */
    private void paint() {
        GraphicsContext g = Painter.begin(canvas);
        g.setFill(Palette.PAPER);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (empty() || getWidth() <= 0 || getHeight() <= 0) return;
        double r = circle();
        StepThrough walk = stepper.stepThrough();
        StepThrough.Step step = stepper.stepProperty().get();
        DiagramModel.Picture shown = picture;   // computed once per change, read once per frame
        NetworkGraph.Result values = walk != null ? walk.result() : shown.values();
        drawEdges(g, r, shown, step);
        drawNeurons(g, r, shown, values, walk, step);
        drawLayerBars(g);
    }

    /** The raw input on show: the sample being stepped through (a typed one too), else the selected data point. */
    public double[] shownInput() {
        double[] input = diagram.picture().input();
        return input == null ? null : input.clone();
    }

    private void drawEdges(GraphicsContext g, double r, DiagramModel.Picture shown, StepThrough.Step step) {
        double maxWeight = shown.largestWeight();
        int edges = 0;
        for (int l = 0; l < shown.depth(); l++) edges += shown.units()[l] * shown.columnSize(l);
        boolean labels = edges <= 24;   // more would crowd: then only the edges of the selected or hovered neuron
        String selected = selection.property().get();
        Neuron focus = hovered.get() != null ? hovered.get() : neuronOf(selected);
        List<Rectangle2D> taken = new ArrayList<>();
        boolean backward = step != null && step.phase() == StepThrough.Phase.BACKWARD;
        for (int c = 0; c <= shown.depth(); c++) {   // labels keep off the neurons
            int count = shown.columnSize(c);
            for (int k = 0; k < count; k++) {
                Point2D p = at(c, k);
                // a bias label can be wider than its neuron (a small one, or "b 4.513e+04" after a blow-up)
                double half = c == 0 ? r : Math.max(r, biasLabelWidth(shown.biases()[c - 1][k]) / 2 + 4 * scale());
                taken.add(new Rectangle2D(p.getX() - half, p.getY() - r, 2 * half, 2 * r + 1.6 * type(15)));
                if (backward && c > 0) {   // the backward pass writes "δ …" above the neuron (drawNeurons): edge labels keep off it too
                    double label = type(15), deltaHalf = textWidth("δ -0.0000", 15) / 2 + 4 * scale();
                    taken.add(new Rectangle2D(p.getX() - deltaHalf, p.getY() - r - 1.5 * label, 2 * deltaHalf, 1.5 * label));
                }
            }
        }
        List<Runnable> tags = new ArrayList<>();
        for (int l = 0; l < shown.depth(); l++) {
            for (int u = 0; u < shown.units()[l]; u++) {
                for (int i = 0; i < shown.columnSize(l); i++) {
                    double w = shown.weights()[l][u][i];
                    Point2D from = at(l, i).add(r, 0), to = at(l + 1, u).subtract(r, 0);
                    String name = ParameterName.weight(l, u, i).toString();
                    boolean isSelected = name.equals(selected);
                    boolean inStep = step != null && step.layer() == l && (step.unit() < 0 || step.unit() == u)
                            && step.phase() != StepThrough.Phase.LOSS;
                    if (isSelected || inStep) {
                        g.setStroke(Palette.HIGHLIGHT);
                        g.setLineWidth(3 + 7 * Math.min(1, Math.abs(w) / maxWeight) + (isSelected ? 4 : 2));
                        g.strokeLine(from.getX(), from.getY(), to.getX(), to.getY());
                    }
                    g.setStroke(Palette.signed(w, maxWeight));
                    g.setLineWidth(1.5 + 7 * Math.min(1, Math.abs(w) / maxWeight));
                    g.strokeLine(from.getX(), from.getY(), to.getX(), to.getY());
                    boolean touchesFocus = focus != null && ((focus.column() == l + 1 && focus.unit() == u) || (focus.column() == l && focus.unit() == i));
                    if (labels || isSelected || touchesFocus) {
                        Point2D at = labelPlace(from, to, Numbers.label(w), taken, isSelected);
                        Color color = isSelected ? Palette.HIGHLIGHT : Palette.INK;
                        if (at != null) tags.add(() -> tag(g, Numbers.label(w), at.getX(), at.getY(), color));   // no free place: no label, never a stack
                    }
                }
            }
        }
        tags.forEach(Runnable::run);   // on top of every edge
        drawnLabels = tags.size();
        labelBoxes = List.copyOf(taken);
    }

    private int drawnLabels;
    private List<Rectangle2D> labelBoxes = List.of();

    /** How many edge labels the last frame drew, and the boxes of labels and neurons kept apart (for tests). */
    public int drawnLabels() { return drawnLabels; }
    public List<Rectangle2D> labelBoxes() { return labelBoxes; }

    private static final double[] LABEL_PLACES = {0.7, 0.5, 0.3, 0.6, 0.4, 0.8, 0.2};

    /** The neuron a selected bias or weight belongs to (a weight: the unit it feeds), or null. */
    private static Neuron neuronOf(String parameter) {
        return ParameterName.parse(parameter).map(p -> new Neuron(p.layer() + 1, p.unit())).orElse(null);
    }

    /**
     * The first place along the edge where its label overlaps no other label and no neuron; null when
     * there is none (the label is left out rather than stacked), except for the selected edge ({@code always}).
     */
    private Point2D labelPlace(Point2D from, Point2D to, String label, List<Rectangle2D> taken, boolean always) {
        double w = textWidth(label, 15) + 8, h = 1.35 * type(15);
        Point2D first = null;
        for (double t : LABEL_PLACES) {
            Point2D at = from.add(to.subtract(from).multiply(t));
            var box = new Rectangle2D(at.getX() - w / 2, at.getY() - h / 2, w, h);
            if (first == null) first = at;
            if (taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                return at;
            }
        }
        return always ? first : null;
    }

    private void drawNeurons(GraphicsContext g, double r, DiagramModel.Picture picture, NetworkGraph.Result values, StepThrough walk, StepThrough.Step step) {
        biasLabelsBottom = 0;
        double[] features = picture.features();   // the input's features, null with it
        for (int i = 0; i < picture.inputSize(); i++) {
            Point2D p = at(0, i);
            neuron(g, p, r, features == null ? Double.NaN : features[i], false, false);
            text(g, picture.featureNames().get(i), p.getX() - r - 10, p.getY(), 20, Palette.INK, true, TextAlignment.RIGHT);
        }
        String selected = selection.property().get();
        boolean backward = walk != null && step != null && step.phase() == StepThrough.Phase.BACKWARD;
        for (int l = 0; l < picture.depth(); l++) {
            boolean labelled = biasLabelsFit(l, r, picture.biases()[l], backward);
            for (int u = 0; u < picture.units()[l]; u++) {
                Point2D p = at(l + 1, u);
                boolean shown = values != null && (walk == null || walk.forwardShown(l, u));
                double a = shown ? values.layers().get(l).a()[u] : Double.NaN;
                boolean inStep = step != null && step.layer() == l && (step.unit() < 0 || step.unit() == u);
                boolean isSelected = ParameterName.bias(l, u).toString().equals(selected);
                neuron(g, p, r, a, inStep, isSelected);
                if (tooSmallForLabels(r) || !labelled) continue;
                double label = type(15);
                text(g, "b " + Numbers.label(picture.biases()[l][u]), p.getX(), p.getY() + r + 0.87 * label, 15,
                        isSelected ? Palette.HIGHLIGHT : Palette.MUTED, isSelected, TextAlignment.CENTER);
                biasLabelsBottom = Math.max(biasLabelsBottom, p.getY() + r + 0.87 * label + label / 2);
                if (backward) {
                    double delta = walk.graph().z(l).gradAt(0, u);
                    if (delta != 0 || backwardReached(walk, l)) {
                        text(g, "δ " + Numbers.smallLabel(delta), p.getX(), p.getY() - r - 0.8 * label, 15, Palette.HIGHLIGHT, true, TextAlignment.CENTER);
                    }
                }
            }
        }
    }

    /**
     * Large type on a network with many units: circles smaller than the type a back row can read carry no
     * value or bias label (they would pile onto each other); hovering or the inspector shows them.
     */
    static boolean tooSmallForLabels(double r) {
        return Painter.minimumSize() > 0 && r < Painter.minimumSize();
    }

    private static boolean backwardReached(StepThrough stepper, int layer) {
        StepThrough.Step s = stepper.current();
        return s.phase() == StepThrough.Phase.BACKWARD && s.layer() < layer;
    }

    private void neuron(GraphicsContext g, Point2D p, double r, double value, boolean inStep, boolean selected) {
        g.setFill(Double.isNaN(value) ? Palette.NEUTRAL : Palette.signed(value, 1.0));
        g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        g.setStroke(inStep || selected ? Palette.HIGHLIGHT : Palette.INK);
        g.setLineWidth(inStep || selected ? 5 : 2);
        g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        if (!Double.isNaN(value) && !tooSmallForLabels(r)) {
            Color ink = Math.abs(value) > 0.55 ? Color.WHITE : Palette.INK;
            String label = Numbers.label(value);
            // the number must fit inside the circle: smaller type for a long one (−3.85e+07 after a blow-up)
            double pixels = Math.min(Math.min(18 * scale(), r * 0.62), 1.8 * r / (0.62 * label.length()));
            double measured = Painter.width(label, Font.font("System", FontWeight.BOLD, pixels));
            if (measured > 1.9 * r) pixels *= 1.9 * r / measured;   // measured, not estimated: it stays inside its circle, clear of the next
            if (pixels < Painter.smallestReadable()) return;   // a number that cannot be read whole is left to the inspector
            text(g, label, p.getX(), p.getY(), pixels / scale(), ink, true, TextAlignment.CENTER);
        }
    }

    /** A number on a white tag, readable over any edge. */
    private void tag(GraphicsContext g, String label, double x, double y, Color color) {
        Font font = Font.font("System", FontWeight.BOLD, 15 * scale());
        g.setFont(font);
        double w = textWidth(label, 15) + 8, h = 1.35 * type(15);
        g.setFill(Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(x - w / 2, y - h / 2, w, h, 8, 8);
        text(g, label, x, y, 15, color, true, TextAlignment.CENTER);
    }

    /** How wide a bias label is drawn (15 px type, measured). */
    private double biasLabelWidth(double bias) {
        return textWidth("b " + Numbers.label(bias), 15);
    }

    /**
     * Whether layer {@code layer}'s bias labels fit: between one neuron and the next (with room for the δ
     * over the next one while stepping backward) and between this column and its neighbours. A crowded
     * column leaves them out; hovering, the inspector and the stepper show them.
     */
    boolean biasLabelsFit(int layer, double r, double[] biases, boolean deltas) {
        double label = type(15);
        if (biases.length > 1) {
            double gap = at(layer + 1, 1).getY() - at(layer + 1, 0).getY();
            if (gap < 2 * r + 1.5 * label + (deltas ? 1.5 * label : 0)) return false;
        }
        double widest = 0;
        for (double b : biases) widest = Math.max(widest, biasLabelWidth(b));
        double spacing = at(layer + 1, 0).getX() - at(layer, 0).getX();
        return widest + 8 <= spacing;
    }

    private void text(GraphicsContext g, String text, double x, double y, double size, Color color, boolean bold, TextAlignment align) {
        g.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size * scale()));
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(color);
        double half = Painter.readable(g.getFont()).getSize() * 0.65;   // never cut by the canvas's top or bottom (a δ above a top neuron)
        Painter.fillText(g, text, x, Math.max(half, Math.min(getHeight() - half, y)));
    }
}
