package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import gradlab.nn.NetworkFile;
import gradlab.nn.Network;
import gradlab.lab.LabState;
import gradlab.io.YamlNode;

class ProgressTest {
    @Test
    void progressSurvivesARestart(@TempDir Path dir) {
        Path file = dir.resolve(".gradlab/progress.yaml");
        Progress first = Progress.load(file);
        first.put("lessons/02-xor.md", Progress.Entry.empty().withStep(2).withDone(0).withDone(1).withHints(1, 2).withAnswer(2, 0.56).withChoice(3, 1));
        Progress again = Progress.load(file);
        Progress.Entry e = again.of("lessons/02-xor.md");
        assertEquals(2, e.step());
        assertEquals(Set.of(0, 1), e.done());
        assertEquals(2, e.hints().get(1));
        assertEquals(0.56, e.answers().get(2));
        assertEquals(1, e.choices().get(3), "the option chosen is kept as the number typed is");
        assertTrue(again.message().isEmpty());
    }

    /** The lab a task was done with is kept, so that visiting the done step again can show it. */
    @Test
    void theLabATaskWasDoneWithSurvivesARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("progress.yaml");
        Network and = NetworkFile.load(Path.of("lessons/networks/perceptron-and.yaml"));
        String network = NetworkFile.format(and), settings = LabState.defaults().with("data", "xor-table").toYaml();
        Progress.load(file).put("one", Progress.Entry.empty().withDone(1).withKept(1, new Progress.Kept(network, settings)).withStep(2));
        Progress again = Progress.load(file);
        assertTrue(again.message().isEmpty(), again.message().orElse(""));
        Progress.Kept kept = again.of("one").kept().get(1);
        assertEquals(-1.5, NetworkFile.parse("kept", kept.network()).get("layers.0.biases[0]"));
        assertEquals("xor-table", LabState.fromYaml(YamlNode.parse("kept", kept.settings()), LabState.defaults()).data());
        assertEquals(2, again.of("one").step(), "a later change keeps it");
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

    @Test
    void aSetAsideFileIsReportedWithWhenAndWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("progress.yaml");
        Files.writeString(file, "lessons:\n  a: {step: [oops\n");
        String said = Progress.load(file).message().orElseThrow();
        assertTrue(said.matches("At \\d\\d:\\d\\d on \\d+ \\w+ \\d{4} your progress file could not be read \\(" + Pattern.quote(file.toString()) + ":\\d+:\\d+: .*"), said);
        assertTrue(said.contains("set aside as " + dir.resolve("progress.yaml.broken-")), said);
    }

    static Lesson lesson(Path file, String title) {
        return new Lesson(file, title, 1, List.of(), "", List.of());
    }

    @Test
    void progressIsKeptByTitleAndFileNameSoAMovedFolderKeepsIt(@TempDir Path dir) {
        Path file = dir.resolve("progress.yaml");
        Progress p = Progress.load(file);
        Lesson here = lesson(dir.resolve("course/02-xor.md"), "Build XOR by hand");
        assertEquals("Build XOR by hand (02-xor.md)", p.keyOf(here));
        p.put(p.keyOf(here), Progress.Entry.empty().withStep(2));
        Progress again = Progress.load(file);
        Lesson moved = lesson(dir.resolve("elsewhere/copy/02-xor.md"), "Build XOR by hand");
        assertEquals(2, again.of(again.keyOf(moved)).step());
        assertEquals(0, again.of(again.keyOf(lesson(dir.resolve("course/02-xor.md"), "Another title"))).step());
    }

    @Test
    void progressKeptUnderTheOldAbsolutePathMovesToTheNewKey(@TempDir Path dir) {
        Path file = dir.resolve("progress.yaml");
        Progress old = Progress.load(file);
        Path lessonFile = dir.resolve("lessons/02-xor.md").toAbsolutePath();
        old.put(lessonFile.toString(), Progress.Entry.empty().withStep(2).withDone(0));
        Progress p = Progress.load(file);
        Lesson xor = lesson(lessonFile, "Build XOR by hand");
        String key = p.keyOf(xor);
        assertEquals(2, p.of(key).step());
        p.put(key, p.of(key).withStep(3));
        Progress after = Progress.load(file);
        assertEquals(3, after.of("Build XOR by hand (02-xor.md)").step());
        assertEquals(Progress.Entry.empty(), after.of(lessonFile.toString()), "the old key is gone");
    }
}
