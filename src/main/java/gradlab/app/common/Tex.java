package gradlab.app.common;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** TeX through JLaTeXMath as a JavaFX node; a formula that does not parse shows its source, never nothing. */
public final class Tex {
    private Tex() {}

    public static Node render(String tex, float size, boolean display) {
        try {
            TeXIcon icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size);
            BufferedImage buffer = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = buffer.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.setForeground(new java.awt.Color(0x1d, 0x23, 0x30));
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            ImageView view = new ImageView(SwingFXUtils.toFXImage(buffer, null));
            view.getStyleClass().add("tex");
            Painter.pictureText(view, tex, size);
            return view;
        } catch (ParseException | IllegalArgumentException e) {
            Label source = new Label(tex);
            source.getStyleClass().add("tex-source");
            return source;
        }
    }
}
