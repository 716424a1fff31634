package gradlab.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with ImageIO's own GIF writer: every frame shown for the same time,
 * looping forever. Written to a temporary file beside the target and moved into place on {@link #close()}, so
 * a cancelled or failed export leaves no half-written GIF ({@link #abandon()}).
 */
public final class GifWriter implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private int frames;
    private boolean done;

    /** A GIF at {@code fps} frames a second (GIF counts in hundredths: 30 fps is shown as 3/100 s a frame). */
    public GifWriter(Path target, double fps) throws IOException {
        if (!(fps > 0 && fps <= 100)) throw new IllegalArgumentException("frame rate must be in (0, 100], got " + fps);
        this.target = target;
        Path folder = target.toAbsolutePath().getParent();
        this.partial = folder.resolve("." + target.getFileName() + ".part");   // a plain new file: the GIF keeps the usual permissions
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.stream = ImageIO.createImageOutputStream(partial.toFile());
        this.delayCentiseconds = Math.max(1, (int) Math.round(100 / fps));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    public int frames() { return frames; }

    /** Adds one frame (any image type; ImageIO makes its palette). */
    public void add(BufferedImage frame) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {   // NETSCAPE2.0: loop forever
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(frame, null, metadata), param);
        frames++;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** Finishes the GIF and moves it into place. */
    @Override
    public void close() throws IOException {
        if (done) return;
        done = true;
        try {
            writer.endWriteSequence();
            stream.close();
            writer.dispose();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** Drops what was written: the target is left as it was. */
    public void abandon() {
        if (done) return;
        done = true;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the partial file is deleted below either way
        }
        writer.dispose();
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // a stray .part file in a temp-like name is all that is left
        }
    }
}
