package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `forward` without picocli answers exactly as with it; anything but its plain form is left to picocli. */
class QuickCommandTest {
    private static Path net(Path dir) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, "inputs: 2\nseed: 1\nlayers:\n  - {units: 4, activation: tanh}\n  - {units: 1, activation: sigmoid}\n");
        return file;
    }

    private static CliRun quick(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = QuickCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void thePlainFormsAnswerAsPicocliDoes(@TempDir Path dir) throws Exception {
        String file = net(dir).toString();
        String[][] forms = {
            {"forward", "--net", file, "--input", "0.5,2", "--json"},
            {"forward", "--json", "--input=0.5,2", "--net=" + file},
            {"forward", "--net", file, "--input", "0.5,2"},
            {"forward", "--net", file, "--input", "1,2,3", "--json"},                  // bad input: one line, exit 2
            {"forward", "--net", dir.resolve("missing.yaml").toString(), "--input", "1,2"},
            {"forward", "--net", file, "--input", "1,x"},
        };
        for (String[] args : forms) {
            CliRun picocli = CliRun.of(args), quick = quick(args);
            String what = String.join(" ", args);
            assertEquals(picocli.exitCode(), quick.exitCode(), what);
            assertEquals(picocli.out(), quick.out(), what);
            assertEquals(picocli.err(), quick.err(), what);
        }
        assertEquals(0, quick("forward", "--net", file, "--input", "0.5,2").exitCode());
        assertEquals(2, quick("forward", "--net", file, "--input", "1,2,3").exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "backprop --net N --input 1,2 --target 1",
        "forward --net N --input 1,2 --json --json",
        "forward --net N --net N --input 1,2",
        "forward --net N --input -1,2",
        "forward --net N --input 1,2 --help",
        "forward --net N --input 1,2 -V",
        "forward --net N --input",
        "forward --net N --input 1,2 extra",
        "forward --net= --input 1,2",
        "forward --net N --input 1,2 --json=true",
        "forward --input 1,2 --json",
    })
    void everythingElseIsLeftToPicocli(String line) {
        assertEquals(QuickCommand.NOT_QUICK, quick(line.split(" ")).exitCode(), line);
    }

    /** The quick path names no picocli type: a whole process of `forward` loads none of its 175 classes (measured with -Xlog:class+load). */
    @Test
    void theQuickPathReachesNoPicocli() throws Exception {
        for (String file : new String[] {"src/main/java/gradlab/cli/QuickCommand.java", "src/main/java/gradlab/Main.java"}) {
            String source = Files.readString(Path.of(file));
            assertTrue(!source.contains("import picocli") && !source.contains("picocli.CommandLine"), file + " names picocli");
        }
    }
}
