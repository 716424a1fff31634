package gradlab.app.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status line: the last thing worth telling the user, an error (with its file and place) or what an
 * action did. An error stays marked as one until the next message replaces it.
 */
public final class Status {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Whether the message on show is an error. */
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Shows a line that is not an error (an empty one clears the status line). */
    public void say(String text) {
        error.set(false);
        message.set(text);
    }

    /** Says what went wrong; shown as an error until the next message. */
    public void fail(String text) {
        message.set(text);
        error.set(true);
    }

    /** Clears an error from the status line, after something that worked; other messages stay. */
    public void clearError() {
        if (error.get()) say("");
    }
}
