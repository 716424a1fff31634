package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run and the twin runs as GIF frames drawn off screen: one frame per epoch and the start, at the
 * size asked for, from copies (the lab's network is not trained), the loss curve growing; a cancelled export
 * writes nothing.
 */
class TrainingAnimationTest {
    static final Dataset CIRCLE = Generators.generate(Generators.Spec.of("circle", 120, 0, 1));

    static TrainingAnimation lab(Network net, int width, int height) {
        return TrainingAnimation.ofLab(net, CIRCLE, null, TrainingConfig.defaults(Loss.QUADRATIC).withOptimizer("sgd", 0.3), width, height);
    }

    /** Frame count and size of a GIF, read back with ImageIO. */
    static int[] framesAndSize(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return new int[] {reader.getNumImages(true), reader.getWidth(0), reader.getHeight(0)};
        }
    }

    @Test
    void aTrainingRunHasOneFramePerEpochAtTheSizeAskedFor(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("training.gif");
        assertTrue(lab(Presets.playground(), 240, 150).writeGif(gif, 10, 6, frames -> true));
        assertArrayEquals(new int[] {7, 240, 150}, framesAndSize(gif), "the start and one frame per epoch, at 240x150");
        assertEquals(List.of("training.gif"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no partial file is left");
    }

    @Test
    void theTwinRunsHaveOneRowATwinAndOneFramePerEpoch(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("twins.gif");
        TrainingAnimation twins = TrainingAnimation.ofTwins(Twins.preset(Twins.Preset.SGD_VS_MOMENTUM), 320, 200);
        assertTrue(twins.writeGif(gif, 15, 4, frames -> true));
        assertArrayEquals(new int[] {5, 320, 200}, framesAndSize(gif));
        assertEquals(5, twins.losses(0).size());
        assertEquals(5, twins.losses(1).size());
    }

    @Test
    void oneInputTwinsDrawTheirCurve(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("neuron.gif");
        assertTrue(TrainingAnimation.ofTwins(Twins.preset(Twins.Preset.QUADRATIC_VS_CROSS_ENTROPY), 200, 160).writeGif(gif, 5, 3, f -> true));
        assertEquals(4, framesAndSize(gif)[0]);
    }

    @Test
    void theLossCurveGrowsAsTrainingProceedsAndTheLabsNetworkIsLeftAlone() {
        Network net = Presets.playground();
        double[] before = net.layer(0).weights().value().data.clone();
        TrainingAnimation animation = lab(net, 300, 180);
        BufferedImage start = animation.frame();
        for (int k = 0; k < 5; k++) animation.epoch();
        BufferedImage later = animation.frame();
        assertEquals(6, animation.losses(0).size(), "the loss before training and after each epoch");
        assertTrue(animation.losses(0).get(5) < animation.losses(0).get(0), "training lowers the loss");
        int lossPanel = 2 * 300 / 3 + 10;   // the right third holds the loss curve
        assertTrue(differs(start, later, lossPanel, 300, 0), "the loss curve is drawn as the epochs go by");
        assertTrue(differs(start, later, 0, lossPanel, 40), "the diagram and the boundary change with the weights (below the titles)");
        assertArrayEquals(before, net.layer(0).weights().value().data, "the animation trains its own copy");
    }

    @Test
    void aCancelledExportLeavesNoFile(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("training.gif");
        int[] heard = {0};
        assertFalse(lab(Presets.playground(), 120, 80).writeGif(gif, 10, 30, frames -> ++heard[0] < 3));
        assertEquals(3, heard[0], "progress after every frame, until cancelled");
        assertEquals(0, Files.list(dir).count());
    }

    @Test
    void aSizeOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> lab(Presets.playground(), 8, 8));
    }

    private static boolean differs(BufferedImage a, BufferedImage b, int fromX, int toX, int fromY) {
        for (int y = fromY; y < a.getHeight(); y++) for (int x = fromX; x < toX; x++) if (a.getRGB(x, y) != b.getRGB(x, y)) return true;
        return false;
    }
}
