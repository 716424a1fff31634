package gradlab.app.surface;

import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.optim.Optimizers;
import gradlab.surface.SurfaceRun;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One row per racer: its colour, optimizer, learning rate (typed, or slid on a log scale from 0.0001 to
 * 10), momentum or ρ where the optimizer has one, and a readout of step, f, ‖∇f‖ and position. Changing a
 * setting restarts that racer's path live. The rows are rebuilt only when racers are added or removed.
 */
public final class RacePanel extends VBox {
    private final SurfaceModel model;
    private final VBox rows = new VBox(10);
    private int shownRacers = -1;

    public RacePanel(SurfaceModel model) {
        this.model = model;
        Button add = new Button("+ racer");
        add.setId("add-racer");
        add.setTooltip(new Tooltip("Another optimizer (or the same one with other settings) from the same start"));
        add.setOnAction(e -> {
            List<String> names = Optimizers.NAMES;
            String next = names.get(model.racers().size() % names.size());
            model.addRacer(new SurfaceModel.Racer(next, next.equals("adagrad") ? 0.5 : next.equals("sgd") ? 0.05 : 0.05, 0.9, 0.9));
        });
        Label title = new Label("Racers");
        title.getStyleClass().add("section");
        Button gif = new Button("GIF…");
        gif.setId("race-gif");
        gif.setTooltip(new Tooltip("Save the race as an animated GIF for slides (drawn off screen at the size you choose)"));
        gif.setOnAction(e -> gradlab.app.common.GifExportDialog.show(getScene().getWindow(), "race.gif", Math.max(model.stepProperty().get(), 60),
                (out, size, fps, steps, progress) -> new gradlab.surface.RaceAnimation(model.raceSurface(), model.raceForExport(steps), size[0], size[1])
                        .writeGif(out, fps, progress)));
        getChildren().addAll(new HBox(10, title, add, gif), rows);
        setSpacing(8);
        setPadding(new Insets(8));
    }

    /** Rebuilds the rows when the number of racers changed, else only refreshes the readouts. */
    public void show(SurfaceModel.RacePicture picture) {
        if (picture.racers().size() != shownRacers) {
            rows.getChildren().clear();
            for (int i = 0; i < picture.racers().size(); i++) rows.getChildren().add(row(i, picture.racers().get(i)));
            shownRacers = picture.racers().size();
        }
        for (int i = 0; i < picture.racers().size(); i++) {
            VBox row = (VBox) rows.getChildren().get(i);
            Label readout = (Label) row.getChildren().get(row.getChildren().size() - 1);
            readout.setText(readout(picture, i));
        }
    }

    private static String readout(SurfaceModel.RacePicture picture, int i) {
        List<SurfaceRun.Point> path = picture.paths().get(i);
        if (path.isEmpty()) return "no finite start";
        SurfaceRun.Point p = path.get(path.size() - 1);
        String position = p.position().length == 1 ? "x = " + Numbers.format(p.x())
                : "(" + Numbers.format(p.x()) + ", " + Numbers.format(p.position()[1]) + ")";
        String text = String.format(Locale.ROOT, "step %d   f = %s   ‖∇f‖ = %s   at %s", p.step(), Numbers.format(p.f()),
                Numbers.format(p.gradientNorm()), position);
        int diverged = picture.divergedAt().get(i);
        if (diverged >= 0) text += "\ndiverged at step " + diverged + " (learning rate too large?)";
        String optimizer = picture.racers().get(i).optimizer();
        if (p.step() > 0 && (optimizer.equals("adagrad") || optimizer.equals("rmsprop") || optimizer.equals("adam"))) {
            double[] rate = p.effectiveRate();
            text += "\neffective step per unit of gradient: " + (rate.length == 1 ? Numbers.format(rate[0])
                    : "x " + Numbers.format(rate[0]) + ", y " + Numbers.format(rate[1]));
        }
        return text;
    }

    private VBox row(int i, SurfaceModel.Racer racer) {
        Rectangle swatch = new Rectangle(18, 18, Colors.categorical(i));
        ComboBox<String> optimizer = new ComboBox<>();
        optimizer.getItems().addAll(Optimizers.NAMES);
        optimizer.setValue(racer.optimizer());
        optimizer.setId("racer-optimizer-" + i);
        optimizer.setMinWidth(150);
        optimizer.setPrefWidth(150);
        TextField rate = new TextField(Numbers.rate(racer.learningRate()));
        rate.setId("racer-rate-" + i);
        rate.setPrefColumnCount(6);
        rate.setTooltip(new Tooltip("Learning rate η: type any positive number and press Enter"));
        Slider logRate = new Slider(-4, 1, Math.log10(racer.learningRate()));
        logRate.setTooltip(new Tooltip("Learning rate on a log scale, 0.0001 to 10"));
        logRate.setPrefWidth(140);
        Slider second = new Slider(0, 0.99, optimizer.getValue().equals("rmsprop") ? racer.rho() : racer.momentum());
        second.setPrefWidth(110);
        Label secondLabel = new Label();
        Button remove = new Button("✕");
        remove.setTooltip(new Tooltip("Remove this racer"));
        remove.setOnAction(e -> model.removeRacer(i));
        Label readout = new Label();
        readout.getStyleClass().add("readout");
        readout.setWrapText(true);

        Runnable refreshSecond = () -> {
            String o = optimizer.getValue();
            boolean hasMomentum = o.equals("momentum") || o.equals("nesterov"), hasRho = o.equals("rmsprop");
            second.setVisible(hasMomentum || hasRho);
            secondLabel.setVisible(hasMomentum || hasRho);
            SurfaceModel.Racer r = model.racers().get(i);
            secondLabel.setText((hasRho ? "ρ " : "λ ") + Numbers.rate(hasRho ? r.rho() : r.momentum()));
        };
        refreshSecond.run();
        optimizer.setOnAction(e -> {
            SurfaceModel.Racer r = model.racers().get(i);
            model.setRacer(i, new SurfaceModel.Racer(optimizer.getValue(), r.learningRate(), r.momentum(), r.rho()));
            second.setValue(optimizer.getValue().equals("rmsprop") ? r.rho() : r.momentum());
            refreshSecond.run();
        });
        rate.setOnAction(e -> {
            try {
                double v = Double.parseDouble(rate.getText().trim());
                if (!(v > 0) || !Double.isFinite(v)) throw new NumberFormatException();
                SurfaceModel.Racer r = model.racers().get(i);
                model.setRacer(i, new SurfaceModel.Racer(r.optimizer(), v, r.momentum(), r.rho()));
                logRate.setValue(Math.log10(v));
                rate.getStyleClass().remove("invalid");
            } catch (NumberFormatException ex) {
                if (!rate.getStyleClass().contains("invalid")) rate.getStyleClass().add("invalid");
                rate.setTooltip(new Tooltip("'" + rate.getText() + "' is not a positive number"));
            }
        });
        logRate.valueProperty().addListener((o, a, v) -> {
            if (!logRate.isValueChanging() && Math.abs(Math.log10(model.racers().get(i).learningRate()) - v.doubleValue()) < 1e-9) return;
            double value = Double.parseDouble(Numbers.rate(Math.pow(10, v.doubleValue())));
            SurfaceModel.Racer r = model.racers().get(i);
            if (value == r.learningRate()) return;
            rate.setText(Numbers.rate(value));
            model.setRacer(i, new SurfaceModel.Racer(r.optimizer(), value, r.momentum(), r.rho()));
        });
        second.valueProperty().addListener((o, a, v) -> {
            SurfaceModel.Racer r = model.racers().get(i);
            double value = Math.round(v.doubleValue() * 100) / 100.0;
            boolean rho = r.optimizer().equals("rmsprop");
            if (value == (rho ? r.rho() : r.momentum())) return;
            model.setRacer(i, rho ? new SurfaceModel.Racer(r.optimizer(), r.learningRate(), r.momentum(), value)
                    : new SurfaceModel.Racer(r.optimizer(), r.learningRate(), value, r.rho()));
            refreshSecond.run();
        });

        GridPane controls = new GridPane();
        controls.setHgap(8);
        controls.setVgap(4);
        controls.addRow(0, swatch, optimizer, new Label("η"), rate, logRate, remove);
        controls.addRow(1, new Region(), secondLabel, new Region(), new Region(), second);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, controls, readout);
        box.getStyleClass().add("racer");
        return box;
    }
}
