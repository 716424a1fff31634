package gradlab.app.lab;

import gradlab.app.common.Numbers;
import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import gradlab.app.lab.network.NetworkView;

/** What the window says when training goes wrong: a stall is named, a divergence never shows a 300-digit loss. */
class BannerTest extends FxTestBase {
    void playUntil(FxRobot robot, int epoch) throws Exception {
        fx(robot, window.training()::play);
        trainUntil(robot, () -> {
            var s = window.training().snapshotProperty().get();
            return s.epoch() >= epoch || s.diverged();
        });
        fx(robot, window.training()::pause);
    }

    @Test
    void stepUnitsWithNoGradientStallAndTheBannerSaysSo(FxRobot robot) throws Exception {
        fx(robot, model::newXorByHand);
        fx(robot, () -> model.set(Settings.EPOCHS_PER_FRAME, 50));
        playUntil(robot, 260);
        assertTrue(window.training().bannerProperty().get().startsWith("the loss has not moved for"), window.training().bannerProperty().get());
        assertTrue(!robot.lookup("#restore").query().isVisible(), "nothing to restore: the run did not diverge");
    }

    @Test
    void aDivergedLossReadsDivergedNotThreeHundredDigits(FxRobot robot) throws Exception {
        fx(robot, () -> {
            model.set(Settings.DATA, "sine");   // regression: a linear output that can blow up
            model.set(Settings.LEARNING_RATE, 100.0);
        });
        playUntil(robot, 50);
        assertTrue(window.training().snapshotProperty().get().diverged(), "lr 100 on a linear output diverges");
        String shown = robot.lookup("#epoch").queryLabeled().getText();
        assertTrue(shown.endsWith("loss diverged"), shown);
        assertTrue(shown.length() < 40, shown);
        assertTrue(robot.lookup("#restore").query().isVisible());
        String chart = window.lossChart().emptyMessage();
        assertTrue(chart == null || chart.startsWith("The loss blew up"), "the chart never invites training a run that blew up: " + chart);
        String weight = Numbers.label(1.4e305);
        assertEquals("1.40e+305", weight, "a huge weight is compact, never Math.round's 9223372036854775807");
    }

    @Test
    void aClickOnASliderThatDoesNotMoveItKeepsTheLossCurve(FxRobot robot) throws Exception {
        playUntil(robot, 5);
        int epoch = window.training().snapshotProperty().get().epoch();
        fx(robot, () -> model.set(Settings.NOISE, model.state().noise()));   // what a click without a drag sends
        assertEquals(epoch, window.training().snapshotProperty().get().epoch(), "the run and its curve are kept");
    }

    @Test
    void anErrorLooksLikeOneAndTheNextEditThatWorksClearsIt(FxRobot robot) throws Exception {
        fx(robot, () -> window.stepper().useSample("abc", "1"));
        assertTrue(robot.lookup("#status").query().getStyleClass().contains("error"), "an error is styled as one");
        fx(robot, () -> model.setParameter("layers.0.biases[0]", 0.25));
        assertTrue(!robot.lookup("#status").query().getStyleClass().contains("error"));
        assertEquals("", model.status().messageProperty().get());
    }
}
