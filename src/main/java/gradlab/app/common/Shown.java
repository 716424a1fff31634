package gradlab.app.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * Listeners with the lifetime of a view: a view follows its model only while it is on a showing
 * window. Taken out of the scene (a lesson swapping panels, a closed window) it stops listening and
 * redraws nothing, and the model holds no reference to it; shown again, it catches up with the value.
 */
public final class Shown {
    private Shown() {}

    /** True while {@code node} is in a scene whose window is showing. */
    public static ObservableValue<Boolean> of(Node node) {
        return node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
    }

    /**
     * Calls {@code onValue} with {@code source}'s value now and whenever it changes while {@code node} is
     * shown; a change made while it is hidden arrives when it is shown again. Unsubscribing ends it for good.
     */
    public static <T> Subscription follow(Node node, ObservableValue<T> source, Consumer<? super T> onValue) {
        return source.when(of(node)).subscribe(onValue);
    }

    /** Runs {@code onChange} whenever {@code source} changes while {@code node} is shown (not now). */
    public static <T> Subscription onChange(Node node, ObservableValue<T> source, Runnable onChange) {
        return source.when(of(node)).subscribe((previous, next) -> onChange.run());
    }
}
