package gradlab.app.lab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.FxTestBase;
import gradlab.data.Dataset;
import gradlab.lab.Settings;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The data view draws every point once, the held-out ones (by the model's split) hollow. */
class OutputViewPointsTest extends FxTestBase {
    @Test
    void theHeldOutPointsAreDrawnHollowAndEveryOtherPointFilled(FxRobot robot) {
        fx(robot, () -> model.set(Settings.VALIDATION, 0.4));
        OutputView view = window.outputView();
        PointDots dots = view.shownDots();
        Dataset data = model.dataset();
        Dataset.Split split = model.split();
        assertTrue(split.validation().size() > 0 && split.training().size() > 0);
        int held = 0;
        Set<Integer> drawn = new HashSet<>();
        for (int d = 0; d < dots.count(); d++) {
            int i = dots.index(d);
            assertTrue(drawn.add(i), "point " + i + " drawn once");
            assertEquals(split.isHeldOut(i), dots.held(d), "point " + i);
            assertEquals(view.toScreenX(data.input(i)[0]), dots.x(d), 1e-9);
            assertEquals(view.toScreenY(data.input(i)[1]), dots.y(d), 1e-9);
            if (dots.held(d)) held++;
        }
        // a lecture's data is drawn point for point: only points on the very same pixel in the same colour and kind share a dot
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            cells.add(Math.floor(view.toScreenX(data.input(i)[0])) + "," + Math.floor(view.toScreenY(data.input(i)[1])) + "," + data.classOf(i) + "," + split.isHeldOut(i));
        }
        assertEquals(cells.size(), dots.count());
        assertTrue(held > 0 && held < dots.count(), held + " hollow of " + dots.count());
    }
}
