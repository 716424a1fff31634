package gradlab.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Canvas text in large type: never drawn below the size a back row can read (issue 16), normal type untouched. */
@ExtendWith(ApplicationExtension.class)
class PainterTest {
    @Start
    void start(Stage stage) {}

    @AfterEach
    void normalType(FxRobot robot) {
        robot.interact(() -> Painter.setMinimumSize(0));
    }

    /** The sizes of an axis number (12 px), a bold edge weight (15 px) and a title (24 px) as drawn with {@code minimum}. */
    static List<Double> drawnSizes(FxRobot robot, double minimum) {
        AtomicReference<List<Double>> sizes = new AtomicReference<>();
        robot.interact(() -> {
            Painter.setMinimumSize(minimum);
            Canvas canvas = new Canvas(300, 100);
            GraphicsContext g = Painter.begin(canvas);
            g.setFont(Font.font("System", 12));
            Painter.fillText(g, "1e-05", 2, 20);
            g.setFont(Font.font("System", FontWeight.BOLD, 15));
            Painter.fillText(g, "0.731", 60, 20, 80);
            g.setFont(Font.font("System", 24));
            Painter.fillText(g, "Loss", 150, 60);
            sizes.set(Painter.drawn(canvas).stream().map(Painter.Drawn::fontSize).toList());
        });
        return sizes.get();
    }

    @Test
    void largeTypeDrawsNoCanvasTextBelowTheMinimum(FxRobot robot) {
        assertEquals(List.of(18.0, 18.0, 24.0), drawnSizes(robot, 18));
    }

    @Test
    void normalTypeKeepsEachViewsOwnSizes(FxRobot robot) {
        assertEquals(List.of(12.0, 15.0, 24.0), drawnSizes(robot, 0));
    }

    @Test
    void aFontMeasuredAsDrawnIsTheRaisedOne(FxRobot robot) {
        robot.interact(() -> {
            Painter.setMinimumSize(18);
            Font bold = Painter.readable(Font.font("System", FontWeight.BOLD, 13));
            assertEquals(18, bold.getSize(), 1e-9);
            assertEquals(Font.font("System", FontWeight.BOLD, 18).getStyle(), bold.getStyle());
        });
    }
}
