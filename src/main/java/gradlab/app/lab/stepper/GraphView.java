package gradlab.app.lab.stepper;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Numbers;
import gradlab.app.common.Palette;
import gradlab.app.common.Shown;
import gradlab.explain.GraphPicture;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Draws the stepper's published {@link GraphPicture}: one box per node with its name, the op that made
 * it, its value and its gradient; the node the stepper is on is outlined, gradients appear as the backward
 * pass reaches them, and hovering a box shows the op's formula.
 */
public final class GraphView extends CanvasPane {
    private final Tooltip formula = new Tooltip();
    private GraphPicture picture = GraphPicture.NONE;
    private double scale = 1;
    private final List<double[]> boxes = new ArrayList<>();
    /** The middle of the node being computed, across the view (NaN when none is): the stepper scrolls to it. */
    private final ReadOnlyDoubleWrapper currentX = new ReadOnlyDoubleWrapper(Double.NaN);

    public ReadOnlyDoubleProperty currentXProperty() { return currentX.getReadOnlyProperty(); }

    public GraphView(StepperModel model) {
        getStyleClass().add("graph-view");
        setMinWidth(200);
        formula.setShowDelay(Duration.millis(200));
        Shown.follow(this, model.graphProperty(), p -> {
            picture = p;
            requestLayout();   // another graph may need another width
            draw();
        });
        setOnMouseMoved(e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        setOnMouseExited(e -> formula.hide());
    }

    @Override protected double computePrefHeight(double w) { return 8 + 2 * (76 * scale); }

    /** Wide enough for every column at a readable size; narrower, it shows the columns around the node being computed. */
    @Override protected double computePrefWidth(double h) {
        return picture.nodes().isEmpty() ? 400 : picture.columns() * pitchX() + 2 * MARGIN;
    }

    @Override protected double computeMinWidth(double h) { return pitchX() + 2 * MARGIN; }
    @Override protected double computeMinHeight(double w) { return oneRowHeight(); }

    /** The height of one whole row of boxes: less, and the view shows none. */
    public double oneRowHeight() { return 8 + 76 * scale; }

    /** Room at each side for the arrow that says more columns are there. */
    private static final double MARGIN = 16;
    private double pitchX() { return 150 * scale + 14; }
    private double pitchY() { return 76 * scale; }

    /** The first column and row on show: the view pages to keep the node being computed whole on screen. */
    private int firstColumn, firstRow;

    /** Larger boxes and type for a projector. */
    public void setScale(double scale) {
        this.scale = scale;
        requestLayout();
        draw();
    }

    /** The columns and rows on show now: first column, how many, first row, how many (for tests). */
    int[] window() { return new int[] {firstColumn, columnsShown(), firstRow, rowsShown()}; }

    private int columnsShown() {
        return Math.max(1, Math.min(picture.columns(), (int) Math.floor((canvas.getWidth() - 2 * MARGIN) / pitchX())));
    }

    private int rowsShown() {
        int rows = 0;
        for (GraphPicture.Node n : picture.nodes()) rows = Math.max(rows, n.row() + 1);
        return Math.max(1, Math.min(rows, (int) Math.floor((canvas.getHeight() - 8 + 10 * scale) / pitchY())));
    }

    /** Moves the window of columns and rows as little as needed to show the node being computed. */
    private void follow(int columns, int rows) {
        int totalRows = 0;
        for (GraphPicture.Node n : picture.nodes()) totalRows = Math.max(totalRows, n.row() + 1);
        for (GraphPicture.Node n : picture.nodes()) {
            if (!n.current()) continue;
            if (n.column() < firstColumn) firstColumn = n.column();
            if (n.column() >= firstColumn + columns) firstColumn = n.column() - columns + 1;
            if (n.row() < firstRow) firstRow = n.row();
            if (n.row() >= firstRow + rows) firstRow = n.row() - rows + 1;
        }
        firstColumn = Math.max(0, Math.min(firstColumn, picture.columns() - columns));
        firstRow = Math.max(0, Math.min(firstRow, totalRows - rows));
    }

    @Override
    protected void draw() {
        GraphicsContext g = Painter.begin(canvas);
        g.setFill(Palette.PAPER);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        boxes.clear();
        if (picture.message() != null) {
            g.setFont(Font.font("System", 15 * scale));
            g.setFill(Palette.MUTED);
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.LEFT);
            Painter.fillText(g, picture.message(), 10, 10);
            return;
        }
        int columns = columnsShown(), rows = rowsShown();
        follow(columns, rows);
        double colWidth = (canvas.getWidth() - 2 * MARGIN) / columns, boxW = Math.min(colWidth - 14, 150 * scale), boxH = 66 * scale;
        for (GraphPicture.Node n : picture.nodes()) {   // columns and rows off the window lie beyond the canvas's edges
            boxes.add(new double[] {MARGIN + (n.column() - firstColumn) * colWidth + (colWidth - boxW) / 2, 8 + (n.row() - firstRow) * (boxH + 10 * scale), boxW, boxH});
        }
        g.setStroke(Palette.MUTED);
        g.setLineWidth(1.5);
        for (int i = 0; i < boxes.size(); i++) {
            double[] to = boxes.get(i);
            for (int p : picture.nodes().get(i).parents()) {
                double[] from = boxes.get(p);
                g.strokeLine(from[0] + from[2], from[1] + from[3] / 2, to[0], to[1] + to[3] / 2);
            }
        }
        double current = Double.NaN;
        for (int i = 0; i < boxes.size(); i++) {
            GraphPicture.Node n = picture.nodes().get(i);
            boolean shown = n.column() >= firstColumn && n.column() < firstColumn + columns && n.row() >= firstRow && n.row() < firstRow + rows;
            if (shown) node(g, n, boxes.get(i));   // a node off the window is not drawn at all: no half boxes, no half words
            if (n.current()) current = boxes.get(i)[0] + boxes.get(i)[2] / 2;
        }
        g.setFill(Palette.MUTED);
        double mid = canvas.getHeight() / 2;
        if (firstColumn > 0) g.fillPolygon(new double[] {3, 13, 13}, new double[] {mid, mid - 10, mid + 10}, 3);   // more to the left
        double right = canvas.getWidth();
        if (firstColumn + columns < picture.columns()) g.fillPolygon(new double[] {right - 3, right - 13, right - 13}, new double[] {mid, mid - 10, mid + 10}, 3);
        currentX.set(current);
    }

    private void node(GraphicsContext g, GraphPicture.Node n, double[] b) {
        g.setFill(n.leaf() ? Color.web("#f3f4f6") : Color.web("#eef4fc"));
        g.fillRoundRect(b[0], b[1], b[2], b[3], 10, 10);
        g.setStroke(n.current() ? Palette.HIGHLIGHT : Palette.MUTED);
        g.setLineWidth(n.current() ? 4 : 1.2);
        g.strokeRoundRect(b[0], b[1], b[2], b[3], 10, 10);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Palette.INK);
        g.setFont(Font.font("System", FontWeight.BOLD, 14 * scale));
        Painter.fillText(g, n.label() + (n.leaf() ? "" : "  " + n.op()), b[0] + 6, b[1] + 4, b[2] - 12);
        Font small = Painter.readable(Font.font("System", 13 * scale));   // measured as drawn
        g.setFont(small);
        Painter.fillText(g, fitting("value ", n.value(), small, b[2] - 12), b[0] + 6, b[1] + 24 * scale, b[2] - 12);
        g.setFill(n.gradientKnown() ? Palette.HIGHLIGHT : Palette.MUTED);
        String grad = n.gradient() == null ? "grad — (a constant)" : n.gradientKnown() ? fitting("grad ", n.gradient(), small, b[2] - 12) : "grad ?";
        Painter.fillText(g, grad, b[0] + 6, b[1] + 43 * scale, b[2] - 12);
    }

    /** The formula of the node under the mouse, as a tooltip. */
    private void hover(double x, double y, double screenX, double screenY) {
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            if (x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3]) {
                GraphPicture.Node n = picture.nodes().get(i);
                String text = n.label() + ": " + n.formula();
                if (!formula.isShowing() || !text.equals(formula.getText())) {
                    formula.setText(text);
                    formula.show(this, screenX + 12, screenY + 12);
                }
                return;
            }
        }
        formula.hide();
    }

    /**
     * {@code label} and as many of the first three numbers as fit {@code width} at full size (a squeezed
     * line would be unreadable on a projector); at least the first one.
     */
    static String fitting(String label, double[] v, Font font, double width) {
        Text measure = new Text();
        measure.setFont(font);
        String text = label + summary(v, 1);
        measure.setText(text);
        if (measure.getLayoutBounds().getWidth() > width) return summary(v, 1);   // large type in a narrow box: the number, not the word
        for (int shown = 2; shown <= Math.min(3, v.length); shown++) {
            String longer = label + summary(v, shown);
            measure.setText(longer);
            if (measure.getLayoutBounds().getWidth() > width) break;
            text = longer;
        }
        return text;
    }

    /** The first {@code shown} numbers of a node's value or gradient, "…" when there are more. */
    static String summary(double[] v, int shown) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(shown, v.length); i++) parts.add(Numbers.format(v[i]));
        return (v.length > 1 ? "[" : "") + String.join(", ", parts) + (v.length > shown ? ", …" : "") + (v.length > 1 ? "]" : "");
    }
}
