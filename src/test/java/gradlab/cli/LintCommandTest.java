package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} (SPEC §7) on the command line: one located line per problem, exit 2; {@code --json} the spec's shape. */
class LintCommandTest {
    static final String LESSON = """
            ---
            title: Momentum
            ---
            ## The ravine
            ```lab
            surface: ravine
            start: [-4, 1]
            optimizer: sgd
            learningRate: 0.099
            ```
            ```task
            goal: Get within 0.001 of the minimum in at most 30 steps.
            check:
              - surface: {reach: [0, 0], within: 0.001, steps-at-most: 30}
            solution:
              settings: {optimizer: momentum, learningRate: 0.1, momentum: 0.3}
            wrong:
              - settings: {optimizer: momentum, learningRate: 0.1, momentum: 0.3}
                because: Copied from the solution by mistake.
            ```
            """;

    @Test
    void aWrongApproachThatCompletesTheTaskIsOneLocatedLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ravine.md");
        Files.writeString(file, LESSON);
        CliRun run = CliRun.of("lint", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(file + ":18:5: wrong approach completes the task: Copied from the solution by mistake.\n", run.err());

        CliRun json = CliRun.of("lint", file.toString(), "--json");
        assertEquals(2, json.exitCode());
        JsonNode lesson = new ObjectMapper().readTree(json.out()).get("lessons").get(0);
        assertEquals(file.toString(), lesson.get("file").asText());
        assertEquals("Momentum", lesson.get("title").asText());
        assertEquals(1, lesson.get("steps").asInt());
        assertEquals(1, lesson.get("tasks").asInt());
        assertEquals(file + ":18:5: wrong approach completes the task: Copied from the solution by mistake.", lesson.get("problems").get(0).asText());
    }

    @Test
    void theCourseLintsClean() {
        CliRun run = CliRun.of("lint", "lessons");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("0 problem(s)\n"), run.out());
    }
}
