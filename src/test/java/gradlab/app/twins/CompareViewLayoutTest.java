package gradlab.app.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.app.shell.PageStage;
import gradlab.app.LayoutChecks;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: "+10 epo…", "⟲ Re…", "or v…" in presenter mode; the twin runs truncate nothing at a projector's size. */
@ExtendWith(ApplicationExtension.class)
class CompareViewLayoutTest {
    CompareView view;
    Stage stage;

    @BeforeEach
    void open() throws Exception {
        stage = PageStage.show(() -> view = new CompareView(setting -> { throw new IllegalArgumentException("not in this test"); }, Runnable::run));
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
