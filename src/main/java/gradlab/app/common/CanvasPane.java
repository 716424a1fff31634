package gradlab.app.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A region that is one canvas filling it, redrawn whenever its size or its text scale changes or
 * {@link #redraw()} is called. Large type sets {@link #fontScaleProperty()}; subclasses multiply their
 * font sizes and margins by it.
 */
public abstract class CanvasPane extends Region {
    protected final Canvas canvas = new Canvas();
    protected final DoubleProperty fontScale = new SimpleDoubleProperty(1);

    protected CanvasPane() {
        getChildren().add(canvas);
        fontScale.addListener((o, a, b) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    public final void redraw() { draw(); }

    public DoubleProperty fontScaleProperty() { return fontScale; }

    /** The canvas's graphics, the whole canvas painted white: the start of every frame. */
    protected GraphicsContext blank() {
        GraphicsContext g = Painter.begin(canvas);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    /** Paints the whole canvas from the current picture. */
    protected abstract void draw();
}
