package gradlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void anOverwrittenFileKeepsItsMode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFoldersAreNotCreatedUnlessAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a/b/net.yaml");
        assertEquals("the folder '" + dir.resolve("a/b") + "' does not exist", AtomicFiles.problemWith(file, false).orElseThrow());
        assertThrows(IOException.class, () -> AtomicFiles.writeString(file, "x"));
        assertFalse(Files.exists(dir.resolve("a")));
        assertTrue(AtomicFiles.problemWith(file, true).isEmpty());
        AtomicFiles.writeString(file, "x", true);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void badTargetsAreNamedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path plainFile = dir.resolve("plain");
        Files.writeString(plainFile, "");
        assertEquals("no file name given", AtomicFiles.problemWith(Path.of(""), false).orElseThrow());
        assertTrue(AtomicFiles.problemWith(dir, false).orElseThrow().contains("is a folder"));
        assertTrue(AtomicFiles.problemWith(plainFile.resolve("x.yaml"), true).orElseThrow().contains("is a file, not a folder"));
        assertTrue(AtomicFiles.problemWith(dir.resolve("fine.yaml"), false).isEmpty());
    }

    @Test
    void theTemporaryFileSitsBesideTheTargetAndAStaleOneIsRemoved(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.yaml");
        long deadPid = deadPid();
        Path stale = dir.resolve(".net.yaml.tmp-" + deadPid);
        Files.writeString(stale, "half a file from a killed run");
        Path otherFilesTemp = dir.resolve(".other.yaml.tmp-" + deadPid);
        Files.writeString(otherFilesTemp, "not ours");
        AtomicFiles.writeString(file, "whole");
        assertFalse(Files.exists(stale), "a temporary file of a process that is gone is cleaned up");
        assertTrue(Files.exists(otherFilesTemp), "another file's temporary is left alone");
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(".other.yaml.tmp-" + deadPid, "net.yaml"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file stays behind");
        }
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid++) if (ProcessHandle.of(pid).isEmpty()) return pid;
    }

    /** Saving onto a device or a pipe would replace it with a regular file (as root, even /dev/null): refused, and it stays. */
    @Test
    void aDeviceOrAPipeIsNeverReplacedByASave(@TempDir Path dir) throws IOException {
        Path fifo = SpecialFiles.fifo(dir, "out.yaml");
        String expected = "'" + fifo + "' is not a regular file (a device, a pipe or a socket); save to a file";
        assertEquals(expected, AtomicFiles.problemWith(fifo, false).orElseThrow());
        assertEquals(expected, assertThrows(IOException.class, () -> AtomicFiles.writeString(fifo, "net")).getMessage());
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertTrue(Files.exists(fifo));
        assertEquals("'/dev/null' is not a regular file (a device, a pipe or a socket); save to a file",
                AtomicFiles.problemWith(Path.of("/dev/null"), false).orElseThrow());
    }
}
