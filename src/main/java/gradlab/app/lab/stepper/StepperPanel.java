package gradlab.app.lab.stepper;

import gradlab.app.common.Buttons;
import gradlab.app.common.WholeRows;
import gradlab.lab.Settings;
import gradlab.app.common.Shown;
import gradlab.explain.StepThrough;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import gradlab.app.lab.session.LabModel;

/**
 * The step-through strip under the network: ← and → walk the forward pass neuron by neuron, the loss,
 * then the backward pass node by node; the formula of each step is shown with its numbers, beside the
 * computational graph.
 */
public final class StepperPanel extends VBox {
    private final Label title = new Label("Step through one sample: press → (or the button) to start.");
    private final FormulaView formula = new FormulaView();
    private final GraphView graph;

    public StepperPanel(LabModel model, StepperModel stepper) {
        getStyleClass().add("stepper-panel");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(6);
        Button back = Buttons.button("← Back", "step-back", stepper::stepBack);
        Button next = Buttons.button("Step →", "step-forward", stepper::stepForward);
        Button apply = Buttons.button("Apply update", "apply-update", "w ← w − η ∂C/∂w for every weight, with this sample's gradient",
                stepper::applyUpdate);
        Button chain = Buttons.button("∏ Chain", "chain-of-factors",
                "∂C/∂b of a layer-1 unit: the sum, over every path to the output, of one factor per layer (it equals the backward pass's δ)", () -> {
                    if (!stepper.activeProperty().get()) stepper.stepForward();
                    String tex = stepper.chainTex();
                    if (tex == null) return;
                    title.setText("The chain of factors: each layer multiplies the error by its slope and a weight on the way back");
                    formula.setTex(tex);
                });
        apply.disableProperty().bind(stepper.weightsLockedProperty());
        Tooltip applyTip = apply.getTooltip();
        Tooltip lockedTip = new Tooltip(LOCKED);
        stepper.weightsLockedProperty().addListener((o, was, locked) -> apply.setTooltip(locked ? lockedTip : applyTip));
        CheckBox perLayer = new CheckBox("Whole layers");
        perLayer.setOnAction(e -> model.set(Settings.PER_LAYER, perLayer.isSelected()));
        Button close = Buttons.button("Done", null, stepper::close);
        back.disableProperty().bind(stepper.activeProperty().not());
        close.disableProperty().bind(stepper.activeProperty().not());
        TextField input = new TextField();
        input.setId("typed-input");
        input.setPromptText("x, e.g. 0.5, -1");   // an example, not the sample stepped
        input.setPrefColumnCount(9);
        TextField target = new TextField();
        target.setId("typed-target");
        target.setPromptText("t, e.g. 1");
        target.setPrefColumnCount(6);
        Button use = new Button("Step this");
        use.setId("use-typed");
        use.setTooltip(new Tooltip("Step through a sample you type instead of a data point"));
        use.setOnAction(e -> stepper.useSample(input.getText(), target.getText()));
        target.setOnAction(e -> stepper.useSample(input.getText(), target.getText()));
        // in large type the typed sample waits until Done: its row would take the diagram's height
        for (var typed : List.of(input, target, use)) {
            typed.visibleProperty().bind(stepper.activeProperty().and(large).not());
            typed.managedProperty().bind(typed.visibleProperty());
        }
        title.setId("step-title");
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 6, back, next, apply, chain, perLayer, close, input, target, use);
        for (var control : List.of(back, next, apply, chain, perLayer, close, use, input, target)) control.setMinWidth(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ScrollPane formulaScroll = WholeRows.install(new ScrollPane(formula));   // a line below the box is scrolled to, whole
        formulaScroll.setPrefHeight(130);
        formulaScroll.setFitToWidth(true);
        formulaScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);   // the formula scales and wraps to the box's width
        formulaScroll.getStyleClass().add("formula-scroll");
        formula.fitTo(formulaScroll.viewportBoundsProperty());
        // the graph shows the whole columns that fit, around the node being computed (arrows say more are there)
        graph = new GraphView(stepper);
        graph.setPrefWidth(460);
        // a short window (presenting, a weight picked, the notes strip shown) takes the graph away before the step's
        // buttons or the toolbar leave the window: the graph shows only when a whole row of it fits, the formula stays
        graph.setMinHeight(0);
        graph.visibleProperty().bind(Bindings.createBooleanBinding(() -> graph.getHeight() >= graph.oneRowHeight() - 0.5,
                graph.heightProperty()));
        HBox body = new HBox(10, formulaScroll, graph);
        HBox.setHgrow(formulaScroll, Priority.ALWAYS);   // the formula with its numbers comes first; the graph scrolls
        formulaScroll.setPrefWidth(700);
        formulaScroll.setMinWidth(300);
        // short of height, the box keeps its first formula whole (up to 110 px of it) and gives up the rest: what yields is the graph
        formulaScroll.minHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(110, formula.prefHeight(formula.getWidth()))
                + formulaScroll.snappedTopInset() + formulaScroll.snappedBottomInset(), formula.layoutBoundsProperty(), formulaScroll.insetsProperty()));
        // The buttons come last: the panel sits at the bottom of the window, so when the title wraps or the
        // formula opens above them, the buttons stay under the mouse of someone clicking Step again and again.
        getChildren().addAll(title, body, buttons);
        VBox.setVgrow(body, Priority.ALWAYS);   // when the window is short, the formula area gives up height first
        title.setMinHeight(Region.USE_PREF_SIZE);
        buttons.setMinHeight(Region.USE_PREF_SIZE);
        body.visibleProperty().bind(stepper.activeProperty());
        body.managedProperty().bind(body.visibleProperty());

        Shown.onChange(this, stepper.stepProperty(), () -> show(stepper.stepProperty().get()));
    }

    /** What a control locked by a lesson step says, as every locked control says it. */
    public static final String LOCKED = "Locked by the lesson for this step";

    /** The graph, for tests. */
    GraphView graph() { return graph; }

    /** The formula's TeX on show, for tests. */
    public String formulaTex() { return formula.tex(); }

    private final BooleanProperty large = new SimpleBooleanProperty(false);

    public void setLarge(boolean large) {
        this.large.set(large);
        formula.setSize(large ? 30 : 22);
        graph.setScale(large ? 1.3 : 1.0);
    }

    private void show(StepThrough.Step step) {
        if (step == null) {
            title.setText("Step through one sample: press → (or the button) to start.");
            formula.setTex("");
            return;
        }
        String phase = switch (step.phase()) {
            case START -> "Forward pass";
            case FORWARD -> "Forward";
            case LOSS -> "Loss";
            case BACKWARD -> "Backward";
            case DONE -> "Update";
        };
        title.setText(phase + ": " + step.title());
        formula.setTex(step.tex());
    }
}
