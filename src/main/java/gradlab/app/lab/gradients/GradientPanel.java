package gradlab.app.lab.gradients;

import gradlab.app.common.Shown;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** How each layer learns: the gradient-norm chart, the first-over-last ratio in words, and the histograms. */
public final class GradientPanel extends VBox {
    private final DynamicsModel model;
    private final GradientChart chart = new GradientChart();
    private final HistogramGrid histograms = new HistogramGrid();
    private final Label ratio = new Label();
    private Subscription following;   // the model's pictures, while this view is shown
    /**
     * The histograms redraw a frame after the chart: in software rendering the two canvases together
     * overrun one frame's budget, one each does not (59.5 fps against 56 with both in one frame).
     */
    private final AnimationTimer histogramsNextFrame = new AnimationTimer() {
        private int frames;
        @Override public void start() {
            frames = 0;
            super.start();
        }
        @Override public void handle(long now) {
            if (++frames < 2) return;   // the first call may still be the chart's own frame
            stop();
            histograms.show(model.pictureProperty().get());
        }
    };

    public GradientPanel(DynamicsModel model) {
        this.model = model;
        Label title = new Label("How fast each layer learns");
        title.getStyleClass().add("panel-title");
        ratio.setId("gradient-ratio");
        ratio.getStyleClass().add("ratio");
        ratio.setWrapText(true);
        String[] names = {"‖∂C/∂b‖", "‖∂C/∂W‖", "‖ΔW‖/‖W‖"};
        String[] explanations = {"‖∂C/∂b‖ per layer over the training set (Nielsen's speed of learning), log scale",
                "‖∂C/∂W‖ per layer over the training set, log scale",
                "how far each layer's weights moved in the last epoch, relative to their size, log scale"};
        Label what = new Label(explanations[0]);
        what.getStyleClass().add("hint");
        what.setWrapText(true);
        ToggleGroup modes = new ToggleGroup();
        HBox header = new HBox(6, title);
        for (int i = 0; i < names.length; i++) {
            ToggleButton b = new ToggleButton(names[i]);
            b.setToggleGroup(modes);
            b.setSelected(i == 0);
            int m = i;
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true);
                chart.modeProperty().set(m);
                what.setText(explanations[m]);
            });
            header.getChildren().add(b);
        }
        Label whatRow = what;
        header.setAlignment(Pos.CENTER_LEFT);
        Label histTitle = new Label("Inside each layer");
        histTitle.getStyleClass().add("panel-title");
        FlowPane headerFlow = new FlowPane(6, 4);
        headerFlow.getChildren().addAll(header.getChildren());
        getChildren().addAll(headerFlow, ratio, whatRow, chart, histTitle, histograms);
        setSpacing(6);
        setPadding(new Insets(4, 0, 4, 0));
        getStyleClass().add("gradient-panel");
        following = Shown.onChange(this, model.pictureProperty(), () -> show(model.pictureProperty().get()));
        show(model.pictureProperty().get());
    }

    public void setFontScale(double scale) {
        chart.fontScaleProperty().set(scale);
        histograms.fontScaleProperty().set(scale);
    }

    private void show(DynamicsModel.Picture p) {
        ratio.setText(p.ratioText());
        chart.show(p);
        histogramsNextFrame.start();
    }

    public void close() {
        following.unsubscribe();
        histogramsNextFrame.stop();
    }
}
