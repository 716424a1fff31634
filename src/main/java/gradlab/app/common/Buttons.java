package gradlab.app.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** A button as the window's views make them: its text, an id (for keys, lessons and tests), what it does. */
public final class Buttons {
    private Buttons() {}

    public static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        if (id != null) b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** With a tooltip that says what it does. */
    public static Button button(String text, String id, String tip, Runnable action) {
        Button b = button(text, id, action);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
