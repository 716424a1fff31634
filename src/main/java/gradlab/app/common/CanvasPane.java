package gradlab.app.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region that is one canvas filling it, redrawn whenever its size changes or {@link #redraw()} is called. */
public abstract class CanvasPane extends Region {
    protected final Canvas canvas = new Canvas();

    protected CanvasPane() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    public final void redraw() { draw(); }

    /** Paints the whole canvas from the current picture. */
    protected abstract void draw();
}
