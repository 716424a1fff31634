package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradlab.io.SpecialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each class of bad input the fuzz run found, as the one line and exit status it now gets. */
class HardeningTest {
    static final String NET = "inputs: 2\nseed: 3\nlayers:\n  - units: 4\n    activation: tanh\n  - units: 1\n    activation: sigmoid\n";
    final ObjectMapper json = new ObjectMapper();

    static Path net(Path dir, String text) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, text);
        return file;
    }

    static void assertRefused(String expectedLine, CliRun run) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(expectedLine + "\n", run.err());
        assertEquals("", run.out(), "nothing on stdout when the input is refused");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--epochs     | abc        | --epochs: 'abc' is not a whole number",
            "--batch      | 2.5        | --batch: '2.5' is not a whole number",
            "--l1         | Infinity   | --l1: 'Infinity' is not a finite number",
            "--l2         | 1e400      | --l2: '1e400' is not a finite number",
            "--l1         | NaN        | --l1: 'NaN' is not a finite number",
            "--l1         | -1         | --l1: must be at least 0, got -1",
            "--points     | -1         | --points: must be between 1 and 1000000, got -1",
            "--points     | 2147483647 | --points: must be between 1 and 1000000, got 2147483647",
            "--noise      | 2          | --noise: must be between 0 and 1, got 2",
            "--steps      | 0          | --steps: must be between 1 and 1000, got 0",
            "--validation | 0.99999999 | --validation: holding out 0.99999999 of 250 samples leaves none to train on",
            "--data       | sine       | --data: the data has 1 input column(s) but the network takes 2",
            "--lr         | x          | --lr: 'x' is not a number",
    })
    void everyBadOptionIsOneLineNamingIt(String option, String value, String expected, @TempDir Path dir) throws Exception {
        String data = option.equals("--data") ? value : "circle";
        CliRun run = option.equals("--data")
                ? CliRun.of("train", "--net", net(dir, NET).toString(), "--data", data)
                : CliRun.of("train", "--net", net(dir, NET).toString(), "--data", data, option, value);
        assertRefused(expected, run);
    }

    @Test
    void missingAndUnknownOptionsAreOneLineToo(@TempDir Path dir) throws Exception {
        assertRefused("--data: required (see 'gradlab train --help')", CliRun.of("train", "--net", net(dir, NET).toString()));
        assertRefused("--epochs: needs a value (see 'gradlab train --help')",
                CliRun.of("train", "--net", net(dir, NET).toString(), "--data", "circle", "--epochs"));
        assertRefused("--bogus: unknown option (see 'gradlab train --help')",
                CliRun.of("train", "--net", net(dir, NET).toString(), "--data", "circle", "--bogus"));
        assertRefused("--net: no file name given", CliRun.of("train", "--net", "", "--data", "circle"));
        assertRefused("--repeat: must be between 1 and 1000, got 2000000000", CliRun.of("bench", "--repeat", "2000000000"));
    }

    @Test
    void badSavePathsAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        String netFile = net(dir, NET).toString();
        assertRefused("--save: '" + dir + "' is a folder; give a file name",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--save", dir.toString()));
        assertRefused("--save: '" + netFile + "' is a file, not a folder",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--save", netFile + "/out.yaml"));
        assertRefused("--save: the folder '" + dir.resolve("new") + "' does not exist",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--save", dir.resolve("new/out.yaml").toString()));
        assertRefused("--save: no file name given", CliRun.of("train", "--net", netFile, "--data", "circle", "--save", ""));
        CliRun made = CliRun.of("train", "--net", netFile, "--data", "circle", "--epochs", "2", "--mkdirs", "--save",
                dir.resolve("new/out.yaml").toString());
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(Files.exists(dir.resolve("new/out.yaml")), "--mkdirs asks for the folder");
    }

    @Test
    void aLongRunKeepsABoundedHistoryAndSaysHowItWasThinned(@TempDir Path dir) throws Exception {
        int epochs = TrainCommand.HISTORY_CAPACITY + 10;
        CliRun run = CliRun.of("train", "--net", net(dir, NET).toString(), "--data", "xor-table", "--batch", "4",
                "--epochs", Integer.toString(epochs), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json.readTree(run.out());
        assertEquals(2, root.get("historyEvery").asInt());
        assertEquals(epochs / 2, root.get("history").size(), "history[i] is the loss after epoch 2(i + 1)");
        assertEquals(epochs, root.get("epochs").asInt());
        assertEquals(root.get("history").get(epochs / 2 - 1).asDouble(), root.get("loss").asDouble(), "the last epoch is even, so it is kept");
    }

    @Test
    void aShortRunStillHasOneHistoryEntryPerEpoch(@TempDir Path dir) throws Exception {
        JsonNode root = json.readTree(CliRun.of("train", "--net", net(dir, NET).toString(), "--data", "xor-table", "--epochs", "7", "--json").out());
        assertEquals(1, root.get("historyEvery").asInt());
        assertEquals(7, root.get("history").size());
    }

    @Test
    void overflowingValuesAreAnErrorNamingTheLayerNotInfinityInJson(@TempDir Path dir) throws Exception {
        Path net = net(dir, "inputs: 2\nlayers:\n  - units: 1\n    activation: relu\n    weights: [[1e300, 1e300]]\n"
                + "  - units: 1\n    activation: identity\n    weights: [[1e300]]\n");
        assertRefused(net + ": layer 2: z is not a finite number (the values overflow: the weights or the input are too large)",
                CliRun.of("forward", "--net", net.toString(), "--input", "1,1", "--json"));
        assertRefused(net + ": layer 2: z is not a finite number (the values overflow: the weights or the input are too large)",
                CliRun.of("backprop", "--net", net.toString(), "--input", "1,1", "--target", "1", "--json"));
    }

    @Test
    void crossEntropyAfterAStepOrReluOutputIsRefusedWhereItIsAsked(@TempDir Path dir) throws Exception {
        Path net = net(dir, "inputs: 2\nloss: binary-cross-entropy\nlayers:\n  - units: 1\n    activation: step\n");
        CliRun fromFile = CliRun.of("forward", "--net", net.toString(), "--input", "1,1");
        assertEquals(2, fromFile.exitCode());
        assertTrue(fromFile.err().startsWith(net + ":2:7: binary-cross-entropy needs outputs between 0 and 1"), fromFile.err());
        Path relu = net(dir, "inputs: 2\nlayers:\n  - units: 1\n    activation: relu\n");
        CliRun fromOption = CliRun.of("backprop", "--net", relu.toString(), "--input", "1,1", "--target", "1", "--loss", "binary-cross-entropy");
        assertEquals(2, fromOption.exitCode());
        assertTrue(fromOption.err().startsWith("--loss: binary-cross-entropy needs outputs between 0 and 1"), fromOption.err());
    }

    @Test
    void aCsvWithAByteOrderMarkReadsItsFirstColumnAsAnInput(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("xor.csv");
        Files.writeString(csv, "\uFEFFx1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        CliRun run = CliRun.of("train", "--net", net(dir, NET).toString(), "--data", csv.toString(), "--epochs", "1", "--json");
        assertEquals(0, run.exitCode(), "x1 is an input, so the two-input network fits: " + run.err());
    }

    @Test
    void aNetworkTooLargeToHoldIsRefusedAtItsUnits(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("inputs: 2\nlayers:\n");
        for (int l = 0; l < 12; l++) text.append("  - units: 10000\n    activation: relu\n");
        Path net = net(dir, text.toString());
        assertRefused(net + ":5:12: layers[1].units: with this layer the network has 100,040,000 weights and biases; at most 1,000,000 fit",
                CliRun.of("forward", "--net", net.toString(), "--input", "1,1"));
    }

    @Test
    void tooManySamplesForTheNetworkAreRefusedBeforeAllocating(@TempDir Path dir) throws Exception {
        String wide = "inputs: 2\nlayers:\n  - units: 5000\n    activation: relu\n  - units: 1\n    activation: sigmoid\n";
        CliRun run = CliRun.of("train", "--net", net(dir, wide).toString(), "--data", "circle", "--points", "1000000");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--points: 1,000,000 samples through 5,003 units"), run.err());
        assertEquals(1, run.err().strip().split("\n").length, run.err());
    }

    /** A NUL character cannot be in a file name: a located refusal, never "internal error: InvalidPathException". */
    @Test
    void aPathHoldingANulCharacterIsRefusedOnItsOption(@TempDir Path dir) throws Exception {
        String netFile = net(dir, NET).toString();
        assertRefused("--net: 'a\\u0000b.yaml' is not a file name: it holds a NUL character",
                CliRun.of("forward", "--net", "a\0b.yaml", "--input", "1,1"));
        assertRefused("--data: 'a\\u0000b.csv' is not a file name: it holds a NUL character",
                CliRun.of("train", "--net", netFile, "--data", "a\0b.csv"));
        assertRefused("--save: 'a\\u0000b' is not a file name: it holds a NUL character",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--save", "a\0b"));
        assertRefused("LESSON.md|DIR: 'a\\u0000b' is not a file name: it holds a NUL character", CliRun.of("lint", "a\0b"));
    }

    /** A name or value with a line break is quoted with the break escaped: every error is one line. */
    @Test
    void aLineBreakInANameOrValueStaysOnTheOneLine(@TempDir Path dir) throws Exception {
        String netFile = net(dir, NET).toString();
        assertRefused("--data: unknown data set 'circ\\nle' (expected circle | xor | gauss | spiral | xor-table | blobs | sine | steps"
                + " | symmetric-steps, or a .csv file)", CliRun.of("train", "--net", netFile, "--data", "circ\nle"));
        assertRefused("--data: unknown data set 'circ\\rle' (expected circle | xor | gauss | spiral | xor-table | blobs | sine | steps"
                + " | symmetric-steps, or a .csv file)", CliRun.of("train", "--net", netFile, "--data", "circ\rle"));
        assertRefused(dir.resolve("no\\nsuch.csv") + ":1:1: no such file",
                CliRun.of("train", "--net", netFile, "--data", dir.resolve("no\nsuch.csv").toString()));
        assertRefused("--optimizer: unknown optimizer 's\\ngd' (expected sgd | momentum | nesterov | adagrad | rmsprop | adam)",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--optimizer", "s\ngd"));
        assertRefused("--bo\\ngus: unknown option (see 'gradlab train --help')",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--bo\ngus"));
    }

    /** A device or a pipe given as a file is refused before it is opened: never read until memory runs out or forever. */
    @Test
    void aDeviceOrAPipeIsRefusedAsAnInputFile(@TempDir Path dir) throws Exception {
        String netFile = net(dir, NET).toString();
        Path fifoNet = SpecialFiles.fifo(dir, "pipe.yaml");
        Path fifoCsv = SpecialFiles.fifo(dir, "pipe.csv");
        Path lessons = Files.createDirectory(dir.resolve("lessons"));
        Path fifoLesson = SpecialFiles.fifo(lessons, "a.md");
        String notAFile = ":1:1: is not a regular file (a device, a pipe or a socket); only files are read";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertRefused("/dev/zero" + notAFile, CliRun.of("forward", "--net", SpecialFiles.devZero().toString(), "--input", "1,1"));
            assertRefused(fifoNet + notAFile, CliRun.of("backprop", "--net", fifoNet.toString(), "--input", "1,1", "--target", "1"));
            assertRefused(fifoCsv + notAFile, CliRun.of("train", "--net", netFile, "--data", fifoCsv.toString()));
            CliRun lint = CliRun.of("lint", lessons.toString());
            assertEquals(2, lint.exitCode(), lint.err());
            assertTrue(lint.err().contains(fifoLesson + notAFile), lint.err());
        });
    }

    /** Saving onto a device or a pipe would put a regular file in its place: refused before training, and it stays. */
    @Test
    void aSaveOntoADeviceOrAPipeIsRefused(@TempDir Path dir) throws Exception {
        String netFile = net(dir, NET).toString();
        Path fifo = SpecialFiles.fifo(dir, "out.yaml");
        assertRefused("--save: '" + fifo + "' is not a regular file (a device, a pipe or a socket); save to a file",
                CliRun.of("train", "--net", netFile, "--data", "circle", "--epochs", "1", "--save", fifo.toString()));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
    }
}
