package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.optim.Optimizers;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A race as GIF frames drawn off screen: one per step, at the size asked for; a cancelled export writes nothing. */
class RaceAnimationTest {
    static RaceAnimation ravine(int steps, int width, int height) {
        Surface surface = Surfaces.builtIn("ravine");
        SurfaceRun sgd = new SurfaceRun(surface, surface.start(), "sgd", 0.09, Optimizers.Settings.defaults());
        SurfaceRun momentum = new SurfaceRun(surface, surface.start(), "momentum", 0.02, Optimizers.Settings.defaults().withMomentum(0.7));
        sgd.run(steps);
        momentum.run(steps);
        return new RaceAnimation(surface, List.of(new RaceAnimation.Racer("SGD", sgd), new RaceAnimation.Racer("Momentum", momentum)), width, height);
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
    void theGifHasOneFramePerStepAtTheSizeAskedFor(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("race.gif");
        assertTrue(ravine(12, 200, 120).writeGif(gif, 10, frames -> true));
        int[] read = framesAndSize(gif);
        assertEquals(13, read[0], "the start and one frame per update");
        assertEquals(200, read[1]);
        assertEquals(120, read[2]);
        assertEquals(List.of("race.gif"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no partial file is left");
    }

    @Test
    void framesMoveTheBalls() {
        RaceAnimation race = ravine(5, 160, 100);
        var first = race.frame(0);
        var last = race.frame(5);
        assertEquals(160, first.getWidth());
        assertEquals(100, first.getHeight());
        boolean differs = false;
        for (int y = 0; y < 100 && !differs; y++) for (int x = 0; x < 160 && !differs; x++) differs = first.getRGB(x, y) != last.getRGB(x, y);
        assertTrue(differs);
        assertNotEquals(0, race.frames());
    }

    @Test
    void aCancelledExportLeavesNoFile(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("race.gif");
        int[] heard = {0};
        assertFalse(ravine(30, 120, 80).writeGif(gif, 10, frames -> ++heard[0] < 4));
        assertEquals(4, heard[0], "progress after every frame, until cancelled");
        assertEquals(0, Files.list(dir).count());
    }

    @Test
    void aOneDimensionalSurfaceDrawsItsCurve(@TempDir Path dir) throws Exception {
        Surface parabola = Surfaces.builtIn("parabola");
        SurfaceRun run = new SurfaceRun(parabola, parabola.start(), "sgd", 0.1, Optimizers.Settings.defaults());
        run.run(8);
        Path gif = dir.resolve("p.gif");
        new RaceAnimation(parabola, List.of(new RaceAnimation.Racer("SGD", run)), 150, 90).writeGif(gif, 5, f -> true);
        assertEquals(9, framesAndSize(gif)[0]);
        assertTrue(new File(gif.toString()).length() > 0);
    }

    @Test
    void aSizeOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ravine(1, 8, 8));
    }
}
