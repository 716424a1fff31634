package gradlab.app.stepper;

import gradlab.autodiff.Tensor;
import gradlab.lab.StepThrough;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import gradlab.app.common.Palette;
import gradlab.app.session.LabModel;

/**
 * The autodiff graph of the step-through sample, micrograd style: one box per node with its name, the
 * op that made it, its value and its gradient; the node the stepper is on is outlined, and gradients
 * appear as the backward pass reaches them.
 */
public final class GraphView extends gradlab.app.common.CanvasPane {
    private static final int MAX_NODES = 40;
    private final LabModel model;
    private double scale = 1;

    public GraphView(LabModel model) {
        this.model = model;
        getStyleClass().add("graph-view");
        setMinSize(200, 120);
        model.stepper().stepProperty().addListener((o, a, b) -> {
            requestLayout();   // another graph may need another width
            draw();
        });
    }

    @Override protected double computePrefHeight(double w) { return 140 * scale; }

    /** Wide enough for every column at a readable size: the stepper scrolls it sideways rather than squeezing the text. */
    @Override protected double computePrefWidth(double h) {
        StepThrough stepper = model.stepper().stepThrough();
        if (stepper == null || stepper.graph().graph().order().size() > MAX_NODES) return 400;
        int columns = columns(stepper.graph().graph().order()).values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return columns * (150 * scale + 14);
    }

    @Override protected double computeMinWidth(double h) { return computePrefWidth(h); }

    /** Larger boxes and type for a projector. */
    public void setScale(double scale) {
        this.scale = scale;
        requestLayout();
        draw();
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Palette.PAPER);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        StepThrough stepper = model.stepper().stepThrough();
        g.setFont(Font.font("System", 15));
        g.setFill(Palette.MUTED);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (stepper == null) {
            g.fillText("The computational graph appears when you step through a sample (→).", 10, 10);
            return;
        }
        List<Tensor> order = stepper.graph().graph().order();
        if (order.size() > MAX_NODES) {
            g.fillText("The graph has " + order.size() + " nodes: the graph view is for small networks.", 10, 10);
            return;
        }
        Map<Tensor, Integer> column = columns(order);
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        Map<Tensor, double[]> box = new IdentityHashMap<>();
        double colWidth = canvas.getWidth() / columns, boxW = Math.min(colWidth - 14, 150 * scale), boxH = 66 * scale;
        for (Tensor t : order) {
            int c = column.get(t), row = rowsUsed.merge(c, 1, Integer::sum) - 1;
            double x = c * colWidth + (colWidth - boxW) / 2, y = 8 + row * (boxH + 10);
            box.put(t, new double[] {x, y, boxW, boxH});
        }
        g.setStroke(Palette.MUTED);
        g.setLineWidth(1.5);
        for (Tensor t : order) {
            double[] to = box.get(t);
            for (Tensor p : t.parents()) {
                double[] from = box.get(p);
                g.strokeLine(from[0] + from[2], from[1] + from[3] / 2, to[0], to[1] + to[3] / 2);
            }
        }
        StepThrough.Step step = stepper.current();
        for (int i = 0; i < order.size(); i++) {
            Tensor t = order.get(i);
            boolean current = step.phase() == StepThrough.Phase.BACKWARD && step.node() == i;
            boolean gradKnown = stepper.backwardRan(i) || backwardPassedTo(stepper, t, order);
            node(g, t, box.get(t), current, gradKnown);
        }
    }

    /** A node's gradient is complete once every op that uses it has run backward. */
    private static boolean backwardPassedTo(StepThrough stepper, Tensor t, List<Tensor> order) {
        if (t == order.get(order.size() - 1)) return stepper.current().phase() == StepThrough.Phase.BACKWARD || stepper.current().phase() == StepThrough.Phase.DONE;
        boolean used = false;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).parents().contains(t)) {
                used = true;
                if (!stepper.backwardRan(i)) return false;
            }
        }
        return used;
    }

    private static Map<Tensor, Integer> columns(List<Tensor> order) {
        Map<Tensor, Integer> depth = new IdentityHashMap<>();
        for (Tensor t : order) {
            int d = 0;
            for (Tensor p : t.parents()) d = Math.max(d, depth.getOrDefault(p, 0) + 1);
            depth.put(t, t.isLeaf() ? 0 : d);
        }
        for (Tensor t : order) {   // a leaf sits just left of its first user, not far away in column 0
            if (!t.isLeaf()) {
                for (Tensor p : t.parents()) if (p.isLeaf()) depth.put(p, Math.max(0, depth.get(t) - 1));
            }
        }
        return depth;
    }

    private void node(GraphicsContext g, Tensor t, double[] b, boolean current, boolean gradKnown) {
        g.setFill(t.isLeaf() ? Color.web("#f3f4f6") : Color.web("#eef4fc"));
        g.fillRoundRect(b[0], b[1], b[2], b[3], 10, 10);
        g.setStroke(current ? Palette.HIGHLIGHT : Palette.MUTED);
        g.setLineWidth(current ? 4 : 1.2);
        g.strokeRoundRect(b[0], b[1], b[2], b[3], 10, 10);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Palette.INK);
        g.setFont(Font.font("System", FontWeight.BOLD, 14 * scale));
        String title = (t.label() == null ? "" : t.label()) + (t.isLeaf() ? "" : "  " + t.op().name());
        g.fillText(title, b[0] + 6, b[1] + 4, b[2] - 12);
        g.setFont(Font.font("System", 13 * scale));
        g.fillText("value " + summary(t.value().data), b[0] + 6, b[1] + 24 * scale, b[2] - 12);
        g.setFill(gradKnown && t.requiresGrad() ? Palette.HIGHLIGHT : Palette.MUTED);
        String grad = !t.requiresGrad() ? "— (a constant)" : gradKnown ? summary(t.grad().data) : "?";
        g.fillText("grad " + grad, b[0] + 6, b[1] + 43 * scale, b[2] - 12);
    }

    private static String summary(double[] v) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(3, v.length); i++) parts.add(String.format(Locale.ROOT, "%.3g", v[i]));
        return (v.length > 1 ? "[" : "") + String.join(", ", parts) + (v.length > 3 ? ", …" : "") + (v.length > 1 ? "]" : "");
    }
}
