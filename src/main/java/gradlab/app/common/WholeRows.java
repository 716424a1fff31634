package gradlab.app.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;

/**
 * A scroll pane that never shows half a text: whatever holds text (a label, a button, a field, a line of a
 * paragraph, a canvas with a cut label, a formula's picture) and is only partly inside the viewport is
 * left out until a scroll brings it wholly in. Scrolling still reaches everything; the edge of the view
 * shows whole rows and blank paper, never the top half of a line (SPEC §8's "clipped"). A text larger
 * than the viewport itself stays shown, since no scroll could show it whole.
 */
public final class WholeRows {
    private static final String KEY = "gradlab.wholeRows.opacity";
    /** A cut up to this many pixels is anti-aliasing; the audit allows two. */
    private static final double SLACK = 1;

    private final ScrollPane scroll;
    private Set<Node> hidden = new HashSet<>();
    private final Runnable check = this::apply;

    private WholeRows(ScrollPane scroll) {
        this.scroll = scroll;
    }

    /** Makes {@code scroll} show only whole rows of text, checked after every layout of its window. */
    public static ScrollPane install(ScrollPane scroll) {
        WholeRows rows = new WholeRows(scroll);
        scroll.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.removePostLayoutPulseListener(rows.check);
            if (scene != null) scene.addPostLayoutPulseListener(rows.check);
        });
        if (scroll.getScene() != null) scroll.getScene().addPostLayoutPulseListener(rows.check);
        scroll.getProperties().put(KEY, rows);
        return scroll;
    }

    /** Checks {@code scroll} now, as the next frame would (for tests). */
    static void checkNow(ScrollPane scroll) {
        if (scroll.getProperties().get(KEY) instanceof WholeRows rows) rows.apply();
    }

    /** The nodes left out now (for tests). */
    public static boolean isLeftOut(Node node) {
        return node.getProperties().containsKey(KEY);
    }

    /** Checks every text in the viewport now. */
    void apply() {
        Node content = scroll.getContent();
        Bounds area = viewport(content);
        Set<Node> now = new HashSet<>();
        if (area != null && scroll.isVisible()) walk(content, area, now);
        for (Node n : hidden) if (!now.contains(n)) restore(n);
        for (Node n : now) if (!hidden.contains(n)) leaveOut(n);
        hidden = now;
    }

    /** The viewport's visible area in scene coordinates (the skin's clipped node between the pane and its content). */
    private Bounds viewport(Node content) {
        if (content == null) return null;
        Node n = content;
        while (n.getParent() != null && n.getParent() != scroll) n = n.getParent();
        if (n.getParent() != scroll || n.getClip() == null) return null;
        return n.localToScene(n.getClip().getBoundsInParent());
    }

    private static void walk(Node node, Bounds area, Set<Node> out) {
        if (!node.isVisible()) return;
        Bounds box = node.localToScene(node.getBoundsInLocal());
        if (within(box, area) || !meets(box, area)) return;
        boolean tooBig = box.getWidth() > area.getWidth() + SLACK || box.getHeight() > area.getHeight() + SLACK;
        if (node instanceof Canvas canvas) {
            if (cutText(canvas, area)) out.add(node);
            return;
        }
        boolean text = node instanceof Labeled || node instanceof TextInputControl || node instanceof Text
                || (node instanceof ImageView picture && Painter.pictureText(picture) != null);
        if (text && !tooBig) {
            out.add(node);
            return;
        }
        if (node instanceof Control && !tooBig) {   // a chooser, a slider, a titled pane: one row
            if (holdsText(node)) out.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) walk(child, area, out);
        }
    }

    private static boolean holdsText(Node node) {
        if (node instanceof Text || node instanceof Labeled || node instanceof TextInputControl) return true;
        if (node instanceof Canvas canvas) return !Painter.drawn(canvas).isEmpty();
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) if (holdsText(child)) return true;
        }
        return false;
    }

    /** Whether a text the canvas drew is partly outside {@code area} (a text wholly outside is not on screen). */
    private static boolean cutText(Canvas canvas, Bounds area) {
        List<Painter.Drawn> drawn = Painter.drawn(canvas);
        for (Painter.Drawn d : drawn) {
            Bounds box = canvas.localToScene(d.box());
            if (meets(box, area) && !within(box, area) && box.getHeight() <= area.getHeight()) return true;
        }
        return false;
    }

    private static boolean within(Bounds box, Bounds area) {
        return box.getMinX() >= area.getMinX() - SLACK && box.getMaxX() <= area.getMaxX() + SLACK
                && box.getMinY() >= area.getMinY() - SLACK && box.getMaxY() <= area.getMaxY() + SLACK;
    }

    private static boolean meets(Bounds box, Bounds area) {
        return box.getMaxX() > area.getMinX() && box.getMinX() < area.getMaxX() && box.getMaxY() > area.getMinY() && box.getMinY() < area.getMaxY();
    }

    private static void leaveOut(Node node) {
        if (isLeftOut(node)) return;
        node.getProperties().put(KEY, node.getOpacity());
        node.setOpacity(0);
    }

    private static void restore(Node node) {
        Object opacity = node.getProperties().remove(KEY);
        if (opacity instanceof Double o) node.setOpacity(o);
    }
}
