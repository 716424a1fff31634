package gradlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.Numbers;
import gradlab.app.common.Painter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The "f by step" chart says what it shows; at step 0 it has no span, so no axis whose two ends read the same value. */
@ExtendWith(ApplicationExtension.class)
class LossByStepTest {
    private final SurfaceModel model = new SurfaceModel(Runnable::run, Runnable::run);
    private LossByStep chart;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        chart = new LossByStep();
        stage.setScene(new Scene(new StackPane(chart), 420, 170));
        stage.show();
    }

    private List<String> drawnAt(FxRobot robot, int step) {
        robot.interact(() -> {
            model.showStep(step);
            chart.show(model.picture());
        });
        List<String> texts = new ArrayList<>();
        robot.interact(() -> Painter.drawn((Canvas) chart.getChildrenUnmodifiable().get(0)).forEach(d -> texts.add(d.text())));
        return texts;
    }

    @Test
    void atStepZeroTheChartSaysWhereFStartsInsteadOfAnAxisFromItToItself(FxRobot robot) {
        String start = Numbers.format(model.picture().paths().get(0).get(0).f());
        List<String> texts = drawnAt(robot, 0);
        assertEquals(0, texts.stream().filter(start::equals).count(), "no axis end reads " + start + ": " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("f = " + start + " at the start")), texts.toString());
    }

    @Test
    void onceTheRacersMovedTheAxisRunsFromTheLowestToTheHighestF(FxRobot robot) {
        List<String> texts = drawnAt(robot, 20);
        double max = model.picture().paths().stream().flatMap(List::stream).mapToDouble(p -> p.f()).max().orElseThrow();
        assertTrue(texts.contains(Numbers.format(max)), texts.toString());
        assertTrue(texts.contains("step 20"), texts.toString());
    }
}
