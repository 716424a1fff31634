package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @Test
    void progressSurvivesARestart(@TempDir Path dir) {
        Path file = dir.resolve(".gradlab/progress.yaml");
        Progress first = Progress.load(file);
        first.put("lessons/02-xor.md", Progress.Entry.empty().withStep(2).withDone(0).withDone(1).withHints(1, 2).withAnswer(2, 0.56));
        Progress again = Progress.load(file);
        Progress.Entry e = again.of("lessons/02-xor.md");
        assertEquals(2, e.step());
        assertEquals(Set.of(0, 1), e.done());
        assertEquals(2, e.hints().get(1));
        assertEquals(0.56, e.answers().get(2));
        assertTrue(again.message().isEmpty());
    }

    @Test
    void aCorruptFileIsSetAsideNotACrash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("progress.yaml");
        Files.writeString(file, "lessons: {a: {step: [oops\n");
        Progress p = Progress.load(file);
        assertEquals(Progress.Entry.empty(), p.of("a"));
        assertTrue(p.message().orElseThrow().contains("could not be read"), p.message().orElseThrow());
        try (var entries = Files.list(dir)) {
            assertTrue(entries.anyMatch(f -> f.getFileName().toString().startsWith("progress.yaml.broken-")), "the broken file is kept");
        }
        p.put("a", Progress.Entry.empty().withStep(1));
        assertEquals(1, Progress.load(file).of("a").step(), "new progress is saved again");
    }
}
