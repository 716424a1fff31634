package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.io.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code wrong:} approaches (SPEC §7): read with located errors, applied by lint, recognised in the student's state. */
class WrongApproachesTest {
    /** SPEC §7's example: momentum on the ravine, with plain SGD at its best rate as the wrong approach. */
    static final String RAVINE = """
            ---
            title: Momentum
            ---
            ## The ravine
            ```lab
            surface: ravine
            start: [-4, 1]
            optimizer: sgd
            learningRate: 0.099
            show: [surface]
            ```
            ```task
            goal: From (-4, 1) on the ravine, get within 0.001 of the minimum in at most 30 steps.
            check:
              - surface: {reach: [0, 0], within: 0.001, steps-at-most: 30}
            solution:
              settings: {optimizer: momentum, learningRate: 0.1, momentum: 0.3}
            wrong:
              - settings: {optimizer: sgd, learningRate: 0.09}
                because: Plain descent at its best rate still ends 0.01 away; the steep direction caps the rate.
            ```
            """;

    static Path write(Path dir, String text) throws Exception {
        Path file = dir.resolve("lesson.md");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aWrongApproachIsASolutionWithBecauseAndItsPosition(@TempDir Path dir) throws Exception {
        Lesson lesson = LessonFile.load(write(dir, RAVINE));
        List<Lesson.Wrong> wrongs = lesson.steps().get(0).task().wrongs();
        assertEquals(1, wrongs.size());
        Lesson.Wrong wrong = wrongs.get(0);
        assertEquals(19, wrong.line());
        assertEquals(5, wrong.column());
        assertEquals("Plain descent at its best rate still ends 0.01 away; the steep direction caps the rate.", wrong.because());
        assertEquals(List.of("optimizer", "learningRate"), List.copyOf(wrong.approach().settings().keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no because       | '    because: Plain descent'  | '    why: Plain descent'          | :20:5: unknown key 'why'",
            "an unknown key   | '  - settings: {optimizer: sgd, learningRate: 0.09}' | '  - setings: {optimizer: sgd}' | :19:5: unknown key 'setings'",
            "an unknown value | 'optimizer: sgd, learningRate: 0.09}' | 'optimizer: sdg}'  | :19:27: optimizer: unknown optimizer 'sdg'",
            "not a list       | '  - settings: {optimizer: sgd, learningRate: 0.09}' | '  settings: {optimizer: sgd}' | :19:3: 'wrong' is a list of approaches",
    })
    void aMalformedWrongApproachIsLocatedInTheMarkdownFile(String what, String from, String to, String expected, @TempDir Path dir) throws Exception {
        String text = RAVINE.replace(from, to);
        if (what.equals("not a list")) text = text.replace("    because: Plain", "  because: Plain");
        Path file = write(dir, text);
        InputError e = assertThrows(InputError.class, () -> LessonFile.load(file));
        assertTrue(e.getMessage().startsWith(file + expected), what + ": " + e.getMessage());
    }

    @Test
    void aWrongApproachWithoutBecauseOrWithoutAnApproachIsRefusedAtTheItem(@TempDir Path dir) throws Exception {
        Path noBecause = write(dir, RAVINE.replace("    because: Plain descent at its best rate still ends 0.01 away; the steep direction caps the rate.\n", ""));
        assertEquals(noBecause + ":19:5: a wrong approach needs 'because: …', the sentence the student reads",
                assertThrows(InputError.class, () -> LessonFile.load(noBecause)).getMessage());
        Path onlyBecause = write(dir, RAVINE.replace("  - settings: {optimizer: sgd, learningRate: 0.09}\n    because", "  - because"));
        assertTrue(assertThrows(InputError.class, () -> LessonFile.load(onlyBecause)).getMessage()
                .startsWith(onlyBecause + ":19:5: a wrong approach needs what the student does"));
    }

    @Test
    void lintPassesSpecsExampleAndNamesAWrongApproachThatCompletesTheTaskAtItsItem(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), Lint.check(write(dir, RAVINE)).problems());
        Path file = write(dir, RAVINE.replace("  - settings: {optimizer: sgd, learningRate: 0.09}",
                "  - settings: {optimizer: sgd, learningRate: 0.09}\n    because: Too slow.\n  - settings: {optimizer: momentum, learningRate: 0.1, momentum: 0.3}"));
        assertEquals(List.of(file + ":21:5: wrong approach completes the task: Plain descent at its best rate still ends 0.01 away; the steep direction caps the rate."),
                Lint.check(file).problems());
    }

    @Test
    void lintWantsAWrongApproachWhereTheCheckMustBeShownToDiscriminate(@TempDir Path dir) throws Exception {
        Path file = write(dir, RAVINE.substring(0, RAVINE.indexOf("wrong:")) + "```\n");
        assertEquals(List.of(file + ":12:1: no wrong approach shows that the check discriminates"), Lint.check(file).problems());
        Path setting = write(dir, """
                ---
                title: Settings
                ---
                ## Batch
                ```task
                goal: Online learning.
                check:
                  - setting: {name: batch, equals: 1}
                solution:
                  settings: {batch: 1}
                ```
                ## Answer
                ```task
                goal: Two and two.
                check:
                  - answer: {expect: 4, tolerance: 0.01}
                solution:
                  answer: 4
                ```
                ## Choice
                ```task
                goal: Pick.
                check:
                  - choice: {options: [a, b, c], correct: 2}
                solution:
                  choice: 2
                ```
                """);
        assertEquals(List.of(setting + ":5:1: no wrong approach shows that the check discriminates"), Lint.check(setting).problems(),
                "an answer or a choice is tested against the other values, without a wrong approach");
    }

    @Test
    void theStudentsStateMatchesAWrongApproachBySettingsParametersAnswerAndChoice(@TempDir Path dir) throws Exception {
        Lesson lesson = LessonFile.load(write(dir, RAVINE));
        Lesson.Task task = lesson.steps().get(0).task();
        HeadlessLab lab = HeadlessLab.atStep(lesson, 0);
        assertEquals(Optional.empty(), WrongApproaches.matching(task, lab), "the step's start (η 0.099) is not the wrong approach");
        lab.applySolution(task.wrongs().get(0).approach());
        assertEquals(Optional.of(task.wrongs().get(0)), WrongApproaches.matching(task, lab));

        Lesson.Task numbers = new Lesson.Task(1, "goal", List.of(new Check.Answer(0.25, 0.01)), List.of(), null, List.of());
        Lesson.Solution typed = new Lesson.Solution(Map.of(), Map.of(), 0, 0.5, null);
        HeadlessLab answered = HeadlessLab.atStep(lesson, 0);
        answered.applySolution(typed.withAnswer(0.505));
        assertTrue(WrongApproaches.matches(typed, numbers, answered), "an answer within the task's tolerance of the wrong one");
        answered.applySolution(typed.withAnswer(0.52));
        assertFalse(WrongApproaches.matches(typed, numbers, answered));

        Lesson.Solution chose = new Lesson.Solution(Map.of(), Map.of(), 0, null, 1);
        answered.applySolution(chose);
        assertTrue(WrongApproaches.matches(chose, numbers, answered));
        answered.applySolution(chose.withChoice(2));
        assertFalse(WrongApproaches.matches(chose, numbers, answered));

        String name = "layers.0.biases[0]";
        HeadlessLab net = HeadlessLab.atStep(lesson, 0);
        Lesson.Solution bias = new Lesson.Solution(Map.of(name, 0.3), Map.of(), 0, null, null);
        net.network().set(name, 0.3 + 5e-10);
        assertTrue(WrongApproaches.matches(bias, numbers, net), "parameters match within 1e-9");
        net.network().set(name, 0.3 + 5e-9);
        assertFalse(WrongApproaches.matches(bias, numbers, net));

        Lesson.Solution trainOnly = new Lesson.Solution(Map.of(), Map.of(), 10, null, null);
        assertFalse(WrongApproaches.matches(trainOnly, numbers, net), "training alone is no state to recognise");
    }
}
