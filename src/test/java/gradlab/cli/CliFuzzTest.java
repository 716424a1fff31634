package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract under mutated input: every run ends with exit 0, or with exit 2 and
 * exactly one line on stderr that starts with the place (the file) or the option at fault. Never exit 1,
 * never a stack trace. Seeded, so a failure names a case that can be replayed.
 */
class CliFuzzTest {
    static final String NET = """
            name: fuzz
            inputs: 2
            init: glorot-uniform
            seed: 7
            layers:
              - units: 3
                activation: tanh
                weights: [[1, 1], [-1, -1], [0.5, 2]]
                biases: [-0.5, 1.5, 0]
                dropout: 0.1
              - units: 1
                activation: sigmoid
                weights: [[1, 1, -2]]
                biases: [-1.5]
            loss: binary-cross-entropy
            """;
    static final String CSV = "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n";
    static final String[] NOISE = {"[", "]", "{", "}", ":", ",", "- ", "#", "'", "\"", "\n", " ", "\t", "&a", "*a", "!!", "|",
            ">", "0", "9", ".", "e", "1e400", "NaN", "-", "x", "\uFEFF", "\u00e9", "99999", "-1", "1e300", "?", "%"};
    static final String[] BAD_VALUES = {"abc", "", "-1", "0", "1e400", "NaN", "Infinity", "2.5", "-0", "99999999999", "0x10",
            " ", "1,2", "1e-320", "0.999999999", "3", "1e9", "--json"};
    static final String[] TRAIN_OPTIONS = {"--loss", "--optimizer", "--lr", "--momentum", "--rho", "--batch", "--epochs", "--seed",
            "--points", "--noise", "--steps", "--validation", "--l1", "--l2", "--patience", "--data", "--net", "--save"};

    final Random random = new Random(20261201);
    final List<String> failures = new ArrayList<>();
    int accepted, refused;

    @Test
    void mutatedNetworkFiles(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 300; i++) {
            Path net = dir.resolve("net" + i + ".yaml");
            Files.writeString(net, mutate(NET));
            boolean backprop = i % 2 == 1;
            String[] args = backprop
                    ? new String[] {"backprop", "--net", net.toString(), "--input", "0.5,-1", "--target", "1", "--json"}
                    : new String[] {"forward", "--net", net.toString(), "--input", "0.5,-1", "--json"};
            check(args, net.toString());
        }
        assertAll();
    }

    @Test
    void mutatedCsvFiles(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.yaml");
        Files.writeString(net, NET);
        for (int i = 0; i < 120; i++) {
            Path csv = dir.resolve("data" + i + ".csv");
            Files.writeString(csv, mutate(CSV));
            check(new String[] {"train", "--net", net.toString(), "--data", csv.toString(), "--epochs", "2", "--json"}, csv.toString());
        }
        assertAll();
    }

    @Test
    void badOptionValues(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.yaml");
        Files.writeString(net, NET);
        for (int i = 0; i < 200; i++) {
            String option = TRAIN_OPTIONS[random.nextInt(TRAIN_OPTIONS.length)];
            String value = BAD_VALUES[random.nextInt(BAD_VALUES.length)];
            List<String> args = new ArrayList<>(List.of("train", "--net", net.toString(), "--data", "xor-table", "--epochs", "3",
                    "--points", "20", "--json"));
            if (option.equals("--save") && !value.isEmpty() && !value.startsWith("--")) {
                value = dir.resolve(value).toString();   // a network is saved only into the test's own folder
            }
            int at = args.indexOf(option);
            if (at >= 0) {
                args.set(at + 1, value);
            } else {
                args.add(option);
                args.add(value);
            }
            check(args.toArray(String[]::new), option.equals("--net") ? value : option.equals("--data") ? value : null);
        }
        assertAll();
    }

    /** No broken run, and the mutations both kept some inputs valid and broke others (else they test nothing). */
    private void assertAll() {
        assertTrue(failures.isEmpty(), failures.size() + " broken run(s):\n" + String.join("\n", failures));
        assertTrue(accepted > 10 && refused > 10, "accepted " + accepted + ", refused " + refused);
    }

    private void check(String[] args, String file) {
        CliRun run = CliRun.of(args);
        String call = String.join(" ", args);
        if (run.exitCode() == 0) {
            accepted++;
            return;
        }
        refused++;
        String err = run.err();
        String[] lines = err.strip().split("\n");
        boolean located = err.startsWith("--") || (file != null && !file.isEmpty() && err.startsWith(file))
                || err.startsWith("(empty file name)") || err.matches("(?s)^[^\\s:]+:( |\\d).*");
        if (run.exitCode() != 2 || lines.length != 1 || !located || err.contains("\tat ") || err.contains("Exception")) {
            failures.add("exit " + run.exitCode() + " for `" + call + "`: " + err.strip());
        }
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(6)));
                case 2 -> {   // a number somewhere becomes another
                    String[] numbers = {"1e400", "-7", "0", "100000", "3.5", "NaN", "2147483648", "1e308", ".5"};
                    int digit = indexOfDigit(s, at);
                    if (digit >= 0) s.replace(digit, digit + 1, numbers[random.nextInt(numbers.length)]);
                }
                default -> {   // a line is repeated
                    String[] lines = s.toString().split("\n", -1);
                    int line = random.nextInt(lines.length);
                    List<String> out = new ArrayList<>(List.of(lines));
                    out.add(line, lines[line]);
                    s = new StringBuilder(String.join("\n", out));
                }
            }
        }
        return s.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = 0; i < s.length(); i++) {
            int at = (from + i) % s.length();
            if (Character.isDigit(s.charAt(at))) return at;
        }
        return -1;
    }

    @Test
    void theFuzzerItselfCatchesABrokenRun() {
        failures.clear();
        check(new String[] {"train", "--net", "x.yaml"}, null);   // exit 2, one line: fine
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertFalse(CliRun.of("train", "--net", "x.yaml").err().isEmpty());
        assertEquals(2, CliRun.of("forward").exitCode());
        if (!failures.isEmpty()) fail();
    }
}
