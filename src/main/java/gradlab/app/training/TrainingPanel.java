package gradlab.app.training;

import gradlab.lab.Settings;
import gradlab.app.common.Shown;
import gradlab.data.Generators;
import gradlab.lab.LabState;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.optim.Optimizers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import gradlab.app.session.LabModel;

/**
 * The left panel: data, input features, loss, optimizer and its settings, regularization, init and
 * speed. Controls call the model's commands and follow its state; nothing here touches the engine.
 */
public final class TrainingPanel extends VBox {
    private static final List<String> FEATURES = List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)");
    private final LabModel model;
    private final ComboBox<String> data = new ComboBox<>();
    private final Slider noise = new Slider(0, 0.5, 0);
    private final Slider validation = new Slider(0, 0.9, 0.5);
    private final ComboBox<String> loss = new ComboBox<>();
    private final ComboBox<String> optimizer = new ComboBox<>();
    private final ComboBox<Double> learningRate = new ComboBox<>();
    private final Slider momentum = new Slider(0, 0.99, 0.9);
    private final Spinner<Integer> batch = new Spinner<>(1, 5000, 10);
    private final ComboBox<Double> l2 = new ComboBox<>();
    private final ComboBox<Double> l1 = new ComboBox<>();
    private final Slider rho = new Slider(0, 0.99, 0.9);
    private final Spinner<Integer> patience = new Spinner<>(0, 1000, 0);
    private final ComboBox<Init> init = new ComboBox<>();
    private final Spinner<Integer> seed = new Spinner<>(0, 1_000_000, 1);
    private final Spinner<Integer> speed = new Spinner<>(1, 200, 1);
    private final List<CheckBox> features = new ArrayList<>();
    private boolean updating;

    public TrainingPanel(LabModel model) {
        this.model = model;
        getStyleClass().add("side-panel");
        setSpacing(6);
        setPadding(new Insets(12));
        setPrefWidth(330);
        setMinWidth(300);

        data.getItems().setAll(Generators.NAMES);
        data.setId("data");
        Button regenerate = new Button("Regenerate");
        regenerate.setId("regenerate");
        regenerate.setOnAction(e -> model.set(Settings.DATA_SEED, model.state().dataSeed() + 1));
        Button csv = new Button("Load CSV…");
        csv.setOnAction(e -> loadCsv());
        loss.getItems().setAll(List.of(Loss.values()).stream().map(Loss::fileName).toList());
        optimizer.getItems().setAll(Optimizers.NAMES);
        learningRate.getItems().setAll(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 100.0);
        learningRate.setId("learning-rate");
        learningRate.setConverter(new javafx.util.StringConverter<>() {   // 0.00001 and 100, not 1.0E-5 and 100.0
            @Override public String toString(Double v) { return v == null ? "" : gradlab.app.common.Numbers.rate(v); }
            @Override public Double fromString(String text) {
                try {
                    double v = Double.parseDouble(text.trim());
                    return v > 0 && Double.isFinite(v) ? v : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        });
        l2.getItems().setAll(0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3);
        l1.getItems().setAll(l2.getItems());
        patience.setTooltip(new javafx.scene.control.Tooltip("Early stopping: stop when the validation loss has not improved for this many epochs (0: off)"));
        init.getItems().setAll(Init.values());
        init.setValue(Init.GLOROT_UNIFORM);
        Button reset = new Button("Reset weights");
        reset.setId("reset");
        reset.setOnAction(e -> model.reset(init.getValue()));
        speed.setId("speed");

        on(data, v -> model.set(Settings.DATA, v));
        onSlider(noise, v -> model.set(Settings.NOISE, v));
        onSlider(validation, v -> model.set(Settings.VALIDATION, v));
        on(loss, v -> model.set(Settings.LOSS, v));
        on(optimizer, v -> model.set(Settings.OPTIMIZER, v));
        on(learningRate, v -> model.set(Settings.LEARNING_RATE, v));
        onSlider(momentum, v -> model.set(Settings.MOMENTUM, v));
        batch.valueProperty().addListener((o, a, v) -> { if (!updating) model.set(Settings.BATCH, v); });
        on(l2, v -> model.set(Settings.L2, v));
        on(l1, v -> model.set(Settings.L1, v));
        onSlider(rho, v -> model.set(Settings.RHO, v));
        patience.valueProperty().addListener((o, a, v) -> { if (!updating) model.set(Settings.PATIENCE, v); });
        seed.valueProperty().addListener((o, a, v) -> { if (!updating) model.set(Settings.SEED, v.longValue()); });
        speed.valueProperty().addListener((o, a, v) -> { if (!updating) model.set(Settings.EPOCHS_PER_FRAME, v); });

        GridPane featureGrid = new GridPane();
        featureGrid.setHgap(10);
        for (int i = 0; i < FEATURES.size(); i++) {
            CheckBox box = new CheckBox(pretty(FEATURES.get(i)));
            box.setId("feature-" + i);
            box.setOnAction(e -> applyFeatures());
            features.add(box);
            featureGrid.add(box, i % 2, i / 2);
        }

        dataControls = java.util.List.of(data, regenerate, csv, noise, validation);
        getChildren().addAll(
                title("Data"), row("Data set", data), row("", regenerate), row("", csv), row("Noise", noise), row("Validation", validation),
                title("Input features"), featureGrid,
                title("Training"), row("Loss", loss), row("Optimizer", optimizer), row("Learning rate", learningRate),
                row("Momentum", momentum), row("Decay ρ", rho), row("Batch size", batch),
                title("Regularization"), row("L2 penalty", l2), row("L1 penalty", l1), row("Patience", patience),
                title("Weights"), row("Init", init), row("Seed", seed), row("", reset),
                title("Speed"), row("Epochs / frame", speed));
        Shown.onChange(this, model.stateProperty(), () -> follow(model.state()));
        Shown.onChange(this, model.networkProperty(), this::followFeatures);   // a new network object: edits, files, undo
        follow(model.state());
        followFeatures();
    }

    private static String pretty(String feature) {
        return feature.replace("^2", "²").replace("*", "·").replace("sin(x1)", "sin x1").replace("sin(x2)", "sin x2");
    }

    private <T> void on(ComboBox<T> box, Consumer<T> action) {
        box.setOnAction(e -> { if (!updating && box.getValue() != null) action.accept(box.getValue()); });
        box.setMaxWidth(Double.MAX_VALUE);
    }

    private void onSlider(Slider slider, Consumer<Double> action) {
        slider.valueChangingProperty().addListener((o, was, changing) -> { if (!changing && !updating) action.accept(round(slider.getValue())); });
        slider.setOnMouseReleased(e -> { if (!updating) action.accept(round(slider.getValue())); });
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(slider.getMax() >= 0.9 ? 0.3 : 0.25);
        slider.setPrefWidth(170);
    }

    private java.util.List<javafx.scene.control.Control> dataControls = java.util.List.of();

    /** A lesson step that locks the data disables its controls, with a tooltip that says why. */
    public void setDataLocked(boolean locked) {
        for (var c : dataControls) {
            c.setDisable(locked);
            if (locked) c.setTooltip(new javafx.scene.control.Tooltip("The data is locked by the lesson for this step"));
        }
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    private void follow(LabState s) {
        updating = true;
        try {
            data.setValue(s.data().toLowerCase().endsWith(".csv") ? null : s.data());
            noise.setValue(s.noise());
            validation.setValue(s.validation());
            loss.setValue(s.loss());
            optimizer.setValue(s.optimizer());
            learningRate.setValue(s.learningRate());
            momentum.setValue(s.momentum());
            batch.getValueFactory().setValue(s.batch());
            l2.setValue(s.l2());
            l1.setValue(s.l1());
            rho.setValue(s.rho());
            patience.getValueFactory().setValue(s.patience());
            rho.setDisable(!s.optimizer().equals("rmsprop"));
            seed.getValueFactory().setValue((int) s.seed());
            speed.getValueFactory().setValue(s.epochsPerFrame());
            momentum.setDisable(!s.optimizer().equals("momentum") && !s.optimizer().equals("nesterov"));
        } finally {
            updating = false;
        }
    }

    private void followFeatures() {
        if (model.network() == null) return;
        List<String> names = model.network().features().names();
        boolean twoInputs = model.network().features().rawCount() == 2;
        for (int i = 0; i < features.size(); i++) {
            features.get(i).setSelected(names.contains(FEATURES.get(i)));
            features.get(i).setDisable(!twoInputs);
        }
    }

    private void applyFeatures() {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) if (features.get(i).isSelected()) chosen.add(FEATURES.get(i));
        if (chosen.isEmpty()) {
            followFeatures();
            return;
        }
        model.setFeatures(chosen);
    }

    private void loadCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load data (CSV: columns x1, x2, … then targets)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        var file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) model.loadCsv(file.toPath());
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-title");
        return label;
    }

    private static GridPane row(String label, Node... nodes) {
        GridPane row = new GridPane();
        row.setHgap(8);
        Label l = new Label(label);
        l.setMinWidth(105);
        row.add(l, 0, 0);
        for (int i = 0; i < nodes.length; i++) row.add(nodes[i], i + 1, 0);
        return row;
    }
}
