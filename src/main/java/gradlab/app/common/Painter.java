package gradlab.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Canvas text goes through here: every view that draws words or numbers on a canvas draws them with
 * {@link #fillText}, which draws them and remembers what it drew and where on that canvas (since the
 * canvas's last {@link #begin}). A label tells the scene its text, font and box; a canvas does not, so
 * without this record {@code audit} (SPEC §8) could not measure the numbers inside neurons or on a
 * chart's axes. Recording is cheap (a few fields per text); boxes are measured only when asked.
 */
public final class Painter {
    private Painter() {}

    /** One text drawn on a canvas: its font size in canvas pixels and its box in the canvas's coordinates. */
    public record Drawn(String text, double fontSize, Bounds box, boolean squeezed) {}

    private record Entry(String text, Font font, double x, double y, double maxWidth, TextAlignment align, VPos baseline, Affine transform) {}

    private static final Object KEY = Painter.class;
    private static final Object PICTURE_KEY = Drawn.class;

    /** Text drawn into a picture (a formula rendered to an image): what it says and its size in the picture's pixels. */
    public record PictureText(String text, double fontSize) {}

    /** Marks {@code picture} (an image of text) with what it says, so audit measures it as text. */
    public static void pictureText(Node picture, String text, double fontSize) {
        if (text == null || text.isBlank()) picture.getProperties().remove(PICTURE_KEY);
        else picture.getProperties().put(PICTURE_KEY, new PictureText(text, fontSize));
    }

    /** What the picture says, or null when it is no picture of text. */
    public static PictureText pictureText(Node picture) {
        return (PictureText) picture.getProperties().get(PICTURE_KEY);
    }

    /** The canvas's graphics at the start of a frame: what it drew before is forgotten (the frame paints it over). */
    public static GraphicsContext begin(Canvas canvas) {
        entries(canvas).clear();
        return canvas.getGraphicsContext2D();
    }

    private static double minimum = 0;

    /**
     * The smallest type canvas text is drawn in, in canvas pixels: large type (a projector, presenter mode)
     * sets it to what a back row can read, so a view's small axis or edge numbers, scaled from a base of
     * 10–12 px, are never drawn below it. 0 (normal type) leaves every view's own sizes alone.
     */
    public static void setMinimumSize(double pixels) { minimum = Math.max(0, pixels); }

    public static double minimumSize() { return minimum; }

    /** The smallest type SPEC §8 lets a screen show in normal type (large type: {@link #minimumSize}). */
    public static final double NORMAL_MINIMUM = 11;

    /**
     * The smallest type a view may draw in now: the minimum of large type, else {@link #NORMAL_MINIMUM}.
     * A view short of room leaves a text out (or shows less) rather than drawing it smaller than this.
     */
    public static double smallestReadable() { return Math.max(minimum, NORMAL_MINIMUM); }

    /** {@code font}, or the same family, weight and posture at the minimum size when it is smaller. */
    static Font atLeastMinimum(Font font, double transformScale) {
        if (font == null || minimum <= 0 || font.getSize() * transformScale >= minimum - 0.05) return font;
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        return Font.font(font.getFamily(), style.contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL,
                style.contains("italic") || style.contains("oblique") ? FontPosture.ITALIC : FontPosture.REGULAR,
                minimum / transformScale);
    }

    /** {@code font} as {@link #fillText} will draw it (no transform): at least the minimum size. */
    public static Font readable(Font font) {
        return atLeastMinimum(font, 1);
    }

    private static void raise(GraphicsContext g) {
        if (minimum <= 0) return;
        Affine t = g.getTransform();
        double s = t.isIdentity() ? 1 : Math.sqrt(Math.abs(t.determinant()));
        if (s <= 0) return;
        Font font = atLeastMinimum(g.getFont(), s);
        if (font != g.getFont()) g.setFont(font);
    }

    /** How wide {@code text} is drawn in {@code font} (raised to the minimum as {@link #fillText} raises it), measured. */
    public static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(readable(font));
        return probe.getLayoutBounds().getWidth();
    }

    /** Draws {@code text} at (x, y) as {@link GraphicsContext#fillText(String, double, double)} does, and records it. */
    public static void fillText(GraphicsContext g, String text, double x, double y) {
        raise(g);
        g.fillText(text, x, y);
        record(g, text, x, y, 0);
    }

    /** Draws {@code text} squeezed into {@code maxWidth} if it is wider, and records it (a squeezed text counts as truncated). */
    public static void fillText(GraphicsContext g, String text, double x, double y, double maxWidth) {
        raise(g);
        g.fillText(text, x, y, maxWidth);
        record(g, text, x, y, maxWidth);
    }

    private static void record(GraphicsContext g, String text, double x, double y, double maxWidth) {
        if (text == null || text.isBlank()) return;
        Affine t = g.getTransform();
        entries(g.getCanvas()).add(new Entry(text, g.getFont(), x, y, maxWidth, g.getTextAlign(), g.getTextBaseline(), t.isIdentity() ? null : t));
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(Canvas canvas) {
        return (List<Entry>) canvas.getProperties().computeIfAbsent(KEY, k -> new ArrayList<Entry>());
    }

    /** What was drawn on {@code canvas} since its frame began, each text with its box measured. */
    public static List<Drawn> drawn(Canvas canvas) {
        List<Drawn> out = new ArrayList<>();
        Text measure = new Text();
        for (Entry e : entries(canvas)) {
            measure.setText(e.text());
            measure.setFont(e.font());
            Bounds logical = measure.getLayoutBounds();
            double width = logical.getWidth(), height = logical.getHeight();
            double ascent = -logical.getMinY();   // a Text's layout bounds start at minus its ascent (baseline at 0)
            boolean squeezed = e.maxWidth() > 0 && width > e.maxWidth() + 0.5;
            if (squeezed) width = e.maxWidth();
            double left = switch (e.align() == null ? TextAlignment.LEFT : e.align()) {
                case CENTER -> e.x() - width / 2;
                case RIGHT -> e.x() - width;
                default -> e.x();
            };
            double top = switch (e.baseline() == null ? VPos.BASELINE : e.baseline()) {
                case TOP -> e.y();
                case CENTER -> e.y() - height / 2;
                case BOTTOM -> e.y() - height;
                default -> e.y() - ascent;
            };
            Bounds box = new BoundingBox(left, top, width, height);
            double size = e.font().getSize();
            if (e.transform() != null) {
                box = e.transform().transform(box);
                size *= Math.sqrt(Math.abs(e.transform().determinant()));
            }
            out.add(new Drawn(e.text(), size, box, squeezed));
        }
        return out;
    }
}
