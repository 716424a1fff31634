package gradlab.app.lab.timeline;

import gradlab.lab.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import java.util.function.IntConsumer;
import javafx.scene.layout.Region;

/**
 * A slider over the kept epochs: dragging it left rewinds every view of the lab to that epoch's weights;
 * Back to now (or Play) returns to the present; Train from here branches a new run from the past point.
 */
public final class TimelineBar extends HBox {
    private final Slider slider = new Slider(0, 1, 1);
    private final Label where = new Label();
    private final Button now = new Button("Back to now");
    private final Button branch = new Button("Train from here");
    private Timeline timeline;
    private boolean updating;

    public TimelineBar(IntConsumer rewindTo, Runnable backToNow, Runnable trainFromHere) {
        super(8);
        Label title = new Label("Timeline");
        title.getStyleClass().add("panel-title");
        slider.setId("timeline");
        slider.setTooltip(new Tooltip("Drag left to see the network as it was at an earlier epoch"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        where.setMinWidth(180);
        where.setId("timeline-epoch");
        now.setId("timeline-now");
        branch.setId("timeline-branch");
        branch.setTooltip(new Tooltip("Start a new run from these weights (Ctrl+Z goes back)"));
        now.setOnAction(e -> backToNow.run());
        branch.setOnAction(e -> trainFromHere.run());
        slider.valueProperty().addListener((o, a, v) -> {
            if (updating || timeline == null || timeline.size() == 0) return;
            int i = (int) Math.round(v.doubleValue());
            if (i >= timeline.size() - 1) backToNow.run(); else rewindTo.accept(timeline.get(i).epoch());
        });
        for (Region whole : new Region[] {title, now, branch}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);   // a narrow lab (beside a lesson) shortens the slider, never the words
        }
        getChildren().addAll(title, slider, where, now, branch);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("timeline-bar");
    }

    /**
     * Shows the timeline's extent and where the window is: at the present ({@code viewing} −1), the run's
     * epoch {@code present}, or in the past.
     */
    public void show(Timeline t, int viewing, int present) {
        timeline = t;
        updating = true;
        int n = Math.max(1, t.size());
        slider.setMax(n - 1);
        slider.setDisable(t.size() < 2);
        if (viewing < 0) slider.setValue(n - 1);
        updating = false;
        where.setText(viewing < 0 ? "epoch " + present + " (now)" : "epoch " + viewing + " of " + present + ": the past");
        now.setDisable(viewing < 0);
        branch.setDisable(viewing < 0);
    }
}
