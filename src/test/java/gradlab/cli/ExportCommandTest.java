package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code export}: the numpy script reproduces {@code train}'s loss history (to 1e-9 over the first 10
 * epochs), and the PyTorch and Keras scripts build the same experiment from their framework's API.
 */
class ExportCommandTest {
    static final String XOR = "lessons/networks/xor-2-4-1.yaml";
    /** Every activation but softmax, named features, and a sigmoid output for binary cross-entropy. */
    static final String EVERY_ACTIVATION = """
            inputs: [x1, x2, x1^2, x1*x2, sin(x1), cos(x2)]
            seed: 5
            layers:
              - {units: 5, activation: leaky-relu}
              - {units: 4, activation: relu}
              - {units: 4, activation: tanh}
              - {units: 3, activation: identity}
              - {units: 1, activation: sigmoid}
            """;
    static final String STEP_OUTPUT = """
            inputs: 2
            layers:
              - units: 2
                activation: sigmoid
                weights: [[1.5, -2], [0.25, 3]]
                biases: [0.1, -0.2]
              - units: 1
                activation: step
                weights: [[1, -1]]
                biases: [0.5]
            """;

    /** A python3 that has numpy: the one on the PATH, else Debian's (a pyenv shim may lack it, or the other way round). */
    static synchronized String pythonWithNumpy() {
        if (python == null) python = findPythonWithNumpy();
        return python.isEmpty() ? null : python;
    }

    private static String python;

    private static String findPythonWithNumpy() {
        for (String candidate : List.of("python3", "/usr/bin/python3", "/usr/local/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import numpy").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return candidate;
            } catch (IOException e) {
                // not there: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return "";
    }

    static Stream<Arguments> experiments() {
        return Stream.of(
                Arguments.of("xor, sgd, no shuffle (the issue's case)", XOR, List.of("--data", "xor", "--no-shuffle")),
                Arguments.of("blobs, softmax + cross-entropy, adam, shuffled", "lessons/networks/blobs-softmax.yaml",
                        List.of("--data", "blobs", "--points", "90", "--optimizer", "adam", "--lr", "0.01", "--batch", "16")),
                Arguments.of("every activation, binary cross-entropy, nesterov, L1 + L2, validation", EVERY_ACTIVATION,
                        List.of("--data", "circle", "--points", "120", "--loss", "binary-cross-entropy", "--optimizer", "nesterov",
                                "--lr", "0.05", "--momentum", "0.8", "--l1", "0.002", "--l2", "0.01", "--validation", "0.25", "--batch", "7")),
                Arguments.of("explicit weights, step output, momentum, no shuffle", STEP_OUTPUT,
                        List.of("--data", "xor-table", "--optimizer", "momentum", "--batch", "3", "--no-shuffle")),
                Arguments.of("rmsprop, tanh output (±1 targets), full batch", XOR,
                        List.of("--data", "gauss", "--points", "60", "--optimizer", "rmsprop", "--rho", "0.8", "--batch", "60")),
                Arguments.of("adagrad, regression on sine, quadratic", "inputs: 1\nseed: 4\nlayers:\n  - {units: 6, activation: tanh}\n  - {units: 1, activation: identity}\n",
                        List.of("--data", "sine", "--points", "50", "--optimizer", "adagrad", "--lr", "0.1", "--batch", "8")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiments")
    void theNumpyScriptReproducesTrainsLossHistoryForTenEpochs(String what, String network, List<String> options, @TempDir Path dir) throws Exception {
        String python = pythonWithNumpy();
        assumeTrue(python != null, "no python3 with numpy here (.ci/run installs Debian's python3-numpy)");
        Path net = network.startsWith("lessons/") ? Path.of(network) : Files.writeString(dir.resolve("net.yaml"), network);
        Path script = dir.resolve("experiment.py");

        List<String> export = new ArrayList<>(List.of("export", "--net", net.toString(), "--epochs", "10", "--to", "numpy", "--out", script.toString()));
        export.addAll(options);
        CliRun exported = CliRun.of(export.toArray(String[]::new));
        assertEquals(0, exported.exitCode(), exported.err());

        List<String> train = new ArrayList<>(List.of("train", "--net", net.toString(), "--epochs", "10", "--json"));
        train.addAll(options);
        CliRun trained = CliRun.of(train.toArray(String[]::new));
        assertEquals(0, trained.exitCode(), trained.err());
        JsonNode history = Json.MAPPER.readTree(trained.out()).get("history");
        assertEquals(10, history.size(), trained.out());

        List<Double> losses = run(python, script, dir);
        assertEquals(10, losses.size(), "one line per epoch");
        for (int epoch = 0; epoch < 10; epoch++) {
            assertEquals(history.get(epoch).asDouble(), losses.get(epoch), 1e-9, what + ": epoch " + (epoch + 1));
        }
    }

    /** Runs the script and reads the training loss of each "epoch N loss L ..." line. */
    private static List<Double> run(String python, Path script, Path dir) throws Exception {
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(python, script.toString()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script finishes");
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        List<Double> losses = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            String[] words = line.trim().split("\\s+");
            assertEquals("loss", words[2], line);
            losses.add(Double.parseDouble(words[3]));
        }
        return losses;
    }

    static String script(Path dir, String network, String... options) throws Exception {
        Path net = Files.writeString(dir.resolve("net.yaml"), network);
        List<String> args = new ArrayList<>(List.of("export", "--net", net.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    @Test
    void thePytorchScriptUsesSequentialAndTorchOptimAndSaysHowNesterovMaps(@TempDir Path dir) throws Exception {
        String text = script(dir, EVERY_ACTIVATION, "--data", "circle", "--points", "20", "--loss", "binary-cross-entropy",
                "--optimizer", "nesterov", "--l2", "0.01", "--to", "pytorch");
        assertTrue(text.contains("model = torch.nn.Sequential("), text);
        assertTrue(text.contains("torch.nn.Linear(6, 5), torch.nn.LeakyReLU(0.01)"), text);
        assertTrue(text.contains("torch.nn.ReLU()") && text.contains("torch.nn.Tanh()") && text.contains("torch.nn.Identity()")
                && text.contains("torch.nn.Sigmoid()"), text);
        assertTrue(text.contains("torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=MOMENTUM, nesterov=True)"), text);
        assertTrue(text.contains("φ = θ + λ v"), "the comment says torch holds the look-ahead point");
        assertTrue(text.contains("linear.weight.copy_(torch.tensor(w))"), "the program's weights, not torch's init");
        assertTrue(text.contains("w.grad += L2 * w + L1 / 2 * torch.sign(w)"), "penalties on the weights only");
        assertTrue(text.contains("torch.set_default_dtype(torch.float64)"));
        assertTrue(text.contains("X_TRAIN_RAW = np.array([[") && text.contains("np.sin(raw[:, 0])") && text.contains("np.cos(raw[:, 1])"));
        assertFalse(text.contains("NOT EXACT"), "every torch optimizer maps exactly");
    }

    @Test
    void eachTorchOptimizerNamesItsExactMapping(@TempDir Path dir) throws Exception {
        String net = "inputs: 2\nlayers:\n  - {units: 2, activation: softmax}\n";
        assertTrue(script(dir, net, "--data", "xor", "--points", "10", "--loss", "cross-entropy", "--optimizer", "momentum", "--to", "pytorch")
                .contains("its b is −v/α"));
        assertTrue(script(dir, net, "--data", "xor", "--points", "10", "--optimizer", "adagrad", "--to", "pytorch")
                .contains("torch.optim.Adagrad(parameters, lr=LEARNING_RATE, lr_decay=0, initial_accumulator_value=0, eps=DELTA)"));
        assertTrue(script(dir, net, "--data", "xor", "--points", "10", "--optimizer", "rmsprop", "--to", "pytorch")
                .contains("torch.optim.RMSprop(parameters, lr=LEARNING_RATE, alpha=RHO, eps=DELTA"));
        String adam = script(dir, net, "--data", "xor", "--points", "10", "--optimizer", "adam", "--to", "pytorch");
        assertTrue(adam.contains("torch.optim.Adam(parameters, lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)"));
        assertTrue(adam.contains("torch.nn.Softmax(dim=1)"));
    }

    @Test
    void theKerasScriptUsesSequentialAndKerasOptimizersAndSaysAtItsTopWhereItIsNotExact(@TempDir Path dir) throws Exception {
        String text = script(dir, STEP_OUTPUT, "--data", "xor-table", "--optimizer", "rmsprop", "--l1", "0.01", "--to", "keras");
        assertTrue(text.contains("model = keras.Sequential(["), text);
        assertTrue(text.contains("keras.layers.Dense(1, activation=step"), text);
        assertTrue(text.contains("dense.set_weights([w.T, b])"), "the kernel is W transposed");
        assertTrue(text.contains("keras.optimizers.RMSprop(learning_rate=LEARNING_RATE, rho=RHO"), text);
        assertTrue(text.contains("keras.regularizers.L1L2(l1=L1 / 2, l2=L2 / 2)"), text);
        int top = text.indexOf("\"\"\"", text.indexOf("\"\"\"") + 3);
        assertTrue(text.indexOf("NOT EXACT") > 0 && text.indexOf("NOT EXACT") < top, "the warning is in the docstring at the top");
        assertTrue(text.contains("keras.config.set_floatx(\"float64\")"));

        String momentum = script(dir, EVERY_ACTIVATION, "--data", "circle", "--points", "20", "--optimizer", "momentum", "--to", "keras");
        assertFalse(momentum.contains("NOT EXACT"), "Keras's momentum is SPEC's exactly");
        assertTrue(momentum.contains("activation=leaky_relu") && momentum.contains("ops.leaky_relu(z, negative_slope=0.01)"));
        String adam = script(dir, EVERY_ACTIVATION, "--data", "circle", "--points", "20", "--optimizer", "adam", "--to", "keras");
        assertTrue(adam.contains("NOT EXACT: keras.optimizers.Adam"), adam);
    }

    @Test
    void theFrameworkScriptsAreValidPython(@TempDir Path dir) throws Exception {
        String python = pythonWithNumpy();
        assumeTrue(python != null, "no python3 here");
        List<String> command = new ArrayList<>(List.of(python, "-m", "py_compile"));
        for (String to : List.of("pytorch", "keras")) {
            for (String optimizer : List.of("sgd", "nesterov", "adam")) {
                Path file = dir.resolve(to + "-" + optimizer + ".py");
                Files.writeString(file, script(dir, STEP_OUTPUT, "--data", "xor-table", "--optimizer", optimizer, "--l2", "0.1", "--to", to));
                command.add(file.toString());
            }
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
    }

    @Test
    void whatCannotBeExportedIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path net = Files.writeString(dir.resolve("net.yaml"), "inputs: 2\nlayers:\n  - {units: 3, activation: tanh, dropout: 0.5}\n  - {units: 1, activation: sigmoid}\n");
        CliRun dropout = CliRun.of("export", "--net", net.toString(), "--data", "xor", "--to", "numpy");
        assertEquals(2, dropout.exitCode());
        assertTrue(dropout.err().contains("layer 1 has dropout"), dropout.err());
        assertEquals(1, dropout.err().strip().lines().count());

        CliRun framework = CliRun.of("export", "--net", XOR, "--data", "xor", "--to", "jax");
        assertEquals(2, framework.exitCode());
        assertEquals("--to: unknown framework 'jax' (expected numpy | pytorch | keras)", framework.err().strip());

        CliRun patience = CliRun.of("export", "--net", XOR, "--data", "xor", "--to", "numpy", "--validation", "0.2", "--patience", "3");
        assertEquals(2, patience.exitCode());
        assertTrue(patience.err().startsWith("--patience: early stopping is not exported"), patience.err());
    }

    @Test
    void jsonSaysWhereTheScriptWent(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/x.py");
        CliRun run = CliRun.of("export", "--net", XOR, "--data", "xor", "--to", "keras", "--out", out.toString(), "--mkdirs", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertEquals("keras", root.get("to").asText());
        assertEquals(out.toString(), root.get("out").asText());
        assertTrue(Files.readString(out).startsWith("#!/usr/bin/env python3"));
    }
}
