package gradlab.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Edit → Undo and Redo show their keys in the menu, and a key press undoes or redoes one edit, not two. */
class EditMenuTest extends FxTestBase {
    private MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void undoAndRedoShowCtrlZAndCtrlY(FxRobot robot) {
        assertEquals("Ctrl+Z", item(robot, "undo").getAccelerator().getDisplayText());
        assertEquals("Ctrl+Y", item(robot, "redo").getAccelerator().getDisplayText());
    }

    @Test
    void ctrlZUndoesOneEditAndCtrlYRedoesIt(FxRobot robot) {
        int depth = model.network().depth();
        fx(robot, model::addLayer);
        fx(robot, model::addLayer);
        assertEquals(depth + 2, model.network().depth());
        robot.clickOn(window.networkView());   // the focus on the lab, not in a text field
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(depth + 1, model.network().depth(), "one edit undone, by the key filter or the menu's key but not both");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(depth + 2, model.network().depth(), "and redone once");
    }
}
