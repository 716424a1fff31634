package gradlab.app.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.app.shell.GradientLabApp;
import gradlab.app.LayoutChecks;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: "+10 epo…", "⟲ Re…", "or v…" in presenter mode; the twin runs truncate nothing at a projector's size. */
@ExtendWith(ApplicationExtension.class)
class CompareViewLayoutTest {
    CompareView view;
    Stage stage;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        this.stage = stage;
        view = new CompareView(setting -> { throw new IllegalArgumentException("not in this test"); }, Runnable::run);
        Scene scene = new Scene(view, 1500, 950);
        GradientLabApp.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::close);
    }

    void at(FxRobot robot, double width, double height, boolean large) {
        robot.interact(() -> {
            view.setStyle(large ? "-fx-font-size: 24px;" : "");
            stage.setWidth(width);
            stage.setHeight(height);
            view.applyCss();
            view.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void presenterAt1280x720TruncatesNothing(FxRobot robot) {
        at(robot, 1280, 720, true);
        assertEquals(List.of(), LayoutChecks.truncated(view));
        robot.clickOn("#compare-ten");
        robot.interact(view::layout);
        assertEquals(List.of(), LayoutChecks.truncated(view), "with the story on screen");
    }

    @Test
    void normalTypeAt1024x768TruncatesNothing(FxRobot robot) {
        at(robot, 1024, 740, false);
        robot.clickOn("#compare-ten");
        robot.interact(view::layout);
        assertEquals(List.of(), LayoutChecks.truncated(view));
    }
}
