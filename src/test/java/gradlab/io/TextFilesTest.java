package gradlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @Test
    void everyWayOfFailingIsOneLocatedLine(@TempDir Path dir) throws IOException {
        assertEquals(dir.resolve("none.yaml") + ":1:1: no such file",
                assertThrows(InputError.class, () -> TextFiles.read(dir.resolve("none.yaml"))).getMessage());
        assertEquals(dir + ":1:1: is a folder, not a file", assertThrows(InputError.class, () -> TextFiles.read(dir)).getMessage());
        assertEquals("(empty file name):1:1: no file name given", assertThrows(InputError.class, () -> TextFiles.read(Path.of(""))).getMessage());
        Path binary = dir.resolve("b.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
        assertEquals(binary + ":1:1: not a UTF-8 text file", assertThrows(InputError.class, () -> TextFiles.read(binary)).getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TextFiles.MAX_BYTES + 1);   // sparse: costs no disk and, if read, 32 MB of heap
        }
        String message = assertThrows(InputError.class, () -> TextFiles.read(huge)).getMessage();
        assertEquals(huge + ":1:1: the file is 32.0 MB; files above 32.0 MB are not read", message);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.csv");
        Files.writeString(file, "\uFEFFx1,label\n");
        assertEquals("x1,label\n", TextFiles.read(file));
    }

    @Test
    void nestingDeeperThanTheLimitIsLocatedWhereItHappens() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        assertEquals("deep.yaml:1:65: nested too deeply (at most 64 levels)",
                assertThrows(InputError.class, () -> YamlNode.parse("deep.yaml", deep)).getMessage());
        String deepBlocks = "- ".repeat(3000) + "1";
        assertEquals("blocks.yaml:1:129: nested too deeply (at most 64 levels)",
                assertThrows(InputError.class, () -> YamlNode.parse("blocks.yaml", deepBlocks)).getMessage());
        String quoted = "name: \"" + "[".repeat(100) + "\"  # [[[[ in a comment\nx: '[[[['\n";
        assertEquals("name", assertDoesNotThrow(quoted));
    }

    private static String assertDoesNotThrow(String text) {
        try {
            return YamlNode.parse("ok.yaml", text).map(Set.of("name", "x")).keySet().iterator().next();
        } catch (InputError e) {
            throw new AssertionError("brackets in quotes and comments are not nesting: " + e.getMessage());
        }
    }

    @Test
    void aNameThisSystemCannotTakeAsAFileIsALocatedError() throws InputError {
        assertEquals("--data: 'a\\u0000b.csv' is not a file name: it holds a NUL character",
                assertThrows(InputError.class, () -> TextFiles.path("--data", "a\0b.csv")).getMessage());
        assertEquals(Path.of("lessons", "a.csv"), TextFiles.path("--data", "lessons/a.csv"));
    }

    /** A device or a pipe would be read until memory runs out (/dev/zero) or forever (a pipe nobody writes to). */
    @Test
    void aDeviceOrAPipeIsRefusedBeforeItIsOpened(@TempDir Path dir) {
        Path fifo = SpecialFiles.fifo(dir, "net.yaml");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(fifo + ":1:1: is not a regular file (a device, a pipe or a socket); only files are read",
                    assertThrows(InputError.class, () -> TextFiles.read(fifo)).getMessage());
            assertEquals("/dev/zero:1:1: is not a regular file (a device, a pipe or a socket); only files are read",
                    assertThrows(InputError.class, () -> TextFiles.read(SpecialFiles.devZero())).getMessage());
        });
    }

    @Test
    void aLinkToARegularFileIsReadAsThatFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.csv");
        Files.writeString(file, "x1,label\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), file);
        assertEquals("x1,label\n", TextFiles.read(link));
    }
}
