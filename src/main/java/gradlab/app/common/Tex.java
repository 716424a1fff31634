package gradlab.app.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** TeX through JLaTeXMath as a JavaFX node; a formula that does not parse shows its source, never nothing. */
public final class Tex {
    /** The x-height of TeX's math italic (cmmi10), in ems: what an inline formula's size is matched by. */
    static final double TEX_X_HEIGHT = 0.430555;
    private static final Map<String, Double> X_HEIGHTS = new ConcurrentHashMap<>();

    private Tex() {}

    /** A formula in its own right (a display formula), {@code size} pixels to the em. */
    public static Node render(String tex, float size, boolean display) {
        try {
            TeXIcon icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size);
            ImageView view = picture(icon);
            view.getStyleClass().add("tex");
            Painter.pictureText(view, tex, size);
            return view;
        } catch (ParseException | IllegalArgumentException e) {
            return source(tex);
        }
    }

    /**
     * A formula inside a line of text in {@code font}: its letters as tall as the text's (the x-heights
     * match, as MathJax matches them) and its baseline on the text's baseline, so a lone $n$ reads as the
     * text's n, not as an exponent.
     */
    public static Node inline(String tex, Font font) {
        try {
            float size = (float) (font.getSize() * xHeight(font) / TEX_X_HEIGHT);
            TeXIcon icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_TEXT, size);
            icon.setInsets(new Insets(0, 1, 0, 1), true);   // no padding: the picture's bottom is the formula's depth below its baseline
            return new Inline(picture(icon), icon.getIconHeight() - icon.getIconDepth());
        } catch (ParseException | IllegalArgumentException e) {
            return source(tex);
        }
    }

    /** The x-height of {@code font} as a fraction of its size, measured on its own "x". */
    static double xHeight(Font font) {
        return X_HEIGHTS.computeIfAbsent(font.getFamily() + "/" + font.getStyle(), k -> {
            Text x = new Text("x");
            x.setFont(Font.font(font.getFamily(), 100));
            x.setBoundsType(TextBoundsType.VISUAL);
            double h = x.getLayoutBounds().getHeight() / 100;
            return h > 0.3 && h < 0.8 ? h : 0.5;   // a font without an x (or a headless stub): a typical one
        });
    }

    /** {@code icon} painted as JavaFX shows it: antialiased, in the ink of the text. */
    public static ImageView picture(TeXIcon icon) {
        BufferedImage buffer = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = buffer.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.setForeground(new Color(0x1d, 0x23, 0x30));
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return new ImageView(SwingFXUtils.toFXImage(buffer, null));
    }

    private static Node source(String tex) {
        Label source = new Label(tex);
        source.getStyleClass().add("tex-source");
        return source;
    }

    /** An inline formula's picture with its baseline where TeX put it, for a TextFlow to line up with the text. */
    static final class Inline extends Pane {
        private final double baseline;

        Inline(ImageView picture, double baseline) {
            this.baseline = baseline;
            getChildren().add(picture);
            getStyleClass().add("tex");
            double w = picture.getImage().getWidth(), h = picture.getImage().getHeight();
            setMinSize(w, h);
            setPrefSize(w, h);
            setMaxSize(w, h);
        }

        @Override public double getBaselineOffset() { return baseline; }
    }
}
