package gradlab.app.lab.data;

import gradlab.app.common.Numbers;
import gradlab.app.common.Shown;
import gradlab.app.lab.network.DiagramModel;
import gradlab.nn.Network;
import java.util.Locale;
import javafx.geometry.Insets;
import gradlab.lab.TruthGate;
import gradlab.lesson.Check;
import gradlab.lesson.Lesson;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import gradlab.app.lab.network.NetworkView;
import gradlab.app.lab.session.LabModel;
import javafx.util.StringConverter;

/**
 * The truth table: the four inputs, what the gate says and what the network outputs. The gate is the one
 * the step's task checks, when it checks one; otherwise the student chooses it (XOR to begin with). Its
 * count is the check's count ({@link TruthGate#matching}). A whole row turns
 * blue with "✔ right" when the network's output matches, orange with "✗ wrong" when not: words and shapes
 * as well as colours, and blue against orange rather than red against green.
 */
public final class TruthTable extends VBox {
    private static final double[][] INPUTS = Network.TRUTH_ROWS;
    private final LabModel model;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final Label title = new Label();
    private final Label gateHeader = new Label();
    private final Label[] wanted = new Label[4];
    private String taskGate;
    private final GridPane grid = new GridPane();
    private final Label[] outputs = new Label[4];
    private final Label[] marks = new Label[4];
    private final Label[][] cells = new Label[4][];
    private final Label summary = new Label();

    private final DiagramModel diagram;

    public TruthTable(LabModel model, DiagramModel diagram) {
        this.model = model;
        this.diagram = diagram;
        getStyleClass().add("truth-table");
        title.getStyleClass().add("panel-title");
        title.setId("truth-title");
        chooser.getItems().setAll(TruthGate.names());
        chooser.setConverter(new StringConverter<>() {
            @Override public String toString(String gate) { return gate == null ? "" : TruthGate.label(gate); }
            @Override public String fromString(String label) { return label == null ? null : label.toLowerCase(Locale.ROOT); }
        });
        chooser.setValue("xor");
        chooser.setId("truth-gate");
        chooser.setOnAction(e -> showGate());
        grid.setHgap(18);
        grid.setVgap(4);
        String[] header = {"x1", "x2", null, "network", ""};
        gateHeader.getStyleClass().add("table-header");
        gateHeader.setId("truth-gate-header");
        gateHeader.setMinWidth(Region.USE_PREF_SIZE);
        for (int c = 0; c < header.length; c++) grid.add(header[c] == null ? gateHeader : headerLabel(header[c]), c, 0);
        grid.setHgap(0);
        for (int r = 0; r < 4; r++) {
            Label x1 = new Label(fmt(INPUTS[r][0])), x2 = new Label(fmt(INPUTS[r][1])), xor = new Label();
            wanted[r] = xor;
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
                cell.setMinWidth(Region.USE_PREF_SIZE);   // a narrow column: "✗ wrong" whole, never "✗ …"
            }
        }
        summary.setId("truth-summary");
        HBox heading = new HBox(8, title, chooser);
        heading.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, grid, summary);
        setSpacing(6);
        setPadding(new Insets(10));
        Shown.onChange(this, model.revisionProperty(), () -> { if (isVisible()) update(); });
        visibleProperty().addListener((o, a, b) -> update());
        showGate();
    }

    private static Label headerLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String fmt(double v) { return Numbers.label(v); }

    /**
     * The gate the step's task checks (its {@code truth-table} check), or null when it checks none: then
     * the student's chooser sets the gate.
     */
    public void followTask(Lesson.Step step) {
        taskGate = step == null || step.task() == null ? null : step.task().checks().stream()
                .filter(c -> c instanceof Check.TruthTable).map(c -> ((Check.TruthTable) c).gate()).findFirst().orElse(null);
        showGate();
    }

    /** The gate the table compares with. */
    public String gate() { return taskGate != null ? taskGate : chooser.getValue() == null ? "xor" : chooser.getValue(); }

    /** True when every row matches the gate (outputs rounded at 0.5). */
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

    /** Shows the gate compared with (the task's, else the chooser's), then the rows. */
    private void showGate() {
        String gate = gate();
        String name = TruthGate.label(gate);
        chooser.setValue(gate);
        chooser.setDisable(taskGate != null);
        chooser.setTooltip(new Tooltip(taskGate != null ? "The task checks " + name : "Which gate the network should compute"));
        title.setText("Truth table");
        gateHeader.setText(name);
        for (int r = 0; r < 4; r++) wanted[r].setText(fmt(TruthGate.GATES.get(gate)[r]));
        update();
    }

    void update() {
        String gate = gate();
        String name = TruthGate.label(gate);
        double[] truth = diagram.picture().truth();
        if (truth == null) {
            summary.setText("The truth table needs a network with 2 inputs and 1 output.");
            return;
        }
        for (int r = 0; r < 4; r++) {
            double out = truth[r];
            boolean ok = TruthGate.matches(gate, r, out);
            outputs[r].setText(fmt(out));
            marks[r].setText(ok ? "✔ right" : "✗ wrong");   // words and shape, not red against green
            for (Label cell : cells[r]) mark(cell, ok);   // the whole row, not just its mark
        }
        int correct = TruthGate.matching(gate, truth);   // the count the lesson's check gives
        summary.setText(correct == 4 ? "All four rows match " + name + "!" : correct + " of 4 rows match " + name);
    }
}
