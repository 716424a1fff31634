package gradlab.app.lab.timeline;

import gradlab.app.common.Numbers;
import gradlab.app.lab.FxTestBase;
import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Rewinding shows the past without touching the run: Play afterwards gives the run that never rewound. */
class TimelineUiTest extends FxTestBase {
    @Test
    void rewindingAndPlayingGivesTheSameRunAsNotRewinding(FxRobot robot) throws Exception {
        fx(robot, () -> model.set(Settings.VALIDATION, 0.0));
        for (int i = 0; i < 6; i++) {
            fx(robot, window.training()::stepEpoch);
            trainToEpoch(robot, i + 1);
        }
        double[] atSix = model.network().layer(0).weights().value().data.clone();
        fx(robot, () -> window.training().rewindTo(2));
        assertEquals(2, window.training().viewingEpochProperty().get());
        assertTrue(!Arrays.equals(atSix, model.network().layer(0).weights().value().data), "the window shows epoch 2's weights");
        fx(robot, window.training()::backToPresent);
        assertArrayEquals(atSix, model.network().layer(0).weights().value().data, "back to now is exactly where the run was");
        fx(robot, () -> window.training().rewindTo(3));
        fx(robot, window.training()::stepEpoch);   // training goes on from the present, not from the rewound weights
        fx(robot, window.training()::backToPresent);
        trainToEpoch(robot, 7);
        double[] rewoundRun = model.network().layer(0).weights().value().data.clone();

        // the same run without rewinding
        fx(robot, () -> model.reset());
        fx(robot, () -> model.set(Settings.VALIDATION, 0.0));
        for (int i = 0; i < 7; i++) {
            fx(robot, window.training()::stepEpoch);
            trainToEpoch(robot, i + 1);
        }
        assertEquals(7, window.training().snapshotProperty().get().epoch());
        double[] straightRun = model.network().layer(0).weights().value().data;
        assertEquals(rewoundRun.length, straightRun.length);
        assertTrue(window.training().timeline().size() >= 7);
        assertArrayEquals(straightRun, rewoundRun, 0, "rewinding did not change the run");
    }

    @Test
    void theToolbarAndTheTimelineShowOneEpochAndFollowAScrub(FxRobot robot) throws Exception {
        for (int i = 1; i <= 4; i++) {
            fx(robot, window.training()::stepEpoch);
            trainToEpoch(robot, i);
        }
        fx(robot, () -> { });
        assertTrue(robot.lookup("#epoch").queryLabeled().getText().startsWith("epoch 4 "), robot.lookup("#epoch").queryLabeled().getText());
        assertEquals("epoch 4 (now)", robot.lookup("#timeline-epoch").queryLabeled().getText());
        fx(robot, () -> robot.lookup("#timeline").queryAs(Slider.class).setValue(1));   // the student drags the timeline
        assertEquals(1, window.training().viewingEpochProperty().get());
        String toolbar = robot.lookup("#epoch").queryLabeled().getText();
        assertTrue(toolbar.startsWith("epoch 1 "), "the toolbar follows the scrub: " + toolbar);
        assertEquals("epoch 1 of 4: the past", robot.lookup("#timeline-epoch").queryLabeled().getText());
        double lossAtOne = Arrays.stream(window.training().snapshotProperty().get().history()).filter(h -> h.epoch() == 1)
                .findFirst().orElseThrow().trainingLoss();
        assertTrue(toolbar.endsWith(Numbers.format(lossAtOne)), "and shows epoch 1's loss: " + toolbar);
        fx(robot, window.training()::backToPresent);
        assertTrue(robot.lookup("#epoch").queryLabeled().getText().startsWith("epoch 4 "));
    }
}
