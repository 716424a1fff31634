package gradlab.app.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.PageStage;
import gradlab.lab.Twins;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The "or vary" chooser shows a setting only while a twin of the lab runs; under a preset it shows none. */
@ExtendWith(ApplicationExtension.class)
class CompareViewVaryTest {
    CompareView view;

    @BeforeEach
    void open() throws Exception {
        PageStage.show(() -> view = new CompareView(setting -> Twins.preset(Twins.Preset.ZEROS_VS_GLOROT), Runnable::run));
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::close);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> setting(FxRobot robot) { return robot.lookup("#twin-setting").queryAs(ComboBox.class); }

    private String shown(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = ((ListCell<?>) ((ComboBoxListViewSkin<?>) setting(robot).getSkin()).getDisplayNode()).getText());
        return text[0];
    }

    @Test
    void aPresetShowsNoVariedSettingAndTheTwinButtonWaitsForOne(FxRobot robot) {
        assertNull(setting(robot).getValue());
        assertEquals("a setting…", shown(robot));
        assertTrue(robot.lookup("#twin-lab").queryAs(Button.class).isDisabled(), "nothing to twin before a setting is chosen");
    }

    @Test
    void choosingAPresetAfterATwinOfTheLabClearsTheVariedSetting(FxRobot robot) {
        robot.interact(() -> setting(robot).setValue("optimizer"));
        robot.clickOn("#twin-lab");
        assertEquals("optimizer", shown(robot), "the lab's twin varies the optimizer");
        robot.clickOn("#preset-sgd-vs-momentum");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(setting(robot).getValue(), "the momentum preset varies no setting of the lab");
        assertEquals("a setting…", shown(robot));
    }
}
