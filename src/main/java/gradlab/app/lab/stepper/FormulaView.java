package gradlab.app.lab.stepper;

import gradlab.app.common.Painter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Renders TeX as real mathematics (JLaTeXMath → image); lines are separated by {@code \\}. */
public final class FormulaView extends StackPane {
    private final ImageView image = new ImageView();
    private final Label fallback = new Label();
    private float size = 22;
    private String tex = "";

    public FormulaView() {
        getStyleClass().add("formula");
        getChildren().addAll(image, fallback);
        fallback.setWrapText(true);
        setMinHeight(40);
    }

    public void setSize(float points) {
        this.size = points;
        setTex(tex);
    }

    public String tex() { return tex; }

    public void setTex(String newTex) {
        this.tex = newTex == null ? "" : newTex;
        Painter.pictureText(image, null, 0);
        if (tex.isBlank()) {
            image.setImage(null);
            fallback.setText("");
            return;
        }
        try {
            String aligned = "\\begin{array}{l}" + tex + "\\end{array}";
            TeXIcon icon = new TeXFormula(aligned).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
            icon.setInsets(new Insets(4, 4, 4, 4));
            BufferedImage buffer = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = buffer.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.setForeground(new Color(0x1d, 0x23, 0x30));
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            image.setImage(SwingFXUtils.toFXImage(buffer, null));
            Painter.pictureText(image, tex, size);
            fallback.setText("");
        } catch (ParseException e) {
            image.setImage(null);
            fallback.setText(tex);   // never lose the content: show the source
        }
    }
}
