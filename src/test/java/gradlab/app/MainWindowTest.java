package gradlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class MainWindowTest extends FxTestBase {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow();
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @Test
    void opensOnTheXorNetworkShowingItsOutputForOneInput(FxRobot robot) {
        assertNotNull(window.networkView().result());
        assertArrayEquals(new double[] {1}, window.networkView().result().output(), "XOR(0, 1) = 1");
        robot.clickOn("#input-11");
        assertArrayEquals(new double[] {0}, window.networkView().result().output(), "XOR(1, 1) = 0");
    }
}
