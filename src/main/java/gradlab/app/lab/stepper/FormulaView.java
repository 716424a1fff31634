package gradlab.app.lab.stepper;

import gradlab.app.common.Painter;
import gradlab.app.common.Tex;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Renders TeX as real mathematics (JLaTeXMath → pictures), one picture a line ({@code \\} separates lines).
 * The formula fits its box: it scales down to the box's width and height, never below the smallest type a
 * reader is given (the audit's minimum, SPEC §8); a line still too wide wraps before an "=", the rest
 * indented. Lines below the box are reached by scrolling, whole.
 */
public final class FormulaView extends VBox {
    /** The smallest type of a formula in normal type (SPEC §8's minimum without --presenter). */
    static final double NORMAL_MINIMUM = 11;
    private final Label fallback = new Label();
    private float size = 22;
    private String tex = "";
    private Bounds room;

    public FormulaView() {
        getStyleClass().add("formula");
        fallback.setWrapText(true);
        setMinHeight(40);
        setFillWidth(false);
    }

    /** The box the formula is shown in (a scroll pane's viewport): the formula scales to fit it. */
    public void fitTo(ObservableValue<Bounds> viewport) {
        viewport.addListener((o, a, b) -> {
            room = b;
            requestLayout();
        });
        room = viewport.getValue();
    }

    public void setSize(float points) {
        this.size = points;
        setTex(tex);
    }

    public String tex() { return tex; }

    public void setTex(String newTex) {
        this.tex = newTex == null ? "" : newTex;
        build(width());
    }

    private double width() {
        return room == null || room.getWidth() <= 0 ? Double.POSITIVE_INFINITY : room.getWidth();
    }

    /** The smallest scale of the pictures: type no smaller than the minimum a reader is given. */
    private double minimumScale() {
        return Math.min(1, Math.max(Painter.minimumSize(), NORMAL_MINIMUM) / size);
    }

    @Override
    protected void layoutChildren() {
        double w = width(), h = height();
        boolean same = (Math.abs(w - builtFor[0]) < 1 || Double.isInfinite(w) && Double.isInfinite(builtFor[0])) && Math.abs(h - builtFor[1]) < 1;
        if (!same) build(w);
        super.layoutChildren();
    }

    private double height() {
        return room == null || room.getHeight() <= 0 ? Double.POSITIVE_INFINITY : room.getHeight();
    }

    /** The box the lines were made for: width, height (NaN: not yet). */
    private final double[] builtFor = {Double.NaN, Double.NaN};

    /**
     * The lines of the formula as pictures for a box {@code w} wide: wrapped where a line is wider than the
     * box at the smallest type, then drawn at one size for every line, the largest (at most the full size)
     * at which the formula fits the box, never below the minimum.
     */
    private void build(double w) {
        builtFor[0] = w;
        builtFor[1] = height();
        getChildren().clear();
        if (tex.isBlank()) return;
        try {
            double minimum = minimumScale();
            List<String> lines = new ArrayList<>();
            for (String line : lines(tex)) lines.addAll(wrap(line, (w - 16) / minimum));   // a margin for the rounding of a smaller size
            double widest = 0, tall = 0;
            for (String line : lines) {
                TeXIcon icon = render(line, size);
                widest = Math.max(widest, icon.getIconWidth());
                tall += icon.getIconHeight();
            }
            double scale = Math.min(1, (w - 8) / widest);
            scale = Math.min(scale, Math.max(FIT_HEIGHT_FLOOR, (height() - 2) / tall));   // fitting the height gives up size only down to a floor
            scale = Math.max(scale, minimum);
            shownSize = (float) (size * scale);
            for (String line : lines) getChildren().add(picture(line, shownSize));
        } catch (ParseException e) {
            getChildren().clear();
            fallback.setText(tex);   // never lose the content: show the source
            getChildren().add(fallback);
        }
    }

    /** A formula taller than its box shrinks to fit it only down to this share of its size; below, it scrolls (line by line). */
    static final double FIT_HEIGHT_FLOOR = 0.8;
    private float shownSize;

    /** The size the formula is drawn at now (points), for tests. */
    float shownSize() { return shownSize; }

    /** Splits at top-level {@code \\}: the lines of the formula. */
    static List<String> lines(String tex) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '\\' && i + 1 < tex.length()) {
                if (tex.charAt(i + 1) == '\\' && depth == 0 && !tex.substring(start, i).contains("\\begin")) {
                    out.add(tex.substring(start, i).trim());
                    start = i + 2;
                }
                i++;   // an escaped character or the second backslash
            }
        }
        out.add(tex.substring(start).trim());
        out.removeIf(String::isBlank);
        return out;
    }

    /** A line too wide for {@code widest} pixels (at full size) broken before its top-level "="s, the rest indented. */
    private List<String> wrap(String line, double widest) {
        List<String> pieces = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '\\') i++;
            else if (c == '=' && depth == 0 && i > start) {
                pieces.add(line.substring(start, i));
                start = i;
            }
        }
        pieces.add(line.substring(start));
        List<String> out = new ArrayList<>();
        String current = "";
        for (String piece : pieces) {
            String longer = current + piece;
            if (!current.isEmpty() && render(out.isEmpty() ? longer : "\\qquad " + longer, size).getIconWidth() > widest) {
                out.add(out.isEmpty() ? current : "\\qquad " + current);
                current = piece;
            } else {
                current = longer;
            }
        }
        out.add(out.isEmpty() ? current : "\\qquad " + current);
        return out;
    }

    private static TeXIcon render(String line, float points) {
        TeXIcon icon = new TeXFormula(line).createTeXIcon(TeXConstants.STYLE_DISPLAY, points);
        icon.setInsets(new Insets(4, 4, 4, 4));
        return icon;
    }

    private static ImageView picture(String line, float points) {
        ImageView view = Tex.picture(render(line, points));
        Painter.pictureText(view, line, points);
        return view;
    }
}
