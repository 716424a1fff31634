package gradlab.app.dynamics;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** How each layer learns: the gradient-norm chart, the first-over-last ratio in words, and the histograms. */
public final class GradientPanel extends VBox {
    private final DynamicsModel model;
    private final GradientChart chart = new GradientChart();
    private final HistogramGrid histograms = new HistogramGrid();
    private final Label ratio = new Label();
    private final ChangeListener<DynamicsModel.Picture> onPicture = (o, a, p) -> show(p);

    public GradientPanel(DynamicsModel model) {
        this.model = model;
        Label title = new Label("How fast each layer learns");
        title.getStyleClass().add("panel-title");
        ratio.setId("gradient-ratio");
        ratio.getStyleClass().add("ratio");
        ratio.setWrapText(true);
        ToggleButton weights = new ToggleButton("‖∂C/∂W‖");
        weights.setTooltip(new Tooltip("Show the weights' gradient norms instead of the biases' (Nielsen's speed of learning)"));
        weights.selectedProperty().bindBidirectional(chart.weightsProperty());
        weights.selectedProperty().addListener((o, a, on) -> weights.setText(on ? "‖∂C/∂b‖" : "‖∂C/∂W‖"));
        Label what = new Label("‖∂C/∂b‖ per layer over the training set, log scale");
        what.getStyleClass().add("hint");
        HBox header = new HBox(10, title, weights);
        header.setAlignment(Pos.CENTER_LEFT);
        Label histTitle = new Label("Inside each layer");
        histTitle.getStyleClass().add("panel-title");
        weights.selectedProperty().addListener((o, a, on) -> what.setText((on ? "‖∂C/∂W‖" : "‖∂C/∂b‖") + " per layer over the training set, log scale"));
        getChildren().addAll(header, ratio, what, chart, histTitle, histograms);
        setSpacing(6);
        setPadding(new Insets(4, 0, 4, 0));
        getStyleClass().add("gradient-panel");
        model.pictureProperty().addListener(onPicture);
        show(model.pictureProperty().get());
    }

    public void setFontScale(double scale) {
        chart.fontScaleProperty().set(scale);
        histograms.fontScaleProperty().set(scale);
    }

    private void show(DynamicsModel.Picture p) {
        ratio.setText(p.ratioText());
        chart.show(p);
        histograms.show(p);
    }

    public void close() {
        model.pictureProperty().removeListener(onPicture);
    }
}
