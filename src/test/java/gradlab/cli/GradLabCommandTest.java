package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line builds only the command it is asked for, and still knows them all for help and mistakes. */
class GradLabCommandTest {
    @Test
    void everyCommandIsKnownUnderItsOwnPicocliName() {
        assertEquals(List.of("forward", "backprop", "train", "bench", "surface", "slice", "lint", "audit", "export", "help"),
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
        assertEquals(10, GradLabCommand.commandLine("help", "slice").getSubcommands().size());
        CliRun run = CliRun.of("slise", "--net", "x.yaml");
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("slise: unknown command (expected forward, backprop, train, bench, surface, slice, lint, audit, export, help)"), run.err());
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

    /** The version in pom.xml: the project's own, the first {@code <version>} after its artifactId. */
    static String pomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>gradlab</artifactId>\\s*<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml names the project's version");
        return m.group(1);
    }

    @Test
    void everyCommandPrintsTheVersionOfThePom() throws Exception {
        String expected = "Gradient Lab " + pomVersion() + "\n";
        assertEquals(expected, CliRun.of("-V").out());
        assertEquals(expected, CliRun.of("--version").out());
        for (String name : GradLabCommand.commandNames()) {
            if (name.equals("help")) continue;
            CliRun run = CliRun.of(name, "--version");
            assertEquals(0, run.exitCode(), name);
            assertEquals(expected, run.out(), name + " --version");
        }
        JsonNode json = new ObjectMapper().readTree(CliRun.of("train", "-V", "--json").out());
        assertEquals("gradlab train", json.get("command").asText());
        assertEquals(pomVersion(), json.get("version").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--help --json            | gradlab",
            "train --help --json      | gradlab train",
            "lint -h --json           | gradlab lint",
            "help --json              | gradlab",
            "help slice --json        | gradlab slice",
    })
    void helpAskedAsJsonIsOneJsonObject(String line, String command) throws Exception {
        CliRun run = CliRun.of(line.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().strip().split("\n").length, "one line: " + run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(command, json.get("command").asText());
        assertEquals(pomVersion(), json.get("version").asText());
        assertTrue(json.get("usage").asText().startsWith("Usage: " + command), json.get("usage").asText());
        assertTrue(json.get("options").isArray() && json.get("parameters").isArray() && json.get("commands").isArray());
        if (command.equals("gradlab")) assertEquals(10, json.get("commands").size());
        if (command.equals("gradlab train")) {
            JsonNode epochs = null;
            for (JsonNode option : json.get("options")) if (option.get("names").get(0).asText().equals("--epochs")) epochs = option;
            assertEquals("E", epochs.get("value").asText());
            assertEquals("100", epochs.get("default").asText());
            assertEquals("epochs (default 100)", epochs.get("description").asText());
        }
        if (command.equals("gradlab lint")) assertEquals("LESSON.md|DIR", json.get("parameters").get(0).get("value").asText());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "=>", value = {
            "train --net n.yaml --data circle --epochs 1 --epochs 2   => --epochs: given twice",
            "train --net n.yaml --net m.yaml --data circle            => --net: given twice",
            "forward --net n.yaml --input 1 --json --json             => --json: given twice",
            "train --net n.yaml --data circle --epochs --json         => --epochs: needs a value before --json (see 'gradlab train --help')",
            "train --net n.yaml --data circle --json=yes              => --json: takes no value, got 'yes'",
            "lint                                                     => lint: missing LESSON.md|DIR (a lesson file or a folder of them) (see 'gradlab lint --help')",
            "lint --json                                              => lint: missing LESSON.md|DIR (a lesson file or a folder of them) (see 'gradlab lint --help')",
            "help nosuch                                              => nosuch: unknown command (expected forward, backprop, train, bench, surface, slice, lint, audit, export, help)",
    })
    void picocliErrorsAreWordedOurWayOnTheOption(String line, String expected) {
        CliRun run = CliRun.of(line.trim().split("\\s+"));
        assertEquals(GradLabCommand.BAD_INPUT, run.exitCode(), run.err());
        assertEquals(expected + "\n", run.err());
        assertEquals("", run.out());
    }

    /** Every option of every command given twice, without its value, and (a flag) with one: our words, on the option. */
    @Test
    void noPicocliWordingReachesTheUserForAnyOption() {
        List<String> leaks = new ArrayList<>();
        for (String name : GradLabCommand.commandNames()) {
            if (name.equals("help")) continue;
            CommandLine command = GradLabCommand.commandLine(name).getSubcommands().get(name);
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                String o = option.longestName();
                List<String[]> lines = new ArrayList<>();
                if (!option.isMultiValue()) lines.add(new String[] {name, o, "1", o, "2"});   // a repeatable option may be given twice
                if (!option.typeInfo().isBoolean()) lines.add(new String[] {name, o});
                if (!option.typeInfo().isBoolean()) lines.add(new String[] {name, o, "--help"});
                if (option.typeInfo().isBoolean()) lines.add(new String[] {name, o + "=maybe"});
                for (String[] args : lines) {
                    CliRun run = CliRun.of(args);
                    String err = run.err();
                    if (run.exitCode() != 2 || !err.startsWith(o + ": ") || err.strip().contains("\n")
                            || err.matches("(?s).*(should be specified|Missing required|Expected parameter|Invalid value|is not a boolean).*")) {
                        leaks.add(String.join(" ", args) + " -> exit " + run.exitCode() + ": " + err.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
