package gradlab.app.shell;

import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Rewinding shows the past without touching the run: Play afterwards gives the run that never rewound. */
class TimelineUiTest extends FxTestBase {
    void waitForEpoch(FxRobot robot, int epoch) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (window.training().snapshotProperty().get().epoch() < epoch && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            fx(robot, window.training()::onFrame);
        }
    }

    @Test
    void rewindingAndPlayingGivesTheSameRunAsNotRewinding(FxRobot robot) throws Exception {
        fx(robot, () -> model.set(Settings.VALIDATION, 0.0));
        for (int i = 0; i < 6; i++) {
            fx(robot, window.training()::stepEpoch);
            waitForEpoch(robot, i + 1);
        }
        double[] atSix = model.network().layer(0).weights().value().data.clone();
        fx(robot, () -> window.training().rewindTo(2));
        assertEquals(2, window.training().viewingEpochProperty().get());
        assertTrue(!java.util.Arrays.equals(atSix, model.network().layer(0).weights().value().data), "the window shows epoch 2's weights");
        fx(robot, window.training()::backToPresent);
        assertArrayEquals(atSix, model.network().layer(0).weights().value().data, "back to now is exactly where the run was");
        fx(robot, () -> window.training().rewindTo(3));
        fx(robot, window.training()::stepEpoch);   // training goes on from the present, not from the rewound weights
        fx(robot, window.training()::backToPresent);
        waitForEpoch(robot, 7);
        double[] rewoundRun = model.network().layer(0).weights().value().data.clone();

        // the same run without rewinding
        fx(robot, () -> model.reset());
        fx(robot, () -> model.set(Settings.VALIDATION, 0.0));
        for (int i = 0; i < 7; i++) {
            fx(robot, window.training()::stepEpoch);
            waitForEpoch(robot, i + 1);
        }
        assertEquals(7, window.training().snapshotProperty().get().epoch());
        double[] straightRun = model.network().layer(0).weights().value().data;
        assertEquals(rewoundRun.length, straightRun.length);
        assertTrue(window.training().timeline().size() >= 7);
        assertArrayEquals(straightRun, rewoundRun, 0, "rewinding did not change the run");
    }
}
