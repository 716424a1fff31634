package gradlab.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region that is one canvas filling it, redrawn whenever its size changes or its content does. */
abstract class CanvasView extends Region {
    protected final Canvas canvas = new Canvas();

    CanvasView() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Paints the whole canvas from the current state. */
    abstract void draw();
}
