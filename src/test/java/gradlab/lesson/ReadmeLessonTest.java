package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example lesson is complete and passes lint, as the README says. */
class ReadmeLessonTest {
    @Test
    void theReadmesExampleLessonPassesLint(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("````markdown\n");
        int end = readme.indexOf("\n````\n", start);
        assertTrue(start >= 0 && end > start, "the README has a ````markdown example");
        String lesson = readme.substring(start + "````markdown\n".length(), end + 1);
        Files.createDirectories(dir.resolve("networks"));
        Files.copy(Path.of("lessons/networks/perceptron.yaml"), dir.resolve("networks/perceptron.yaml"));
        Path file = dir.resolve("or.md");
        Files.writeString(file, lesson);
        Lint.Report report = Lint.check(file);
        assertEquals(List.of(), report.problems());
        assertEquals(1, report.tasks());
    }
}
