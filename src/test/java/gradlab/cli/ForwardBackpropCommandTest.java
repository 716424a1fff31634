package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForwardBackpropCommandTest {
    static final Path XOR = Path.of("lessons/networks/xor-by-hand.yaml");
    static final Path NET_232 = Path.of("lessons/networks/backprop-2-3-2.yaml");
    final ObjectMapper json = new ObjectMapper();

    @Test
    void forwardJsonIsOneObjectWithOutputAndEveryLayersZAndA() throws Exception {
        CliRun run = CliRun.of("forward", "--net", XOR.toString(), "--input", "0,1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json.readTree(run.out());
        assertEquals(1, run.out().strip().lines().count(), "one JSON object on one line");
        assertEquals(1.0, root.get("output").get(0).asDouble());
        assertEquals(0.5, root.get("layers").get(0).get("z").get(0).asDouble());     // 0 + 1 − 0.5
        assertEquals(0.5, root.get("layers").get(0).get("z").get(1).asDouble());     // −0 − 1 + 1.5
        assertEquals(0.5, root.get("layers").get(1).get("z").get(0).asDouble());     // 1 + 1 − 1.5
        assertEquals(2, root.get("layers").size());
    }

    @ParameterizedTest(name = "XOR({0},{1}) = {2}")
    @CsvSource({"0,0,0", "0,1,1", "1,0,1", "1,1,0"})
    void theXorNetworkComputesXor(int x1, int x2, int expected) throws Exception {
        CliRun run = CliRun.of("forward", "--net", XOR.toString(), "--input", x1 + "," + x2, "--json");
        assertEquals(expected, json.readTree(run.out()).get("output").get(0).asDouble());
    }

    @Test
    void backpropOnTheXorNetworkHasZeroGradientsBecauseStepHasDerivativeZero() throws Exception {
        JsonNode root = json.readTree(CliRun.of("backprop", "--net", XOR.toString(), "--input", "1,1", "--target", "1", "--json").out());
        assertEquals(0.5, root.get("loss").asDouble(), 1e-12, "½ (0 − 1)²");
        for (JsonNode layer : root.get("layers")) {
            for (JsonNode d : layer.get("delta")) assertEquals(0.0, d.asDouble());
            for (JsonNode row : layer.get("dW")) for (JsonNode d : row) assertEquals(0.0, d.asDouble());
            for (JsonNode d : layer.get("db")) assertEquals(0.0, d.asDouble());
        }
    }

    /** Hand derivation of notes 003 for the 2-3-2 example file: every number to 1e-12. */
    @Test
    void backpropJsonOnThe232NetworkMatchesTheHandDerivation() throws Exception {
        double[] x = {0.5, -1.0}, t = {1, 0};
        double[][] w = {{0.1, 0.4}, {-0.2, 0.3}, {0.5, -0.6}};
        double[] b1 = {0.1, 0.0, -0.1};
        double[][] u = {{0.7, -0.3, 0.2}, {-0.5, 0.6, 0.1}};
        double[] b2 = {0.05, -0.05};
        double[] z1 = new double[3], h = new double[3], z2 = new double[2], y = new double[2];
        for (int j = 0; j < 3; j++) { z1[j] = w[j][0] * x[0] + w[j][1] * x[1] + b1[j]; h[j] = 1 / (1 + Math.exp(-z1[j])); }
        for (int k = 0; k < 2; k++) { z2[k] = u[k][0] * h[0] + u[k][1] * h[1] + u[k][2] * h[2] + b2[k]; y[k] = 1 / (1 + Math.exp(-z2[k])); }
        double[] d2 = new double[2], d1 = new double[3];
        for (int k = 0; k < 2; k++) d2[k] = (y[k] - t[k]) * y[k] * (1 - y[k]);
        for (int j = 0; j < 3; j++) d1[j] = (d2[0] * u[0][j] + d2[1] * u[1][j]) * h[j] * (1 - h[j]);

        CliRun run = CliRun.of("backprop", "--net", NET_232.toString(), "--input", "0.5,-1", "--target", "1,0", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json.readTree(run.out());
        JsonNode l1 = root.get("layers").get(0), l2 = root.get("layers").get(1);
        for (int j = 0; j < 3; j++) {
            assertEquals(z1[j], l1.get("z").get(j).asDouble(), 1e-12);
            assertEquals(h[j], l1.get("a").get(j).asDouble(), 1e-12);
            assertEquals(d1[j], l1.get("delta").get(j).asDouble(), 1e-12);
            assertEquals(d1[j], l1.get("db").get(j).asDouble(), 1e-12);
            for (int i = 0; i < 2; i++) assertEquals(d1[j] * x[i], l1.get("dW").get(j).get(i).asDouble(), 1e-12);
        }
        for (int k = 0; k < 2; k++) {
            assertEquals(z2[k], l2.get("z").get(k).asDouble(), 1e-12);
            assertEquals(y[k], root.get("output").get(k).asDouble(), 1e-12);
            assertEquals(d2[k], l2.get("delta").get(k).asDouble(), 1e-12);
            for (int j = 0; j < 3; j++) assertEquals(d2[k] * h[j], l2.get("dW").get(k).get(j).asDouble(), 1e-12);
        }
        double loss = 0.5 * ((y[0] - 1) * (y[0] - 1) + y[1] * y[1]);
        assertEquals(loss, root.get("loss").asDouble(), 1e-12);
    }

    @Test
    void withoutJsonTheTableShowsZAAndDeltaPerUnit() {
        CliRun run = CliRun.of("backprop", "--net", NET_232.toString(), "--input", "0.5,-1", "--target", "1,0");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("layer 1: 3 unit(s), sigmoid"), run.out());
        assertTrue(run.out().contains("δ=∂C/∂z"));
        assertTrue(run.out().contains("loss (quadratic):"));
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("forward") && run.out().contains("backprop"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            YAML error        | 'inputs: 2\nlayers: [\n'                                                    | 3:1: YAML syntax
            unknown key       | 'inputs: 2\ncolour: red\nlayers: []\n'                                     | 2:1: unknown key 'colour'
            wrong shape       | 'inputs: 2\nlayers:\n  - units: 2\n    activation: step\n    weights: [[1, 1]]\n' | 5:14: layers[0].weights: expected 2 rows
            non-number        | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    biases: [one]\n' | 5:14: expected a number
            NaN               | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    biases: [NaN]\n' | 5:14: 'NaN' is not a finite number
            infinity          | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    biases: [.inf]\n' | 5:14: '.inf' is not a finite number
            """)
    void aBrokenNetworkFileExitsTwoWithOneLocatedLine(String what, String text, String expected, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, text.replace("\\n", "\n"));
        CliRun run = CliRun.of("backprop", "--net", file.toString(), "--input", "0,1", "--target", "1", "--json");
        assertEquals(2, run.exitCode(), what);
        assertEquals("", run.out(), "nothing on stdout");
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().strip().startsWith(file + ":" + expected), what + ": " + run.err());
    }

    @Test
    void aMissingFileExitsTwo(@TempDir Path dir) {
        CliRun run = CliRun.of("forward", "--net", dir.resolve("nope.yaml").toString(), "--input", "0,1");
        assertEquals(2, run.exitCode());
        assertEquals(dir.resolve("nope.yaml") + ":1:1: no such file", run.err().strip());
    }

    @Test
    void badOptionValuesExitTwoNamingTheOption() {
        CliRun wrongCount = CliRun.of("forward", "--net", XOR.toString(), "--input", "0,1,1");
        assertEquals(2, wrongCount.exitCode());
        assertTrue(wrongCount.err().startsWith("--input: the network takes 2 input value(s), got 3"), wrongCount.err());
        CliRun notANumber = CliRun.of("forward", "--net", XOR.toString(), "--input", "0,x");
        assertTrue(notANumber.err().startsWith("--input: 'x' is not a number"), notANumber.err());
        CliRun badLoss = CliRun.of("backprop", "--net", XOR.toString(), "--input", "0,1", "--target", "1", "--loss", "hinge");
        assertEquals(2, badLoss.exitCode());
        assertTrue(badLoss.err().startsWith("--loss: unknown loss 'hinge'"), badLoss.err());
        assertEquals(2, CliRun.of("forward", "--input", "0,1").exitCode(), "missing --net");
    }

    /** forward and backprop write their JSON directly: a whole process of them loads no Jackson (issue 19). */
    @Test
    void forwardAndBackpropWriteTheirJsonWithoutJackson() throws Exception {
        for (String name : new String[] {"ForwardCommand", "BackpropCommand", "SampleOptions", "Options", "Tables", "JsonText", "GradLabCommand",
                "HelpJson", "Version"}) {
            String source = Files.readString(Path.of("src/main/java/gradlab/cli/" + name + ".java"));
            assertTrue(!source.contains("fasterxml") && !source.matches("(?s).*\\bJson\\.[a-zA-Z]+.*"), name + " reaches Jackson");
        }
        CliRun run = CliRun.of("backprop", "--net", NET_232.toString(), "--input", "0.5,-1", "--target", "1,0", "--json");
        JsonNode root = json.readTree(run.out());
        assertEquals(json.writeValueAsString(root), run.out().strip(), "the same text Jackson writes for the same numbers");
    }
}
