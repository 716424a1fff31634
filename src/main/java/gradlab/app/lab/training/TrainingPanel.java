package gradlab.app.lab.training;

import gradlab.lab.Settings;
import gradlab.app.common.Shown;
import gradlab.data.Generators;
import gradlab.lab.LabState;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.app.common.Numbers;
import gradlab.lab.Presets;
import gradlab.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import gradlab.app.lab.session.LabModel;
import javafx.util.StringConverter;

/**
 * The left panel: data, input features, loss, optimizer and its settings, regularization, init and
 * speed. Controls call the model's commands and follow its state; nothing here touches the engine.
 */
public final class TrainingPanel extends VBox {
    private static final List<String> FEATURES = List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)");
    private final LabModel model;
    private final ComboBox<String> data = new ComboBox<>();
    private final Slider noise = slider(Settings.NOISE);
    private final Slider validation = slider(Settings.VALIDATION);
    private final ComboBox<String> loss = new ComboBox<>();
    private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    private final ComboBox<Double> learningRate;
    private final Slider momentum = slider(Settings.MOMENTUM);
    private final Spinner<Integer> batch;
    private final ComboBox<Double> l2;
    private final ComboBox<Double> l1;
    private final Slider rho = slider(Settings.RHO);
    private final Spinner<Integer> patience;
    private final ComboBox<Init> init = new ComboBox<>();
    private final Spinner<Long> seed;
    private final Spinner<Integer> speed;
    private final List<CheckBox> features = new ArrayList<>();
    private boolean updating;

    public TrainingPanel(LabModel model) {
        this.model = model;
        learningRate = SettingField.chooser(Settings.LEARNING_RATE, () -> model.state().learningRate(), Numbers::rate,
                v -> model.set(Settings.LEARNING_RATE, v));
        l2 = SettingField.chooser(Settings.L2, () -> model.state().l2(), Numbers::rate, v -> model.set(Settings.L2, v));
        l1 = SettingField.chooser(Settings.L1, () -> model.state().l1(), Numbers::rate, v -> model.set(Settings.L1, v));
        batch = SettingField.spinner(Settings.BATCH, () -> model.state().batch(), v -> model.set(Settings.BATCH, v),
                v -> model.adjust(Settings.BATCH, v));
        patience = SettingField.spinner(Settings.PATIENCE, () -> model.state().patience(), v -> model.set(Settings.PATIENCE, v),
                v -> model.adjust(Settings.PATIENCE, v));
        seed = SettingField.spinner(Settings.SEED, () -> model.state().seed(), v -> model.set(Settings.SEED, v),
                v -> model.adjust(Settings.SEED, v));
        speed = SettingField.spinner(Settings.EPOCHS_PER_FRAME, () -> model.state().epochsPerFrame(), v -> model.set(Settings.EPOCHS_PER_FRAME, v),
                v -> model.adjust(Settings.EPOCHS_PER_FRAME, v));
        getStyleClass().add("side-panel");
        setSpacing(6);
        setPadding(new Insets(12));
        setPrefWidth(330);
        setMinWidth(300);

        data.getItems().setAll(Generators.NAMES);
        data.setId("data");
        loss.setId("loss");
        Button regenerate = new Button("Regenerate");
        regenerate.setId("regenerate");
        regenerate.setOnAction(e -> model.set(Settings.DATA_SEED, model.state().dataSeed() + 1));
        Button csv = new Button("Load CSV…");
        csv.setOnAction(e -> loadCsv());
        loss.getItems().setAll(Settings.LOSS.setting().choices());
        optimizer.getItems().setAll(OptimizerKind.values());
        optimizer.setConverter(new StringConverter<>() {   // "RMSProp", not "rmsprop"
            @Override public String toString(OptimizerKind k) { return k == null ? "" : k.label(); }
            @Override public OptimizerKind fromString(String label) {
                return Arrays.stream(OptimizerKind.values()).filter(k -> k.label().equals(label)).findFirst().orElse(null);
            }
        });
        optimizer.setId("optimizer");
        learningRate.getItems().setAll(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 100.0);
        learningRate.setTooltip(new Tooltip("Choose a rate or type one (Enter takes it)"));
        l2.getItems().setAll(0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3);
        l1.getItems().setAll(l2.getItems());
        patience.setTooltip(new Tooltip("Early stopping: stop when the validation loss has not improved for this many epochs (0: off)"));
        init.getItems().setAll(Init.values());
        init.setId("init");
        init.setTooltip(new Tooltip("How the network's weights were drawn; Reset weights draws new ones this way"));
        Button reset = new Button("Reset weights");
        reset.setId("reset");
        reset.setOnAction(e -> model.reset(init.getValue()));

        on(data, v -> model.set(Settings.DATA, v));
        onSlider(noise, v -> model.set(Settings.NOISE, v));
        onSlider(validation, v -> model.set(Settings.VALIDATION, v));
        on(loss, v -> model.set(Settings.LOSS, v));
        on(optimizer, v -> model.set(Settings.OPTIMIZER, v.id()));
        onSlider(momentum, v -> model.set(Settings.MOMENTUM, v));
        onSlider(rho, v -> model.set(Settings.RHO, v));

        GridPane featureGrid = new GridPane();
        featureGrid.setHgap(10);
        for (int i = 0; i < FEATURES.size(); i++) {
            CheckBox box = new CheckBox(pretty(FEATURES.get(i)));
            box.setId("feature-" + i);
            box.setOnAction(e -> applyFeatures());
            features.add(box);
            featureGrid.add(box, i % 2, i / 2);
        }

        dataControls = List.of(data, regenerate, csv, noise, validation);
        getChildren().addAll(
                title("Data"), row("Data set", data), row("", regenerate), row("", csv), row("Noise", noise), row("Validation", validation),
                title("Input features"), featureGrid,
                title("Training"), row("Loss", loss), row("Optimizer", optimizer), row("Learning rate", typed(learningRate)),
                row("Momentum", momentum), row("Decay ρ", rho), row("Batch size", typed(batch)),
                title("Regularization"), row("L2 penalty", typed(l2)), row("L1 penalty", typed(l1)), row("Patience", typed(patience)),
                title("Weights"), row("Init", init), row("Seed", typed(seed)), row("", reset),
                title("Speed"), row("Epochs / frame", typed(speed)));
        Shown.onChange(this, model.stateProperty(), () -> follow(model.state()));
        Shown.onChange(this, model.networkProperty(), this::followNetwork);   // a new network object: edits, files, undo, a lesson step
        follow(model.state());
        followNetwork();
    }

    private static String pretty(String feature) {
        return feature.replace("^2", "²").replace("*", "·").replace("sin(x1)", "sin x1").replace("sin(x2)", "sin x2");
    }

    private <T> void on(ComboBox<T> box, Consumer<T> action) {
        box.setOnAction(e -> { if (!updating && box.getValue() != null) action.accept(box.getValue()); });
        box.setMaxWidth(Double.MAX_VALUE);
    }

    /** A slider over the setting's range in the table. */
    private static Slider slider(Settings.Key<Double> key) {
        Slider slider = new Slider(key.setting().min(), key.setting().max(), key.setting().min());
        slider.setId(key.name());
        return slider;
    }

    /** A typed field with the place for its refusal below it. */
    private static Node typed(Control field) { return SettingField.of(field).withReason(field); }

    private void onSlider(Slider slider, Consumer<Double> action) {
        slider.valueChangingProperty().addListener((o, was, changing) -> { if (!changing && !updating) action.accept(round(slider)); });
        slider.setOnMouseReleased(e -> { if (!updating) action.accept(round(slider)); });
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(slider.getMax() >= 0.9 ? 0.3 : 0.25);
        slider.setPrefWidth(170);
    }

    private List<Control> dataControls = List.of();

    /** A lesson step that locks the data disables its controls, with a tooltip that says why. */
    public void setDataLocked(boolean locked) {
        for (var c : dataControls) {
            c.setDisable(locked);
            if (locked) c.setTooltip(new Tooltip("The data is locked by the lesson for this step"));
        }
    }

    /** The slider's value to two decimals, within its range (0.999999 is not rounded up to 1). */
    private static double round(Slider slider) {
        return Math.max(slider.getMin(), Math.min(slider.getMax(), Math.round(slider.getValue() * 100) / 100.0));
    }

    private void follow(LabState s) {
        updating = true;
        try {
            data.setValue(s.data().toLowerCase().endsWith(".csv") ? null : s.data());
            noise.setValue(s.noise());
            validation.setValue(s.validation());
            loss.setValue(s.loss());
            OptimizerKind kind = OptimizerKind.of(s.optimizer());
            optimizer.setValue(kind);
            learningRate.setValue(s.learningRate());
            momentum.setValue(s.momentum());
            batch.getValueFactory().setValue(s.batch());
            l2.setValue(s.l2());
            l1.setValue(s.l1());
            rho.setValue(s.rho());
            patience.getValueFactory().setValue(s.patience());
            rho.setDisable(!kind.hasRho());
            seed.getValueFactory().setValue(s.seed());
            speed.getValueFactory().setValue(s.epochsPerFrame());
            momentum.setDisable(!kind.hasMomentum());
        } finally {
            updating = false;
        }
    }

    /** The features and the init of the network on the bench. */
    private void followNetwork() {
        if (model.network() == null) return;
        updating = true;
        try {
            init.setValue(Presets.initOf(model.network()));
        } finally {
            updating = false;
        }
        followFeatures();
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
