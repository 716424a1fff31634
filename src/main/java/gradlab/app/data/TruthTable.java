package gradlab.app.data;

import gradlab.app.common.Shown;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import gradlab.app.network.NetworkView;
import gradlab.app.session.LabModel;

/**
 * The XOR truth table: the four inputs, what XOR says and what the network outputs. A whole row turns
 * blue with "✔ right" when the network's output matches, orange with "✗ wrong" when not: words and shapes
 * as well as colours, and blue against orange rather than red against green.
 */
public final class TruthTable extends VBox {
    private static final double[][] INPUTS = gradlab.nn.Network.TRUTH_ROWS;
    private static final double[] XOR = {0, 1, 1, 0};
    private final LabModel model;
    private final GridPane grid = new GridPane();
    private final Label[] outputs = new Label[4];
    private final Label[] marks = new Label[4];
    private final Label[][] cells = new Label[4][];
    private final Label summary = new Label();

    private final gradlab.app.network.DiagramModel diagram;

    public TruthTable(LabModel model, gradlab.app.network.DiagramModel diagram) {
        this.model = model;
        this.diagram = diagram;
        getStyleClass().add("truth-table");
        Label title = new Label("XOR truth table");
        title.getStyleClass().add("panel-title");
        grid.setHgap(18);
        grid.setVgap(4);
        String[] header = {"x1", "x2", "XOR", "network", ""};
        for (int c = 0; c < header.length; c++) grid.add(headerLabel(header[c]), c, 0);
        grid.setHgap(0);
        for (int r = 0; r < 4; r++) {
            Label x1 = new Label(fmt(INPUTS[r][0])), x2 = new Label(fmt(INPUTS[r][1])), xor = new Label(fmt(XOR[r]));
            grid.add(x1, 0, r + 1);
            grid.add(x2, 1, r + 1);
            grid.add(xor, 2, r + 1);
            outputs[r] = new Label();
            outputs[r].setId("truth-output-" + r);
            marks[r] = new Label();
            marks[r].setId("truth-mark-" + r);
            grid.add(outputs[r], 3, r + 1);
            grid.add(marks[r], 4, r + 1);
            cells[r] = new Label[] {x1, x2, xor, outputs[r], marks[r]};
            for (Label cell : cells[r]) {
                cell.getStyleClass().add("cell");
                cell.setMaxWidth(Double.MAX_VALUE);
            }
        }
        summary.setId("truth-summary");
        getChildren().addAll(title, grid, summary);
        setSpacing(6);
        setPadding(new Insets(10));
        Shown.onChange(this, model.revisionProperty(), () -> { if (isVisible()) update(); });
        visibleProperty().addListener((o, a, b) -> update());
        update();
    }

    private static Label headerLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-header");
        return l;
    }

    private static String fmt(double v) { return gradlab.app.common.Numbers.label(v); }

    /** True when every row matches XOR (outputs rounded at 0.5). */
    public boolean allCorrect() {
        for (Label mark : marks) if (!mark.getStyleClass().contains("correct")) return false;
        return true;
    }

    /** Sets the style class only when it changes: a new class means a CSS pass, and this runs every frame. */
    private static void mark(Label label, boolean ok) {
        String wanted = ok ? "correct" : "wrong", other = ok ? "wrong" : "correct";
        if (label.getStyleClass().contains(wanted)) return;
        label.getStyleClass().remove(other);
        label.getStyleClass().add(wanted);
    }

    void update() {
        double[] truth = diagram.picture().truth();
        if (truth == null) {
            summary.setText("The truth table needs a network with 2 inputs and 1 output.");
            return;
        }
        int correct = 0;
        for (int r = 0; r < 4; r++) {
            double out = truth[r];
            boolean ok = Double.isFinite(out) && (out >= 0.5 ? 1 : 0) == XOR[r];
            outputs[r].setText(fmt(out));
            marks[r].setText(ok ? "✔ right" : "✗ wrong");   // words and shape, not red against green
            for (Label cell : cells[r]) mark(cell, ok);   // the whole row, not just its mark
            if (ok) correct++;
        }
        summary.setText(correct == 4 ? "All four rows match XOR!" : correct + " of 4 rows match XOR");
    }
}
