package gradlab.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16 (SPEC §8 "clipped"): a scroll pane shows whole rows of text, never the top half of a line. */
@ExtendWith(ApplicationExtension.class)
class WholeRowsTest {
    ScrollPane scroll;
    final List<Label> rows = new ArrayList<>();

    @Start
    void start(Stage stage) {
        VBox list = new VBox();
        for (int i = 0; i < 20; i++) {
            Label row = new Label("row " + i);
            row.setMinHeight(30);
            row.setPrefHeight(30);
            row.setMaxHeight(30);
            rows.add(row);
            list.getChildren().add(row);
        }
        scroll = WholeRows.install(new ScrollPane(list));
        scroll.setPrefViewportHeight(100);   // three rows and a third of the fourth
        stage.setScene(new Scene(new VBox(scroll), 200, 200));
        stage.show();
    }

    /** The rows shown: those not left out whose box meets the viewport. */
    private List<Integer> shown(FxRobot robot) {
        List<Integer> out = new ArrayList<>();
        robot.interact(() -> {
            scroll.applyCss();
            scroll.layout();
            WholeRows.checkNow(scroll);
            Node viewport = scroll.getContent().getParent().getParent();
            Bounds view = viewport.localToScene(viewport.getClip().getBoundsInParent());
            for (int i = 0; i < rows.size(); i++) {
                Label row = rows.get(i);
                Bounds box = row.localToScene(row.getBoundsInLocal());
                boolean meets = box.getMaxY() > view.getMinY() && box.getMinY() < view.getMaxY();
                if (!meets) continue;
                boolean whole = box.getMinY() >= view.getMinY() - 1 && box.getMaxY() <= view.getMaxY() + 1;
                if (row.getOpacity() > 0) {
                    assertTrue(whole, "row " + i + " is shown but cut: " + box + " in " + view);
                    out.add(i);
                }
            }
        });
        return out;
    }

    @Test
    void theRowCutByTheBottomOfTheViewIsLeftOutAndAScrollBringsItBackWhole(FxRobot robot) {
        assertEquals(List.of(0, 1, 2), shown(robot), "the fourth row, a third of it in view, is left out");
        assertTrue(WholeRows.isLeftOut(rows.get(3)));
        robot.interact(() -> scroll.setVvalue(1));
        List<Integer> end = shown(robot);
        assertTrue(end.contains(19), "at the end the last row is shown: " + end);
        assertTrue(!WholeRows.isLeftOut(rows.get(0)) && rows.get(0).getOpacity() == 1, "a row scrolled out of view gets its opacity back");
    }
}
