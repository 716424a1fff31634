package gradlab.app.lab.network;

import gradlab.app.common.Numbers;
import gradlab.app.lab.session.Selection;
import gradlab.nn.ParameterName;
import gradlab.app.common.Shown;
import gradlab.explain.GradientCheck;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.stepper.StepperModel;

/** Edits the selected weight or bias: type a value (Enter), nudge it, or check its gradient numerically. */
public final class Inspector extends VBox {
    private final LabModel model;
    private final StepperModel stepper;
    private final Selection selection;
    private final Label what = new Label("Click an edge or a neuron to edit its weight or bias.");
    private final TextField value = new TextField();
    private final Label check = new Label();

    private final BooleanProperty locked = new SimpleBooleanProperty(false);

    /** Weights locked by a lesson: the value field and the nudges are disabled, and say why. */
    public BooleanProperty lockedProperty() { return locked; }

    public Inspector(LabModel model, StepperModel stepper, Selection selection) {
        this.selection = selection;
        this.stepper = stepper;
        this.model = model;
        getStyleClass().add("inspector");
        setSpacing(4);
        setPadding(new Insets(8, 12, 8, 12));
        value.setId("weight-value");
        value.setPrefColumnCount(8);
        value.setOnAction(e -> commit());
        Button minus = new Button("−0.1");
        minus.setOnAction(e -> nudge(-0.1));
        Button plus = new Button("+0.1");
        plus.setOnAction(e -> nudge(0.1));
        Button gradient = new Button("Gradient check");
        gradient.setId("gradient-check");
        gradient.setOnAction(e -> runCheck());
        check.setId("gradient-check-result");
        what.setWrapText(true);   // never clipped: the description and the check's three numbers wrap
        check.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        check.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane edit = new FlowPane(6, 4, value, minus, plus, gradient);   // wraps in a narrow window
        edit.setAlignment(Pos.CENTER_LEFT);
        for (var b : List.of(minus, plus, gradient)) b.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, what, check);
        getChildren().addAll(edit, text);
        edit.disableProperty().bind(selection.property().isNull().or(locked));
        gradient.disableProperty().bind(selection.property().isNull());
        locked.addListener((o, a, on) -> value.setTooltip(on ? new Tooltip("The weights are locked by the lesson for this step") : null));
        Shown.onChange(this, selection.property(), () -> follow(true));
        Shown.onChange(this, model.revisionProperty(), () -> { if (selection.property().get() != null) follow(false); });
        follow(true);
    }

    /**
     * Puts the caret in the value field with the current value selected, so that typing 1 and Enter sets
     * the weight just clicked (and Enter never reaches the Play button).
     */
    public void focusValue() {
        follow(true);
        value.requestFocus();
        value.selectAll();
    }

    /** The text the field last showed of the model, or was committed with: other text is the student's typing. */
    private String shown = "";

    /**
     * Shows the selection; a new selection replaces the field's text even while it has focus. A change elsewhere
     * (undo, training, a lesson step) replaces it too, unless the student has typed text of their own not yet committed.
     */
    private void follow(boolean newSelection) {
        String name = selection.property().get();
        if (name == null) {
            what.setText("Click an edge or a neuron to edit its weight or bias.");
            what.setTooltip(null);
            value.setText("");
            shown = "";
            check.setText("");
            return;
        }
        what.setText(describe(name));
        what.setTooltip(new Tooltip(fileName(name)));
        // the field follows the model (an undo, training, a lesson) unless the student is typing into it: text of their own
        if (newSelection || !value.isFocused() || value.getText().equals(shown)) {
            value.setText(Numbers.editable(model.network().get(name)));
            shown = value.getText();
        }
    }


    /**
     * "Layer 1: weight from input 2 into neuron 1" for layers.0.weights[0,1]: counted from 1, as the diagram and the
     * lessons count. The file's name, counted from 0, is in the tooltip ({@link #fileName}), not beside the words.
     */
    static String describe(String name) {
        ParameterName p = ParameterName.parse(name).orElse(null);
        if (p == null) return name;
        int layer = p.layer() + 1, unit = p.unit() + 1;
        if (!p.weight()) return "Layer " + layer + ": bias of neuron " + unit;
        int from = p.input() + 1;
        String source = layer == 1 ? "input " + from : "neuron " + from + " of layer " + (layer - 1);
        return "Layer " + layer + ": weight from " + source + " into neuron " + unit;
    }

    /** Where the same number is named in network files, lesson files and on the command line. */
    static String fileName(String name) {
        return "In network and lesson files and on the command line: " + name + " (counted from 0)";
    }

    private void commit() {
        String name = selection.property().get();
        if (name == null) return;
        try {
            double typed = Double.parseDouble(value.getText().trim().replace('−', '-'));
            shown = value.getText();   // committed: the model's value now, followed from here on
            model.setParameter(name, typed);
        } catch (NumberFormatException e) {
            check.setText("'" + value.getText() + "' is not a number");
        }
    }

    private void nudge(double delta) {
        String name = selection.property().get();
        if (name != null) model.setParameter(name, Math.round((model.network().get(name) + delta) * 1e6) / 1e6);
    }

    private void runCheck() {
        String name = selection.property().get();
        if (name == null || model.dataset().size() == 0) return;
        GradientCheck.Result r = stepper.gradientCheck(name);
        check.setText("backprop ∂C/∂w = " + Numbers.precise(r.backprop()) + "   central difference = "
                + Numbers.precise(r.numeric()) + "   relative error " + String.format(Locale.ROOT, "%.1e", r.relativeError()));
    }
}
