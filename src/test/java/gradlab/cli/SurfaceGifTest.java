package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code surface ... --gif}: a race as an animated GIF from the command line. */
class SurfaceGifTest {
    @Test
    void surfaceGifWritesOneFramePerStepAtTheChosenSize(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("ravine.gif");
        CliRun run = CliRun.of("surface", "--f", "ravine", "--lr", "0.09", "--steps", "15", "--versus", "momentum:0.02:0.7",
                "--gif", gif.toString(), "--gif-size", "240x150", "--fps", "12", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\"f\":"), "stdout stays one JSON object");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(16, reader.getNumImages(true));
            assertEquals(240, reader.getWidth(0));
            assertEquals(150, reader.getHeight(0));
        }
    }

    @Test
    void badGifOptionsAreOneLocatedLineAndWriteNothing(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("x.gif");
        CliRun size = CliRun.of("surface", "--f", "bowl", "--gif", gif.toString(), "--gif-size", "big");
        assertEquals(2, size.exitCode());
        assertEquals("--gif-size: expected WIDTHxHEIGHT between 16x16 and 4096x4096, got 'big'", size.err().strip());
        CliRun versus = CliRun.of("surface", "--f", "bowl", "--gif", gif.toString(), "--versus", "adamw:0.1");
        assertEquals(2, versus.exitCode());
        assertTrue(versus.err().startsWith("--versus: unknown optimizer 'adamw'"), versus.err());
        CliRun frames = CliRun.of("surface", "--f", "bowl", "--gif", gif.toString(), "--steps", "5000");
        assertEquals(2, frames.exitCode());
        assertTrue(frames.err().startsWith("--gif: a GIF holds at most 1000 frames"), frames.err());
        CliRun alone = CliRun.of("surface", "--f", "bowl", "--versus", "sgd:0.1");
        assertEquals(2, alone.exitCode());
        assertEquals("--versus: races only in a GIF: add --gif OUT.gif", alone.err().strip());
        assertFalse(Files.exists(gif));
    }
}
