package gradlab.app.race;

import gradlab.app.common.Colors;
import gradlab.app.common.GifExportDialog;
import gradlab.app.common.Numbers;
import gradlab.optim.OptimizerKind;
import gradlab.surface.RaceAnimation;
import gradlab.surface.SurfaceRun;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One row per racer: its colour, optimizer, learning rate (typed, or slid on a log scale from 0.0001 to
 * 10), momentum λ or decay ρ where the optimizer has one, and a readout of step, f, ‖∇f‖ and position.
 * Changing a setting restarts that racer's path live. Every row shows its racer as the model has it,
 * whatever changed it (a lesson, the (η, λ) map, another row): each picture sets every row's controls.
 */
public final class RacePanel extends VBox {
    private final SurfaceModel model;
    private final VBox rows = new VBox(10);

    public RacePanel(SurfaceModel model) {
        this.model = model;
        Button add = new Button("+ racer");
        add.setId("add-racer");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip("Another optimizer (or the same one with other settings) from the same start"));
        add.setOnAction(e -> {
            OptimizerKind next = OptimizerKind.values()[model.racers().size() % OptimizerKind.values().length];
            model.addRacer(new SurfaceModel.Racer(next, next == OptimizerKind.ADAGRAD ? 0.5 : 0.05, 0.9, 0.9));
        });
        Label title = new Label("Racers");
        title.getStyleClass().add("section");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button gif = new Button("GIF…");
        gif.setId("race-gif");
        gif.setMinWidth(Region.USE_PREF_SIZE);
        gif.setTooltip(new Tooltip("Save the race as an animated GIF for slides (drawn off screen at the size you choose)"));
        gif.setOnAction(e -> GifExportDialog.show(getScene().getWindow(), "race.gif", Math.max(model.stepProperty().get(), 60),
                (out, size, fps, steps, progress) -> new RaceAnimation(model.raceSurface(), model.raceForExport(steps), size[0], size[1])
                        .writeGif(out, fps, progress)));
        // a narrow column (large type) wraps the buttons under the title rather than growing wider than its scroll pane
        FlowPane head = new FlowPane(10, 6, title, add, gif);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, rows);
        setSpacing(8);
        setPadding(new Insets(8));
    }

    /** Makes one row per racer and sets every row's controls and readout from {@code picture}. */
    public void show(SurfaceModel.RacePicture picture) {
        List<SurfaceModel.Racer> racers = picture.racers();
        while (rows.getChildren().size() > racers.size()) rows.getChildren().remove(rows.getChildren().size() - 1);
        while (rows.getChildren().size() < racers.size()) rows.getChildren().add(new Row(rows.getChildren().size()));
        for (int i = 0; i < racers.size(); i++) ((Row) rows.getChildren().get(i)).follow(racers.get(i), readout(picture, i));
    }

    private static String readout(SurfaceModel.RacePicture picture, int i) {
        List<SurfaceRun.Point> path = picture.paths().get(i);
        if (path.isEmpty()) return "no finite start";
        SurfaceRun.Point p = path.get(path.size() - 1);
        String position = p.position().length == 1 ? "x = " + Numbers.format(p.x())
                : "(" + Numbers.format(p.x()) + ", " + Numbers.format(p.position()[1]) + ")";
        String text = String.format(Locale.ROOT, "step %d   f = %s\n‖∇f‖ = %s\nat %s", p.step(), Numbers.format(p.f()),   // one line each: wraps nowhere else
                Numbers.format(p.gradientNorm()), position);
        int diverged = picture.divergedAt().get(i);
        if (diverged >= 0) text += "\ndiverged at step " + diverged + " (learning rate too large?)";
        if (p.step() > 0 && picture.racers().get(i).kind().adaptive()) {
            double[] rate = p.effectiveRate();
            text += "\neffective step per unit of gradient: " + (rate.length == 1 ? Numbers.format(rate[0])
                    : "x " + Numbers.format(rate[0]) + ", y " + Numbers.format(rate[1]));
        }
        return text;
    }

    /** A racer's controls. They write to the model; {@link #follow} writes the model's racer back into them. */
    private final class Row extends VBox {
        private final int index;
        private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
        private final TextField rate = new TextField();
        private final Slider logRate = new Slider(-4, 1, -1);
        private final Slider second = new Slider(0, 0.99, 0.9);
        private final Label secondLabel = new Label();
        private final HBox secondRow;
        private final Label readout = new Label();
        private final Label problem = new Label();
        private double shownRate = Double.NaN;   // the η last written into the field
        private boolean following;   // true while the model's values are written into the controls

        Row(int index) {
            this.index = index;
            Rectangle swatch = new Rectangle(18, 18, Colors.categorical(index));
            optimizer.getItems().addAll(OptimizerKind.values());
            optimizer.setCellFactory(list -> new KindCell());
            optimizer.setButtonCell(new KindCell());
            optimizer.setId("racer-optimizer-" + index);
            optimizer.setMinWidth(Region.USE_PREF_SIZE);
            rate.setId("racer-rate-" + index);
            rate.setPrefColumnCount(6);
            rate.setMinWidth(Region.USE_PREF_SIZE);
            rate.setTooltip(new Tooltip("Learning rate η: type any positive number and press Enter"));
            logRate.setTooltip(new Tooltip("Learning rate on a log scale, 0.0001 to 10"));
            logRate.setPrefWidth(140);
            logRate.setMinWidth(60);
            second.setId("racer-second-" + index);
            second.setPrefWidth(140);
            second.setMinWidth(60);
            secondLabel.setId("racer-second-value-" + index);
            secondLabel.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button("✕");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setTooltip(new Tooltip("Remove this racer"));
            remove.setOnAction(e -> model.removeRacer(index));
            readout.getStyleClass().add("readout");
            readout.setId("racer-readout-" + index);
            readout.setWrapText(true);
            readout.setMinHeight(Region.USE_PREF_SIZE);
            problem.getStyleClass().addAll("status", "error");
            problem.setId("racer-rate-problem-" + index);
            problem.setWrapText(true);
            problem.setMinHeight(Region.USE_PREF_SIZE);
            refuse(null);

            optimizer.setOnAction(e -> {
                if (following || optimizer.getValue() == null) return;
                SurfaceModel.Racer r = racer();
                model.setRacer(index, new SurfaceModel.Racer(optimizer.getValue(), r.learningRate(), r.momentum(), r.rho()));
            });
            rate.setOnAction(e -> commitRate());
            rate.focusedProperty().addListener((o, was, is) -> { if (!is) commitRate(); });
            logRate.valueProperty().addListener((o, a, v) -> {
                if (following) return;
                double value = Double.parseDouble(Numbers.rate(Math.pow(10, v.doubleValue())));
                SurfaceModel.Racer r = racer();
                if (value != r.learningRate()) model.setRacer(index, new SurfaceModel.Racer(r.optimizer(), value, r.momentum(), r.rho()));
            });
            second.valueProperty().addListener((o, a, v) -> {
                if (following) return;
                SurfaceModel.Racer r = racer();
                double value = Math.round(v.doubleValue() * 100) / 100.0;
                boolean rho = r.kind().hasRho();
                if (value == (rho ? r.rho() : r.momentum())) return;
                model.setRacer(index, rho ? new SurfaceModel.Racer(r.optimizer(), r.learningRate(), r.momentum(), value)
                        : new SurfaceModel.Racer(r.optimizer(), r.learningRate(), value, r.rho()));
            });

            HBox first = new HBox(8, swatch, optimizer, remove);
            first.setAlignment(Pos.CENTER_LEFT);
            Label eta = new Label("η");
            eta.setMinWidth(Region.USE_PREF_SIZE);
            HBox rateRow = new HBox(8, eta, rate, logRate);
            rateRow.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(logRate, Priority.ALWAYS);
            secondRow = new HBox(8, secondLabel, second);
            secondRow.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(second, Priority.ALWAYS);
            getChildren().addAll(first, rateRow, problem, secondRow, readout);
            setSpacing(4);
            getStyleClass().add("racer");
        }

        private SurfaceModel.Racer racer() { return model.racers().get(index); }

        /** Shows {@code r} as it is: optimizer, η in the field and on the slider, λ or ρ where it has one. */
        void follow(SurfaceModel.Racer r, String reading) {
            following = true;
            try {
                OptimizerKind kind = r.kind();
                if (optimizer.getValue() != kind) optimizer.setValue(kind);
                String shown = Numbers.rate(r.learningRate());   // a field being typed into keeps its text until η changes elsewhere
                if ((r.learningRate() != shownRate || !rate.isFocused()) && !rate.getText().equals(shown)) rate.setText(shown);
                shownRate = r.learningRate();
                logRate.setValue(Math.log10(r.learningRate()));
                boolean has = kind.hasMomentum() || kind.hasRho();
                secondRow.setVisible(has);
                secondRow.setManaged(has);
                double value = kind.hasRho() ? r.rho() : r.momentum();
                second.setValue(value);
                secondLabel.setText((kind.hasRho() ? "ρ " : "λ ") + Numbers.rate(value));
                readout.setText(reading);
            } finally {
                following = false;
            }
        }

        /** Enter or leaving the field: a positive number becomes the racer's η; anything else is refused, η kept. */
        private void commitRate() {
            if (following) return;
            SurfaceModel.Racer r = racer();
            String text = rate.getText().trim();
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!(v > 0) || !Double.isFinite(v)) {
                refuse("'" + text + "' is not a positive number: η stays " + Numbers.rate(r.learningRate()));
                rate.setText(Numbers.rate(r.learningRate()));
                return;
            }
            refuse(null);
            if (v != r.learningRate()) model.setRacer(index, new SurfaceModel.Racer(r.optimizer(), v, r.momentum(), r.rho()));
        }

        /** Shows why a typed η was refused beside the field ({@code reason} null: nothing to show). */
        private void refuse(String reason) {
            problem.setText(reason == null ? "" : reason);
            problem.setVisible(reason != null);
            rate.getStyleClass().remove("invalid");
            if (reason != null) rate.getStyleClass().add("invalid");
            problem.setManaged(reason != null);
        }
    }

    /** An optimizer as the course names it: "Momentum", "RMSProp". */
    private static final class KindCell extends ListCell<OptimizerKind> {
        @Override
        protected void updateItem(OptimizerKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : kind.label());
        }
    }
}
