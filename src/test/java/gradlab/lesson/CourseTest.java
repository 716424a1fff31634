package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled course passes lint: every task fails at its start and holds after its solution. */
class CourseTest {
    @Test
    void theCourseLintsCleanWithAtLeastTwelveLessonsAndThirtyTasks() throws Exception {
        List<Path> files = Lint.lessonFiles(Path.of("lessons"));
        int tasks = 0;
        StringBuilder problems = new StringBuilder();
        for (Path file : files) {
            Lint.Report report = Lint.check(file);
            tasks += report.tasks();
            report.problems().forEach(p -> problems.append(p).append('\n'));
        }
        assertEquals("", problems.toString());
        assertTrue(files.size() >= 12, files.size() + " lessons");
        assertTrue(tasks >= 30, tasks + " tasks");
    }

    @Test
    void lintFindsATaskThatIsAlreadyDoneOrThatItsSolutionDoesNotDo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String lesson = """
                ---
                title: Broken on purpose
                ---
                ## Step
                ```lab
                surface: parabola
                learningRate: 0.2
                ```
                ```task
                goal: Already done.
                check:
                  - setting: {name: learningRate, between: [0.1, 0.3]}
                solution:
                  settings: {learningRate: 0.2}
                wrong:
                  - settings: {learningRate: 0.5}
                    because: Too big.
                ```
                ## Another
                ```task
                goal: Not done by its solution.
                check:
                  - surface: {reach: [2], within: 0.01, steps-at-most: 3}
                solution:
                  settings: {learningRate: 0.01}
                wrong:
                  - settings: {learningRate: 0.001}
                    because: Too small.
                ```
                """;
        Path file = dir.resolve("broken.md");
        Files.writeString(file, lesson);
        Lint.Report report = Lint.check(file);
        assertEquals(2, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith(file + ":9:1: step 1 'Step': the task already holds"));
        assertTrue(report.problems().get(1).startsWith(file + ":20:1: step 2 'Another': the solution does not do the task"));
    }
}
