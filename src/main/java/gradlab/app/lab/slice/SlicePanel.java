package gradlab.app.lab.slice;

import gradlab.app.common.Numbers;
import gradlab.app.common.Shown;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * Controls and map of the network's own loss surface: which plane (two chosen weights, two random
 * directions, or the trajectory's principal directions), its half-width, Compute, the progress, and the
 * true loss beside the surface's value at the current weights (where they differ, the plane misleads).
 */
public final class SlicePanel extends VBox {
    private final NetworkSliceModel model;
    private final SliceMap map = new SliceMap();
    private final Label status = new Label();
    private final Label readout = new Label();
    private final Label axes = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private Subscription following;   // the model's pictures, while this view is shown

    public SlicePanel(NetworkSliceModel model, Supplier<String> selected) {
        super(6);
        this.model = model;
        ToggleGroup modes = new ToggleGroup();
        RadioButton weights = new RadioButton("two weights");
        RadioButton random = new RadioButton("random directions");
        RadioButton pca = new RadioButton("trajectory (PCA)");
        weights.setToggleGroup(modes);
        random.setToggleGroup(modes);
        pca.setToggleGroup(modes);
        random.setSelected(true);
        pca.setTooltip(new Tooltip("The two directions the training moved most in (train a while first)"));
        Button asX = new Button("x axis ← selected");
        Button asY = new Button("y axis ← selected");
        asX.setTooltip(new Tooltip("Use the weight or bias selected in the diagram as the x axis"));
        asX.setOnAction(e -> {
            if (selected.get() == null) { status.setText("Click an edge or a neuron in the diagram first."); return; }
            model.setAxisX(selected.get());
            weights.setSelected(true);
            refreshAxes();
        });
        asY.setOnAction(e -> {
            if (selected.get() == null) { status.setText("Click an edge or a neuron in the diagram first."); return; }
            model.setAxisY(selected.get());
            weights.setSelected(true);
            refreshAxes();
        });
        weights.setOnAction(e -> model.setMode(NetworkSliceModel.Mode.PARAMETERS));
        random.setOnAction(e -> model.setMode(NetworkSliceModel.Mode.RANDOM));
        pca.setOnAction(e -> model.setMode(NetworkSliceModel.Mode.PCA));
        Slider span = new Slider(-1, 1, 0);
        span.setTooltip(new Tooltip("How far the plane reaches each way (0.1 to 10, log scale)"));
        Label spanLabel = new Label("± 1");
        span.valueProperty().addListener((o, a, v) -> {
            double s = Double.parseDouble(Numbers.rate(Math.pow(10, v.doubleValue())));
            model.setSpan(s);
            spanLabel.setText("± " + Numbers.rate(s));
        });
        Button compute = new Button("Compute");
        compute.setId("slice-compute");
        compute.getStyleClass().add("accent");
        compute.setOnAction(e -> model.compute());
        status.setWrapText(true);
        status.setId("slice-status");
        readout.setWrapText(true);
        readout.setId("slice-readout");
        axes.setWrapText(true);
        axes.getStyleClass().add("hint");
        progress.setMaxWidth(Double.MAX_VALUE);
        FlowPane modeRow = new FlowPane(10, 4, random, pca, weights);
        FlowPane axisRow = new FlowPane(8, 4, asX, asY);
        HBox spanRow = new HBox(8, new Label("reach"), span, spanLabel, compute);
        spanRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(modeRow, axisRow, axes, spanRow, progress, map, readout, status);
        following = Shown.onChange(this, model.pictureProperty(), () -> show(model.pictureProperty().get()));
        show(model.pictureProperty().get());
        refreshAxes();
    }

    private void refreshAxes() {
        axes.setText("x: " + (model.axisX() == null ? "–" : model.axisX()) + "    y: " + (model.axisY() == null ? "–" : model.axisY()));
    }

    public void setFontScale(double s) { map.setFontScale(s); }

    private void show(NetworkSliceModel.Picture p) {
        map.show(p);
        progress.setProgress(p.progress());
        progress.setVisible(p.progress() > 0 && p.progress() < 1);
        status.setText(p.message());
        if (Double.isFinite(p.trueLoss())) {
            readout.setText("loss now " + Numbers.format(p.trueLoss()) + "   ·   the surface at this point "
                    + (Double.isFinite(p.surfaceLoss()) ? Numbers.format(p.surfaceLoss()) : "(off the map)")
                    + (Double.isFinite(p.surfaceLoss()) && Math.abs(p.surfaceLoss() - p.trueLoss()) > 0.05 * Math.max(1e-9, p.trueLoss())
                            ? "   — they differ: the weights have left this plane (Compute re-centres it)" : ""));
        } else {
            readout.setText("");
        }
    }

    public void close() {
        following.unsubscribe();
        model.close();
    }
}
