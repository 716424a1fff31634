package gradlab.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/** What a page's layout cut short: labels showing an ellipsis, text fields narrower than their text. */
public final class LayoutChecks {
    private LayoutChecks() {}

    /** Every shown text under {@code root} that is not shown whole, as "what it says → what shows". */
    public static List<String> truncated(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !labeled.getText().equals(shown.getText())) {
                    found.add("'" + labeled.getText() + "' shows '" + shown.getText() + "' (" + labeled.getClass().getSimpleName()
                            + (labeled.getId() != null ? " #" + labeled.getId() : "") + ")");
                }
            }
        }
        if (node instanceof TextField field && field.getWidth() + 0.5 < field.prefWidth(-1)) {
            found.add("text field " + (field.getId() != null ? "#" + field.getId() : field.getPromptText()) + " is " + Math.round(field.getWidth())
                    + " px wide of " + Math.round(field.prefWidth(-1)));
        }
        if (node instanceof Parent parent) for (Node child : parent.getChildrenUnmodifiable()) visit(child, found);
    }
}
