package gradlab.app.lab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.lab.TrainingAnimation;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export training as GIF trains a copy of the lab's experiment as it was when asked; the lab is left alone. */
class LabModelGifTest {
    private final LabModel lab = new LabModel();

    @Test
    void theAnimationStartsFromTheLabAsItWasAndLeavesItAlone(@TempDir Path dir) throws Exception {
        lab.setParameter("layers.0.biases[0]", 0.125);
        var start = lab.trainingAnimation();
        lab.setParameter("layers.0.biases[0]", 9.0);   // changed after asking: the animation does not see it
        TrainingAnimation animation = start.apply(new int[] {200, 120});
        double firstLoss = animation.losses(0).get(0);
        lab.setParameter("layers.0.biases[0]", 0.125);
        assertEquals(firstLoss, lab.trainingAnimation().apply(new int[] {200, 120}).losses(0).get(0), 1e-12, "the same start gives the same loss");
        Path gif = dir.resolve("training.gif");
        assertTrue(animation.writeGif(gif, 10, 3, frames -> true));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            assertEquals(200, reader.getWidth(0));
        }
        assertEquals(0.125, lab.network().get("layers.0.biases[0]"), "the lab's network was not trained");
    }
}
