package gradlab.app.lab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.Painter;
import gradlab.app.lab.FxTestBase;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A dense or deep network in a narrow diagram (beside a lesson on a 1024-pixel window, or presenting):
 * the diagram shows less, never smaller. No canvas text below the smallest readable size (11 px, 18 px in
 * large type), no two texts on top of each other, and the layer controls at the type's own size.
 */
class NetworkViewReadableTest extends FxTestBase {

    /** The diagram squeezed to {@code width} pixels, as beside a lesson's text and the right column. */
    void narrow(FxRobot robot, double width, double height, boolean large) {
        projector(robot, width, height, large);
        fx(robot, () -> {
            NetworkView view = window.networkView();
            view.setMaxWidth(420);
        });
    }

    /** The stage is shared: the next test finds it at the size the window opens in, not a projector's. */
    @org.junit.jupiter.api.AfterEach
    void desktopSize(FxRobot robot) {
        projector(robot, 1500, 950, false);
    }

    void dense(FxRobot robot) {
        fx(robot, () -> {
            for (int i = 0; i < 12; i++) model.addNeuron(0);
            for (int i = 0; i < 14; i++) model.addNeuron(1);
        });
    }

    void deep(FxRobot robot) {
        fx(robot, () -> {
            for (int i = 0; i < 4; i++) model.addLayer();
        });
    }

    List<Painter.Drawn> drawn() {
        Canvas canvas = (Canvas) window.networkView().getChildrenUnmodifiable().get(0);
        return Painter.drawn(canvas);
    }

    void everyTextReadableAndApart(FxRobot robot, double minimum) {
        fx(robot, () -> { });
        List<Painter.Drawn> texts = drawn();
        assertTrue(!texts.isEmpty(), "the diagram draws some text");
        for (Painter.Drawn t : texts) assertTrue(t.fontSize() >= minimum - 0.05, "'" + t.text() + "' drawn at " + t.fontSize() + " px");
        for (int i = 0; i < texts.size(); i++) for (int j = i + 1; j < texts.size(); j++) {
            var a = texts.get(i).box();
            var b = texts.get(j).box();
            double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
            double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
            assertTrue(w <= 2 || h <= 2, "'" + texts.get(i).text() + "' over '" + texts.get(j).text() + "' by " + w + "×" + h);
        }
        NetworkView view = window.networkView();
        double spacing = view.position(2, 0).getX() - view.position(1, 0).getX();
        assertTrue(2 * view.radius() < spacing, "neurons side by side never touch (a long chain's numbers would pile up): r "
                + view.radius() + " px, columns " + spacing + " px apart");
        List<Labeled> controls = new ArrayList<>();
        collect(window.networkView(), controls);
        for (Labeled c : controls) {
            double scale = c.getLocalToSceneTransform().getMxx();
            assertEquals(1.0, scale, 1e-9, "'" + c.getText() + "' is drawn at its own size");
            assertTrue(c.getFont().getSize() >= minimum - 0.05, "'" + c.getText() + "' at " + c.getFont().getSize() + " px");
        }
    }

    static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) out.add(l);
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }

    @Test
    void aDenseNetworkInANarrowDiagramLeavesNumbersOutRatherThanShrinkingThem(FxRobot robot) {
        narrow(robot, 1024, 768, false);
        dense(robot);
        everyTextReadableAndApart(robot, 11);
    }

    @Test
    void aDeepNetworkInANarrowDiagramKeepsItsLayerControlsAtFullSize(FxRobot robot) {
        narrow(robot, 1024, 768, false);
        deep(robot);
        everyTextReadableAndApart(robot, 11);
    }

    @Test
    void presentingADeepNetworkPutsTheLayerControlsInOneMenu(FxRobot robot) {
        narrow(robot, 1280, 720, true);
        deep(robot);
        everyTextReadableAndApart(robot, 18);
        assertTrue(robot.lookup("#layers-menu").tryQuery().isPresent(), "no room above seven columns: one Layers menu");
    }
}
