package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit's own input, checked before any window opens: one located line and exit 2. */
class AuditCommandTest {
    @Test
    void aSizeThatIsNotWidthByHeightIsOneLine() {
        CliRun run = CliRun.of("audit", "--size", "1280by720");
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("--size: '1280by720' is not WIDTHxHEIGHT (e.g. 1280x720)\n", run.err().replace("\r", ""));
    }

    @Test
    void aSizeTooSmallForAWindowIsOneLine() {
        CliRun run = CliRun.of("audit", "--size", "20x10");
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("--size: '20x10' is outside 320x240 … 7680x4320\n", run.err().replace("\r", ""));
    }

    @Test
    void aMissingLessonIsOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-lesson.md");
        CliRun run = CliRun.of("audit", missing.toString());
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode());
        assertEquals(missing + ":1:1: no such file or folder\n", run.err().replace("\r", ""));
    }
}
