package gradlab.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The measuring of audit on small scenes made for it: each problem is seen, and a clean scene passes. */
@ExtendWith(ApplicationExtension.class)
class TextAuditTest {
    Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();   // a window of its own: other tests resize the primary stage
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    /** The problems of {@code root} shown in a 400 × 300 window, as "KIND: 'TEXT'" lines. */
    List<String> problems(FxRobot robot, Supplier<Parent> root) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> {
            stage.getScene().setRoot(root.get());
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            found.set(TextAudit.measure(stage.getScene(), "test", 18).stream().map(p -> p.kind() + ": '" + p.text() + "'").toList());
        });
        return found.get();
    }

    static Label label(String text, double size, double x, double y) {
        Label l = new Label(text);
        l.setFont(Font.font(size));
        l.relocate(x, y);
        return l;
    }

    @Test
    void aCleanSceneHasNoProblems(FxRobot robot) {
        assertEquals(List.of(), problems(robot, () -> new VBox(10, label("Forward pass", 20, 0, 0), label("∂C/∂w = 0.25", 24, 0, 0))));
    }

    @Test
    void aLabelShowingAnEllipsisIsTruncated(FxRobot robot) {
        assertEquals(List.of("truncated: 'momentum (η 0.02, λ 0.7)'"), problems(robot, () -> {
            Label l = label("momentum (η 0.02, λ 0.7)", 20, 10, 10);
            l.setMaxWidth(60);
            l.resize(60, 30);
            return new Pane(l);
        }));
    }

    @Test
    void aFieldNarrowerThanItsTextIsTruncated(FxRobot robot) {
        assertEquals(List.of("truncated: '0.0012345678'"), problems(robot, () -> {
            TextField f = new TextField("0.0012345678");
            f.setFont(Font.font(20));
            f.setPrefColumnCount(2);
            f.setMaxWidth(50);
            return new VBox(f);
        }));
    }

    @Test
    void twoTextsOnTopOfEachOtherOverlap(FxRobot robot) {
        assertEquals(List.of("overlap: 'epoch 12'"), problems(robot, () -> new Pane(label("epoch 12", 20, 10, 10), label("loss 0.3", 20, 30, 14))));
    }

    @Test
    void smallTextIsSmall(FxRobot robot) {
        assertEquals(List.of("small: '0.731'"), problems(robot, () -> new VBox(label("0.731", 12, 0, 0))));
    }

    @Test
    void canvasTextIsMeasuredToo(FxRobot robot) {
        assertEquals(List.of("small: 'b 0.5'", "clipped: 'layer 1'", "overlap: 'w 0.25'"), problems(robot, () -> {
            Canvas canvas = new Canvas(200, 100);
            GraphicsContext g = Painter.begin(canvas);
            g.setFont(Font.font(10));
            Painter.fillText(g, "b 0.5", 10, 20);
            g.setFont(Font.font(20));
            Painter.fillText(g, "layer 1", 170, 50);     // runs past the canvas's right edge
            Painter.fillText(g, "w 0.25", 20, 90);
            Painter.fillText(g, "w 0.75", 40, 92);        // drawn over the one before
            return new Pane(canvas);
        }));
    }

    @Test
    void aFrameForgetsTheFrameBefore(FxRobot robot) {
        assertEquals(List.of(), problems(robot, () -> {
            Canvas canvas = new Canvas(200, 100);
            canvas.getGraphicsContext2D().setFont(Font.font(20));
            Painter.fillText(Painter.begin(canvas), "old", 190, 50);   // cut by the edge, but painted over by the next frame
            Painter.fillText(Painter.begin(canvas), "new", 10, 50);
            return new Pane(canvas);
        }));
    }

    @Test
    void textCutByTheWindowsEdgeIsClipped(FxRobot robot) {
        assertEquals(List.of("clipped: 'Restore last good weights'"), problems(robot, () -> new Pane(label("Restore last good weights", 20, 300, 10))));
    }

    @Test
    void textScrolledOutOfViewIsNotOnScreen(FxRobot robot) {
        assertEquals(List.of(), problems(robot, () -> {
            VBox long_ = new VBox(10);
            for (int i = 0; i < 40; i++) long_.getChildren().add(label("line " + i, 20, 0, 0));
            ScrollPane scroll = new ScrollPane(long_);
            scroll.setPrefSize(300, 200);
            scroll.setVvalue(0);
            return new VBox(scroll);
        }).stream().filter(p -> !p.startsWith("clipped")).toList());
    }
}
