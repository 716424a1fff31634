package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.io.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonFileTest {
    static final String GOOD = """
            ---
            title: A small lesson
            order: 3
            notes: [000]
            ---
            Some words first.

            ## First step
            Text with $z = wx + b$.

            ```lab
            network: net.yaml
            data: xor-table
            learningRate: 0.3
            show: [network, truth-table]
            lock: [structure]
            ```

            ```task
            goal: Make AND.
            check:
              - truth-table: and
            hints:
              - Weights 1 and 1.
            solution:
              parameters: {"layers.0.weights[0,0]": 1, "layers.0.weights[0,1]": 1, "layers.0.biases[0]": -1.5}
            ```

            ## Second step
            No lab block: it keeps the first one.
            """;

    static Path write(Path dir, String lesson) throws Exception {
        Files.writeString(dir.resolve("net.yaml"), "inputs: 2\nlayers:\n  - {units: 1, activation: step, weights: [[0, 0]], biases: [0]}\n");
        Path file = dir.resolve("lesson.md");
        Files.writeString(file, lesson);
        return file;
    }

    @Test
    void readsFrontMatterStepsAndBlocks(@TempDir Path dir) throws Exception {
        Lesson lesson = LessonFile.load(write(dir, GOOD));
        assertEquals("A small lesson", lesson.title());
        assertEquals(3, lesson.order());
        assertEquals(List.of("000"), lesson.notes());
        assertEquals("Some words first.", lesson.intro());
        assertEquals(2, lesson.steps().size());
        Lesson.Step first = lesson.steps().get(0);
        assertEquals("First step", first.title());
        assertEquals(8, first.line());
        assertEquals("Text with $z = wx + b$.", first.text());
        assertEquals(dir.resolve("net.yaml").toAbsolutePath(), first.lab().network());
        assertEquals(List.of("network", "truth-table"), first.lab().show());
        assertEquals(19, first.task().line());
        assertEquals(1, first.task().checks().size());
        assertNull(lesson.steps().get(1).lab());
        assertEquals(first.lab(), lesson.labAt(1), "a step without a lab block keeps the previous one");
        assertEquals(1, lesson.taskCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown check        | '  - truth-table: and'           | '  - loss-above: 3'                   | :22:5: unknown check 'loss-above'",
            "bad YAML in a block  | 'learningRate: 0.3'              | 'learningRate: [0.3'                  | :15:5: YAML syntax",
            "missing network      | 'network: net.yaml'              | 'network: nowhere.yaml'               | :12:10: no network file 'nowhere.yaml'",
            "unknown setting      | 'learningRate: 0.3'              | 'learnRate: 0.3'                      | :14:1: unknown key 'learnRate'",
            "the window's setting | 'learningRate: 0.3'              | 'largeType: true'                     | :14:1: unknown key 'largeType'",
            "a wrong type         | 'learningRate: 0.3'              | 'batch: 2.5'                          | :14:8: expected a whole number, found '2.5'",
            "unknown panel        | 'show: [network, truth-table]'   | 'show: [network, cockpit]'            | :15:17: unknown panel 'cockpit'",
            "unknown gate         | '  - truth-table: and'           | '  - truth-table: xand'               | :22:18: unknown gate 'xand'",
    })
    void everyMalformedConstructIsLocatedInTheMarkdownFile(String what, String from, String to, String expected, @TempDir Path dir) throws Exception {
        Path file = write(dir, GOOD.replace(from, to));
        InputError e = assertThrows(InputError.class, () -> LessonFile.load(file));
        assertTrue(e.getMessage().startsWith(file + expected), what + ": " + e.getMessage());
    }

    @Test
    void aStepWithTwoTaskBlocksIsRefused(@TempDir Path dir) throws Exception {
        String twice = GOOD.replace("## Second step", "```task\ngoal: Again.\ncheck:\n  - diverged: false\n```\n\n## Second step");
        Path file = write(dir, twice);
        InputError e = assertThrows(InputError.class, () -> LessonFile.load(file));
        assertEquals(file + ":29:1: a step has at most one task block (another is at line 19)", e.getMessage());
    }

    @Test
    void aLessonNeedsATitleAndAStep(@TempDir Path dir) throws Exception {
        Path untitled = write(dir, "---\norder: 1\n---\n## A step\n");
        assertTrue(assertThrows(InputError.class, () -> LessonFile.load(untitled)).getMessage().contains("missing 'title'"));
        Path stepless = write(dir, "---\ntitle: T\n---\nJust words.\n");
        assertTrue(assertThrows(InputError.class, () -> LessonFile.load(stepless)).getMessage().contains("no steps"));
    }

    @Test
    void aBrokenLessonReportsEveryErrorEachWithItsLine(@TempDir Path dir) throws Exception {
        String broken = GOOD.replace("learningRate: 0.3", "learnRate: 0.3")          // line 14, in the lab block
                .replace("  - truth-table: and", "  - truth-table: xand\n  - loss-above: 3")   // lines 22 and 23, two checks
                .replace("No lab block: it keeps the first one.", "```task\ngoal: Again.\ncheck:\n  - diverged: maybe\n```");
        Path file = write(dir, broken);
        LessonFile.Read read = LessonFile.read(file);
        assertNull(read.lesson());
        List<String> said = read.errors().stream().map(InputError::getMessage).toList();
        assertEquals(4, said.size(), said.toString());
        assertTrue(said.get(0).startsWith(file + ":14:1: unknown key 'learnRate'"), said.get(0));
        assertTrue(said.get(1).startsWith(file + ":22:18: unknown gate 'xand'"), said.get(1));
        assertTrue(said.get(2).startsWith(file + ":23:5: unknown check 'loss-above'"), said.get(2));
        assertTrue(said.get(3).startsWith(file + ":34:15: expected true or false"), said.get(3));
        assertEquals(said, Lint.check(file).problems(), "lint lists them all too");
        assertEquals(said.get(0), assertThrows(InputError.class, () -> LessonFile.load(file)).getMessage(), "load throws the first");
    }
}
