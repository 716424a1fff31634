package gradlab.app.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Large type (presenting) hides the settings panel and gives back what the page wants when it ends. */
class LargeTypeTest extends FxTestBase {
    /** What stands left of the network: the settings panel, or nothing. */
    private Node settingsPanel() { return ((BorderPane) window.root()).getLeft(); }

    @Test
    void aStepShownInLargeTypeDecidesWhetherTheSettingsComeBack(FxRobot robot) {
        assertNotNull(settingsPanel(), "free play shows the settings panel");
        projector(robot, 1280, 720, true);
        assertNull(settingsPanel(), "large type gives the network the room");

        fx(robot, () -> window.showPanels(List.of("data"), List.of()));   // a lesson step about the network and its data
        projector(robot, 1500, 950, false);
        assertNull(settingsPanel(), "the step hides the settings: ending large type does not bring back free play's");

        fx(robot, () -> window.showPanels(List.of(), List.of()));   // free play again
        assertNotNull(settingsPanel());
    }
}
