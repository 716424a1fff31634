package gradlab.app.lab.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status line: the last thing worth telling the user, an error (with its file and place) or what an
 * action did. An error stays until the next message replaces it or the next action works.
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

    /**
     * Says that something unexpected went wrong, in words for the user (the details, with the exception's
     * name, belong on the console); an error until the next action that works.
     */
    public void unexpected(Throwable problem) {
        fail("Something went wrong (details on the console). Your network is unchanged; Ctrl+Z undoes the last edit.");
    }

    /** Clears an error from the status line, after something that worked; other messages stay. */
    public void clearError() {
        if (error.get()) say("");
    }
}
