package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.explain.GradientNorms;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.lab.BenchmarkTask;
import gradlab.nn.NetworkFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {
    static final String NET = "inputs: 2\nseed: 3\nlayers:\n  - units: 4\n    activation: tanh\n  - units: 1\n    activation: sigmoid\n";
    final ObjectMapper json = new ObjectMapper();

    Path net(Path dir) throws Exception {
        Path file = dir.resolve("net.yaml");
        Files.writeString(file, NET);
        return file;
    }

    @Test
    void trainJsonIsOneObjectWithOneHistoryEntryPerEpoch(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--net", net(dir).toString(), "--data", "xor-table", "--loss", "binary-cross-entropy",
                "--optimizer", "adam", "--lr", "0.05", "--batch", "4", "--epochs", "300", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "no progress bar with --json");
        JsonNode root = json.readTree(run.out());
        assertEquals(300, root.get("history").size());
        assertEquals(root.get("history").get(299).asDouble(), root.get("loss").asDouble());
        assertTrue(root.get("loss").asDouble() < 0.1, run.out());
        assertTrue(root.get("seconds").asDouble() >= 0);
        assertEquals(2, root.get("net").get("layers").size());
        assertEquals(4, root.get("net").get("layers").get(0).get("weights").size());
        assertEquals("finished", root.get("status").asText());
    }

    @Test
    void noShuffleRunsAreIdentical_andSaveWritesTheTrainedNetwork(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("trained.yaml");
        String[] args = {"train", "--net", net(dir).toString(), "--data", "circle", "--points", "100", "--batch", "100",
                "--no-shuffle", "--epochs", "20", "--json", "--save", out.toString()};
        JsonNode a = json.readTree(CliRun.of(args).out()), b = json.readTree(CliRun.of(args).out());
        assertEquals(a.get("history"), b.get("history"));
        assertEquals(a.get("net"), b.get("net"));
        assertEquals(a.get("net").get("layers").get(0).get("weights").get(0).get(0).asDouble(),
                NetworkFile.load(out).get("layers.0.weights[0,0]"));
    }

    @Test
    void aHugeLearningRateReportsDivergenceInsteadOfNaN(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--net", net(dir).toString(), "--data", "xor-table", "--loss", "binary-cross-entropy",
                "--lr", "100", "--batch", "4", "--epochs", "500", "--json");
        JsonNode root = json.readTree(run.out());
        assertEquals("diverged", root.get("status").asText(), run.out());
        assertTrue(root.get("message").asText().contains("learning rate too large?"));
        assertTrue(!run.out().contains("NaN"), run.out());
    }

    @Test
    void withoutJsonItPrintsASummary(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--net", net(dir).toString(), "--data", "xor", "--epochs", "5");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("finished after 5 epoch(s)"), run.out());
        assertTrue(run.out().contains("training accuracy"));
        assertTrue(run.err().contains("epoch 5/5"), "progress bar: " + run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown optimizer | --optimizer  | lbfgs  | --optimizer: unknown optimizer 'lbfgs'
            unknown data set  | --data       | moons  | --data: unknown data set 'moons'
            negative rate     | --lr         | -0.1   | --lr: must be a positive number
            batch zero        | --batch      | 0      | --batch: must be at least 1
            """)
    void badOptionsExitTwoNamingTheOption(String what, String option, String value, String expected, @TempDir Path dir) throws Exception {
        String data = option.equals("--data") ? value : "xor";
        CliRun run = option.equals("--data")
                ? CliRun.of("train", "--net", net(dir).toString(), "--data", data)
                : CliRun.of("train", "--net", net(dir).toString(), "--data", data, option, value);
        assertEquals(2, run.exitCode(), what);
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith(expected), what + ": " + run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ragged row          | 'x1,x2,label\n0,0,0\n1,1\n'       | :3:1: expected 3 values
            non-number          | 'x1,x2,label\n0,zero,0\n'         | :2:3: 'zero' in column x2 is not a number
            columns do not fit  | 'x1,x2,x3,label\n0,0,0,1\n'       | :1:1: the data has 3 input column(s) but the network takes 2
            """)
    void badCsvExitsTwoWithFileLineColumn(String what, String text, String expected, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, text.replace("\\n", "\n"));
        CliRun run = CliRun.of("train", "--net", net(dir).toString(), "--data", csv.toString());
        assertEquals(2, run.exitCode(), what);
        assertTrue(run.err().strip().startsWith(csv + expected), what + ": " + run.err());
    }

    @Test
    void benchPrintsMillisecondsPerEpoch() throws Exception {
        CliRun run = CliRun.of("bench", "--task", "B1", "--repeat", "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode b1 = json.readTree(run.out()).get("B1");
        assertTrue(b1.get("msPerEpoch").asDouble() > 0);
        assertTrue(b1.get("cpuMsPerEpoch").asDouble() > 0, "the training thread's CPU time beside the wall clock");
        assertEquals(1000, b1.get("epochs").asInt());
        assertEquals(BenchmarkTask.B1.productFlopsPerEpoch(), b1.get("productFlopsPerEpoch").asLong());
        assertEquals(b1.get("productFlopsPerEpoch").asDouble() / b1.get("msPerEpoch").asDouble() / 1e6, b1.get("gflops").asDouble(), 1e-9,
                "GFLOP/s beside ms/epoch: the products' operations over the epoch's time");
    }

    @Test
    void gradientNormsHaveOneEntryAtTheStartAndOneAfterEachEpoch(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--net", net(dir).toString(), "--data", "xor-table", "--epochs", "5", "--gradient-norms", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode norms = json.readTree(run.out()).get("gradientNorms");
        assertEquals(6, norms.size());
        assertEquals(2, norms.get(0).get("weights").size(), "one norm per layer");
        assertEquals(2, norms.get(0).get("biases").size());
        Network start = NetworkFile.load(net(dir));
        Dataset xor = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 3));
        var expected = new GradientNorms(start, xor, Loss.QUADRATIC).measure(start);
        assertEquals(expected.biases()[0], norms.get(0).get("biases").get(0).asDouble(), 1e-15, "the first entry is at the starting weights");
    }

    /** Early stopping saves the best epoch's weights; the JSON reports their losses and says which epoch that was. */
    @Test
    void earlyStoppingReportsTheWeightsItKeepsAndSaves(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wide.yaml"), out = dir.resolve("kept.yaml");
        Files.writeString(file, "inputs: 2\nseed: 1\nlayers:\n  - units: 30\n    activation: tanh\n  - units: 1\n    activation: sigmoid\n");
        CliRun run = CliRun.of("train", "--net", file.toString(), "--data", "gauss", "--points", "60", "--noise", "0.5", "--seed", "1",
                "--validation", "0.5", "--optimizer", "adam", "--lr", "0.05", "--batch", "5", "--patience", "5", "--epochs", "2000",
                "--json", "--save", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json.readTree(run.out());
        assertEquals("stopped-early", root.get("status").asText(), run.out());
        int epochs = root.get("epochs").asInt(), kept = root.get("keptEpoch").asInt();
        assertEquals(epochs - 5, kept, "patience 5: the weights of five epochs before the last are kept");
        assertEquals(root.get("history").get(kept - 1).asDouble(), root.get("loss").asDouble(), "the kept epoch's training loss");
        assertTrue(root.get("history").get(epochs - 1).asDouble() != root.get("loss").asDouble(), "not the last epoch's");
        assertTrue(root.get("message").asText().endsWith(String.format(Locale.ROOT, "(validation loss %.4g)",
                root.get("validationLoss").asDouble())), root.get("message").asText());
        assertEquals(root.get("net").get("layers").get(0).get("weights").get(0).get(0).asDouble(),
                NetworkFile.load(out).get("layers.0.weights[0,0]"), "the saved network is the one reported");
    }

    @Test
    void aRunThatDoesNotStopEarlyHasNoKeptEpoch(@TempDir Path dir) throws Exception {
        JsonNode root = json.readTree(CliRun.of("train", "--net", net(dir).toString(), "--data", "xor-table", "--epochs", "3", "--json").out());
        assertEquals(3, root.get("epochs").asInt());
        assertTrue(root.get("keptEpoch") == null, "the network holds the last epoch's weights");
    }
}
