package gradlab.app.lab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.Numbers;
import gradlab.app.common.Painter;
import gradlab.app.lab.FxTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 15: the diagram lays out and draws the picture the diagram model publishes (the network's shape,
 * names and numbers as of the last change), never the live network, which training moves under a drawing.
 */
class NetworkViewFollowsPictureTest extends FxTestBase {
    static final Path VIEW = Path.of("src/main/java/gradlab/app/lab/network/NetworkView.java");
    static final Path CONTROLS = Path.of("src/main/java/gradlab/app/lab/network/LayerControls.java");

    /** Source lines that reach the live network: its import, or a call of network() (model.network() included). */
    static List<String> liveNetworkReads(Path source) throws IOException {
        List<String> found = new ArrayList<>();
        Pattern call = Pattern.compile("\\bnetwork\\s*\\(\\s*\\)");
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = call.matcher(line);
            if (line.trim().equals("import gradlab.nn.Network;") || m.find()) found.add(source.getFileName() + ":" + (i + 1) + ": " + line.trim());
        }
        return found;
    }

    @Test
    void theViewNeverReadsTheLiveNetwork() throws IOException {
        assertTrue(Files.isRegularFile(VIEW), "run from the project root");
        assertEquals(List.of(), liveNetworkReads(VIEW), "NetworkView draws, lays out and reads values from DiagramModel.Picture alone");
        assertTrue(Files.readAllLines(CONTROLS).stream().noneMatch(l -> l.trim().equals("import gradlab.nn.Network;")),
                "the layer controls are built from the picture too");
    }

    @Test
    void theSourceCheckFindsALiveRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path old = dir.resolve("Old.java");
        Files.writeString(old, "import gradlab.nn.Network;\nclass Old {\n  int d() { return model.network().depth(); }\n  int n() { return network ( ).depth(); }\n}\n");
        assertEquals(List.of("Old.java:1: import gradlab.nn.Network;", "Old.java:3: int d() { return model.network().depth(); }",
                "Old.java:4: int n() { return network ( ).depth(); }"), liveNetworkReads(old));
    }

    @Test
    void afterAnEditTheDrawnNamesAndBiasesAreTheNewPictures(FxRobot robot) {
        fx(robot, () -> {
            model.setFeatures(List.of("x1", "x2", "x1*x2"));
            model.addNeuron(0);
            model.setParameter("layers.0.biases[4]", 1.234);
        });
        DiagramModel.Picture picture = new DiagramModel(model, window.stepper()).picture();
        assertEquals(List.of("x1", "x2", "x1*x2"), picture.featureNames());
        assertEquals(5, picture.columnSize(1));

        Canvas canvas = (Canvas) window.networkView().getChildrenUnmodifiable().get(0);
        List<String> texts = Painter.drawn(canvas).stream().map(Painter.Drawn::text).toList();
        List<String> names = texts.stream().filter(picture.featureNames()::contains).toList();
        assertEquals(picture.featureNames(), names, "each input drawn once, by the picture's names, in its order: " + texts);

        List<String> expected = new ArrayList<>();
        for (double[] layer : picture.biases()) for (double b : layer) expected.add("b " + Numbers.label(b));
        List<String> drawnBiases = texts.stream().filter(t -> t.startsWith("b ")).toList();
        assertEquals(expected, drawnBiases, "one bias label per neuron of the picture, with its value");
        assertTrue(drawnBiases.contains("b " + Numbers.label(1.234)), "the edited bias is drawn: " + drawnBiases);

        NetworkView view = window.networkView();
        double top = view.position(1, 0).getY(), bottom = view.position(1, 4).getY();
        assertTrue(bottom > top, "the new neuron is laid out below the others in its column");
    }
}
