package gradlab.app.lab.session;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo over immutable states (mementos); bounded so a long session does not grow without end. */
public final class UndoHistory<T> {
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final int limit;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public UndoHistory(int limit) { this.limit = limit; }

    /** Records the state before an edit; the redo list is dropped. */
    public void push(T before) {
        undo.push(before);
        if (undo.size() > limit) undo.removeLast();
        redo.clear();
        update();
    }

    /** The state to go back to, given the current one (kept for redo); null when there is none. */
    public T undo(T current) {
        if (undo.isEmpty()) return null;
        redo.push(current);
        T previous = undo.pop();
        update();
        return previous;
    }

    public T redo(T current) {
        if (redo.isEmpty()) return null;
        undo.push(current);
        T next = redo.pop();
        update();
        return next;
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
}
