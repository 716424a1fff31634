package gradlab.app.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Transform;

/**
 * What a back row can read (SPEC §8): every text on one screen, the labels' and the canvases' (through
 * {@link Painter}) and the formulas' pictures, measured for four problems.
 * <ul>
 * <li>{@code small}: its size is under the minimum. A text's size is its font size in screen pixels (the
 *     em height the font is set in, times any scaling between it and the window): digits are about
 *     0.7 of it tall, so 18 px type has 13 px digits.</li>
 * <li>{@code truncated}: a label, button or cell shows an ellipsis instead of its whole text, a field is
 *     narrower than its text, or canvas text was squeezed to fit a width.</li>
 * <li>{@code clipped}: part of it is cut off, by a clip (a scroll pane's viewport, its canvas's edge) or by
 *     the window's edge. A text wholly scrolled out of a viewport is not on screen and not counted.</li>
 * <li>{@code overlap}: the boxes of two texts on screen overlap by more than 2 px both ways (the runs of
 *     one paragraph excepted).</li>
 * </ul>
 */
public final class TextAudit {
    private TextAudit() {}

    public static final double PRESENTER_MINIMUM = 18, MINIMUM = 11;
    /** Overlaps and cuts up to this many pixels are anti-aliasing and rounding, not a problem. */
    static final double TOLERANCE = 2;

    /** One problem: {@code PLACE: KIND: 'TEXT' DETAIL}. */
    public record Problem(String place, String kind, String text, String detail) {
        public String line() { return place + ": " + kind + ": '" + text.replace('\n', ' ') + "' " + detail; }
    }

    /** One text on screen: what it says, its size, its box and the part of it that can be seen (scene coordinates). */
    record Shown(String text, double size, Bounds box, Bounds visible, String cutBy, String truncation, Object paragraph) {}

    /** A region that cuts what is inside it, and what to call it in a report. */
    private record Cut(Bounds area, String name) {}

    /** The problems of the texts on {@code scene} now, each reported at {@code place}. */
    public static List<Problem> measure(Scene scene, String place, double minimum) {
        List<Shown> texts = texts(scene);
        Set<Problem> problems = new LinkedHashSet<>();
        for (Shown t : texts) {
            if (t.size() < minimum - 0.05) {
                problems.add(new Problem(place, "small", t.text(), px(t.size()) + " px < " + px(minimum) + " px"));
            }
            if (t.truncation() != null) problems.add(new Problem(place, "truncated", t.text(), t.truncation()));
            if (t.cutBy() != null) problems.add(new Problem(place, "clipped", t.text(), t.cutBy()));
        }
        for (int i = 0; i < texts.size(); i++) {
            Shown a = texts.get(i);
            for (int j = i + 1; j < texts.size(); j++) {
                Shown b = texts.get(j);
                if (a.paragraph() != null && a.paragraph() == b.paragraph()) continue;
                Bounds va = a.visible(), vb = b.visible();
                double w = Math.min(va.getMaxX(), vb.getMaxX()) - Math.max(va.getMinX(), vb.getMinX());
                double h = Math.min(va.getMaxY(), vb.getMaxY()) - Math.max(va.getMinY(), vb.getMinY());
                if (w > TOLERANCE && h > TOLERANCE) {
                    problems.add(new Problem(place, "overlap", a.text(), "with '" + b.text().replace('\n', ' ') + "' by "
                            + px(w) + "×" + px(h) + " px"));
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Every text on screen with its measures. */
    static List<Shown> texts(Scene scene) {
        List<Shown> out = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        cuts.add(new Cut(new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), "the window's edge"));
        walk(scene.getRoot(), cuts, null, out);
        return out;
    }

    private static void walk(Node node, List<Cut> cuts, TextInputControl field, List<Shown> out) {
        if (!node.isVisible() || node.getOpacity() == 0) return;
        int pushed = 0;
        if (node.getClip() != null && field == null) {
            Node clip = node.getClip();
            Bounds area = node.localToScene(clip.getBoundsInParent());
            boolean viewport = node.getParent() instanceof ScrollPane || (node.getParent() != null && node.getParent().getParent() instanceof ScrollPane);
            cuts.add(new Cut(area, viewport ? "a scroll pane's viewport" : "a clip (" + node.getClass().getSimpleName() + ")"));
            pushed++;
        }
        if (node instanceof Text text) {
            shown(text, cuts, field, out);
        } else if (node instanceof Canvas canvas) {
            canvasTexts(canvas, cuts, out);
        } else if (node instanceof ImageView picture && Painter.pictureText(picture) != null && picture.getImage() != null) {
            Painter.PictureText p = Painter.pictureText(picture);
            Bounds box = picture.localToScene(picture.getBoundsInLocal());
            double drawn = picture.getImage().getWidth() > 0 ? picture.getBoundsInLocal().getWidth() / picture.getImage().getWidth() : 1;
            add(out, p.text(), p.fontSize() * drawn * scale(picture.getLocalToSceneTransform()), box, cuts, null, null);
        }
        if (node instanceof Parent parent) {
            TextInputControl inside = field != null ? field : node instanceof TextInputControl f && !(f instanceof TextArea) ? f : null;
            for (Node child : parent.getChildrenUnmodifiable()) walk(child, cuts, inside, out);
        }
        for (int i = 0; i < pushed; i++) cuts.remove(cuts.size() - 1);
    }

    private static void shown(Text text, List<Cut> cuts, TextInputControl field, List<Shown> out) {
        String words = text.getText();
        if (words == null || words.isBlank()) return;
        Bounds box = text.localToScene(text.getBoundsInLocal());
        double size = text.getFont().getSize() * scale(text.getLocalToSceneTransform());
        String truncation = null;
        String whole = words;
        if (text.getParent() instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().equals(words)) {
            String ellipsis = labeled.getEllipsisString();
            if (!ellipsis.isEmpty() && words.contains(ellipsis) && !labeled.getText().contains(ellipsis)) {
                whole = labeled.getText();
                truncation = "shows '" + words.replace('\n', ' ') + "'";
            }
        }
        if (field != null) {
            Bounds inner = field.localToScene(field.getLayoutBounds());
            double room = inner.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            if (box.getWidth() > room + 1) truncation = "a field " + px(room) + " px wide for a text " + px(box.getWidth()) + " px wide";
            box = intersection(box, inner);
            if (box == null) return;
        }
        Object paragraph = text.getParent() instanceof TextFlow flow ? flow : null;
        add(out, whole, size, box, cuts, truncation, paragraph);
    }

    private static void canvasTexts(Canvas canvas, List<Cut> cuts, List<Shown> out) {
        List<Painter.Drawn> drawn = Painter.drawn(canvas);
        if (drawn.isEmpty()) return;
        Transform toScene = canvas.getLocalToSceneTransform();
        double scale = scale(toScene);
        cuts.add(new Cut(canvas.localToScene(new BoundingBox(0, 0, canvas.getWidth(), canvas.getHeight())), "its canvas's edge"));
        for (Painter.Drawn d : drawn) {
            String squeezed = d.squeezed() ? "squeezed into a width narrower than the text" : null;
            add(out, d.text(), d.fontSize() * scale, toScene.transform(d.box()), cuts, squeezed, null);
        }
        cuts.remove(cuts.size() - 1);
    }

    private static void add(List<Shown> out, String text, double size, Bounds box, List<Cut> cuts, String truncation, Object paragraph) {
        for (Cut cut : cuts.subList(1, cuts.size())) {
            if (intersection(box, cut.area()) == null) return;   // scrolled out of view or folded away: not on screen
        }
        Bounds visible = box;
        String cutBy = null;
        for (Cut cut : cuts) {
            Bounds seen = intersection(visible, cut.area());
            if (seen == null) {
                cutBy = "outside the window";
                break;
            }
            if (cutBy == null && cuts(visible, seen)) cutBy = "cut by " + cut.name() + ": " + px(seen.getWidth()) + "×" + px(seen.getHeight())
                    + " px of " + px(box.getWidth()) + "×" + px(box.getHeight()) + " px seen";
            visible = seen;
        }
        out.add(new Shown(text, size, box, visible, cutBy, truncation, paragraph));
    }

    private static boolean cuts(Bounds before, Bounds after) {
        return before.getWidth() - after.getWidth() > TOLERANCE || before.getHeight() - after.getHeight() > TOLERANCE;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX()), minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX()), maxY = Math.min(a.getMaxY(), b.getMaxY());
        if (maxX <= minX || maxY <= minY) return null;
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** How much a transform enlarges lengths (the square root of its area scale). */
    private static double scale(Transform t) {
        return Math.sqrt(Math.abs(t.getMxx() * t.getMyy() - t.getMxy() * t.getMyx()));
    }

    private static String px(double v) {
        return Math.abs(v - Math.rint(v)) < 0.05 ? String.valueOf((long) Math.rint(v)) : String.format(Locale.ROOT, "%.1f", v);
    }
}
