package gradlab.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A view follows its model only while it is on a showing window, and catches up when it comes back. */
@ExtendWith(ApplicationExtension.class)
class ShownTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @Test
    void aViewOutOfTheSceneHearsNothingAndCatchesUpWhenShown(FxRobot robot) {
        SimpleIntegerProperty revision = new SimpleIntegerProperty(0);
        Label view = new Label();
        List<Integer> heard = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        robot.interact(() -> {
            Shown.follow(view, revision, v -> heard.add(v.intValue()));
            Shown.onChange(view, revision, () -> changes.add("changed"));
            revision.set(1);   // the view is in no scene yet
        });
        assertEquals(List.of(0), heard, "the value at subscription, then nothing while hidden");
        robot.interact(() -> root.getChildren().add(view));
        assertEquals(List.of(0, 1), heard, "shown: it catches up");
        robot.interact(() -> revision.set(2));
        assertEquals(List.of(0, 1, 2), heard);
        robot.interact(() -> {
            root.getChildren().remove(view);   // a lesson swaps the panel out
            revision.set(3);
            revision.set(4);
        });
        assertEquals(List.of(0, 1, 2), heard, "taken out: no redraws");
        assertEquals(List.of("changed", "changed"), changes);
    }
}
