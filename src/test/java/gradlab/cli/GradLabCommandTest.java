package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command line builds only the command it is asked for, and still knows them all for help and mistakes. */
class GradLabCommandTest {
    @Test
    void everyCommandIsKnownUnderItsOwnPicocliName() {
        assertEquals(List.of("forward", "backprop", "train", "bench", "surface", "slice", "lint", "audit", "help"),
                List.copyOf(GradLabCommand.commandLine().getSubcommands().keySet()));
        assertEquals(List.copyOf(GradLabCommand.commandNames()), List.copyOf(GradLabCommand.commandLine().getSubcommands().keySet()));
    }

    @Test
    void aNamedCommandIsBuiltAlone() {
        for (String name : GradLabCommand.commandNames()) {
            if (name.equals("help")) continue;
            assertEquals(Set.of(name), GradLabCommand.commandLine(name, "--help").getSubcommands().keySet(), name);
        }
    }

    @Test
    void helpAndUnknownWordsSeeEveryCommand() {
        assertEquals(9, GradLabCommand.commandLine("help", "slice").getSubcommands().size());
        CliRun run = CliRun.of("slise", "--net", "x.yaml");
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("slise: unknown command (expected forward, backprop, train, bench, surface, slice, lint, audit, help)"), run.err());
        CliRun help = CliRun.of("help", "slice");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--axes"), help.out());
    }

    @Test
    void aNamedCommandKeepsTheFiniteNumberRuleAndOneLineErrors() {
        CliRun run = CliRun.of("slice", "--net", "x.yaml", "--data", "xor-table", "--axes", "a,b", "--span", "NaN");
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("--span: 'NaN' is not a finite number", run.err().strip());
    }
}
