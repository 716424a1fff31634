package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gradlab.io.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
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
            " ", "1,2", "1e-320", "0.999999999", "3", "1e9", "--json", "a\u0000b", "circ\nle", "/dev/zero"};
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
        List<Path> workingFolder = listing(Path.of(""));
        for (int i = 0; i < 200; i++) {
            String option = TRAIN_OPTIONS[random.nextInt(TRAIN_OPTIONS.length)];
            String value = BAD_VALUES[random.nextInt(BAD_VALUES.length)];
            List<String> args = new ArrayList<>(List.of("train", "--net", net.toString(), "--data", "xor-table", "--epochs", "3",
                    "--points", "20", "--json"));
            if (option.equals("--save") && !value.isEmpty() && !value.startsWith("--")) {
                value = dir + "/" + value;   // a network is saved only into the test's own folder, never onto a device
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
        assertEquals(workingFolder, listing(Path.of("")), "a run wrote into the working folder (--save with a bare name?)");
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (var entries = Files.list(folder.toAbsolutePath())) {
            return entries.sorted().toList();
        }
    }

    /**
     * Each finding of the fuzz runs of issue 15, replayed: it now computes (exit 0) or is one located line
     * with exit 2, never "internal error", a stack overflow, picocli's wording, a second line or a hang.
     */
    @Test
    void theFindingsOfIssue15(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.yaml");
        Files.writeString(net, NET);
        String n = net.toString();
        // a flat chain computes; deep nesting is refused at its column
        CliRun chain = CliRun.of("surface", "--f", "x" + "/2".repeat(15_000), "--start", "1", "--steps", "2", "--json");
        assertEquals(0, chain.exitCode(), chain.err());
        assertEquals("--f:1:101: nested too deeply (at most 100 levels)\n",
                CliRun.of("surface", "--f", "(".repeat(15_000) + "x" + ")".repeat(15_000), "--start", "1").err());
        check(new String[] {"surface", "--f", "x" + "-y*1".repeat(15_000), "--start", "1,1"}, null);
        // picocli's own wording
        assertEquals("--epochs: given twice\n", CliRun.of("train", "--net", n, "--data", "circle", "--epochs", "1", "--epochs", "2").err());
        check(new String[] {"train", "--net", n, "--data", "circle", "--epochs", "1", "--epochs", "2"}, null);
        check(new String[] {"lint"}, null);
        assertTrue(CliRun.of("-V").out().startsWith("Gradient Lab "));
        assertTrue(CliRun.of("forward", "--version").out().startsWith("Gradient Lab "));
        assertTrue(CliRun.of("--help", "--json").out().startsWith("{\"command\":\"gradlab\""));
        // names the system cannot take, names with line breaks
        check(new String[] {"forward", "--net", "a\0b.yaml", "--input", "1,1"}, null);
        check(new String[] {"train", "--net", n, "--data", "a\0b.csv"}, null);
        check(new String[] {"train", "--net", n, "--data", "circ\nle"}, null);
        check(new String[] {"train", "--net", n, "--data", "circ\r\nle.csv"}, "circ");
        // devices and pipes: refused before they are read, never written over
        Path pipe = SpecialFiles.fifo(dir, "pipe.csv");
        Path lessons = Files.createDirectory(dir.resolve("lessons"));
        SpecialFiles.fifo(lessons, "a.md");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            check(new String[] {"forward", "--net", "/dev/zero", "--input", "1,1"}, "/dev/zero");
            check(new String[] {"train", "--net", n, "--data", pipe.toString()}, pipe.toString());
            check(new String[] {"train", "--net", n, "--data", "circle", "--save", pipe.toString()}, null);
            CliRun lint = CliRun.of("lint", lessons.toString());
            assertEquals(2, lint.exitCode(), lint.err());
            assertTrue(lint.err().contains(lessons.resolve("a.md") + ":1:1: is not a regular file"), lint.err());
        });
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
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
