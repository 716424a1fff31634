package gradlab.app.lab.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.Painter;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16: the step's formula fits its box: it scales down (never below the minimum type) and wraps, one picture a line. */
@ExtendWith(ApplicationExtension.class)
class FormulaViewTest {
    static final String CHAIN = "\\frac{\\partial C}{\\partial b^{(1)}_{1}} = \\sum_{\\text{paths}} \\prod = (-0.4600)\\cdot 0.9999\\cdot 0.8944"
            + " + (0.9900)\\cdot 0.9997\\cdot (-0.4119) + (-0.3300)\\cdot 0.9990 = -0.8183 = \\delta^{(1)}_{1}\\\\ a = \\frac{1}{2}";
    FormulaView formula;
    final SimpleObjectProperty<Bounds> box = new SimpleObjectProperty<>(new BoundingBox(0, 0, 420, 120));

    @Start
    void start(Stage stage) {
        formula = new FormulaView();
        formula.fitTo(box);
        stage.setScene(new Scene(new Pane(formula), 800, 600));
        stage.show();
    }

    @Test
    void linesSplitAtTheTopLevelOnly() {
        assertEquals(List.of("a = 1", "b_{x\\\\y} = 2"), FormulaView.lines("a = 1\\\\ b_{x\\\\y} = 2"));
    }

    @Test
    void aLineWiderThanTheBoxWrapsBeforeAnEqualsAndEveryPictureFitsAtTheMinimumTypeOrLarger(FxRobot robot) {
        robot.interact(() -> {
            formula.setTex(CHAIN);
            formula.applyCss();
            formula.layout();
        });
        List<ImageView> pictures = formula.getChildren().stream().filter(n -> n instanceof ImageView).map(n -> (ImageView) n).toList();
        assertTrue(pictures.size() > 2, "the long line wraps: " + pictures.size() + " pictures");
        for (ImageView p : pictures) {
            assertTrue(p.getImage().getWidth() <= 420, "a line " + p.getImage().getWidth() + " px wide in a box 420 px wide");
            assertTrue(Painter.pictureText(p).fontSize() >= FormulaView.NORMAL_MINIMUM, "drawn at " + Painter.pictureText(p).fontSize());
        }
        assertTrue(Painter.pictureText(pictures.get(1)).text().startsWith("\\qquad ="), "a continued line starts with its '=': " + Painter.pictureText(pictures.get(1)).text());
    }

    @Test
    void aShortFormulaIsDrawnAtItsFullSize(FxRobot robot) {
        robot.interact(() -> {
            formula.setTex("C = \\frac{1}{2}(a - t)^2");
            formula.applyCss();
            formula.layout();
        });
        assertEquals(22, formula.shownSize(), 0.01);
    }
}
