package gradlab.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files that are not regular files, for tests: a named pipe made by mkfifo, the system's /dev/zero. */
public final class SpecialFiles {
    private SpecialFiles() {}

    /** A named pipe {@code name} in {@code dir}; the test is skipped where mkfifo is unavailable. */
    public static Path fifo(Path dir, String name) {
        Path fifo = dir.resolve(name);
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            made = false;
        }
        assumeTrue(made && Files.exists(fifo) && !Files.isRegularFile(fifo), "mkfifo is not available here");
        return fifo;
    }

    /** /dev/zero, an endless device; the test is skipped where there is none. */
    public static Path devZero() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero), "no /dev/zero here");
        return zero;
    }
}
