package gradlab.app.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Settings of the window, not of the experiment: large type for a projector and the loss chart's log
 * scale. They live here rather than in the lab's state, so a saved session or a lesson step never
 * changes how big the type is in front of a lecture hall.
 */
public final class ViewSettings {
    private final BooleanProperty largeType = new SimpleBooleanProperty(this, "largeType", false);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);

    /** Type, numbers and drawings about 1.6× larger; the settings panel steps aside. */
    public BooleanProperty largeTypeProperty() { return largeType; }

    /** The loss chart's y axis in decades. */
    public BooleanProperty logScaleProperty() { return logScale; }
}
