package gradlab.cli;

import gradlab.data.CsvData;
import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.nn.NetworkFile;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The data options that {@code train} and {@code slice} share: a generator by name or a CSV file. */
final class DataOptions {
    /** Most generated points: far more than a lesson needs, few enough to hold with any lecture network. */
    static final int MAX_POINTS = 1_000_000;
    static final int MAX_STEPS = 1_000;

    @Option(names = "--data", required = true, paramLabel = "NAME|FILE.csv",
            description = "circle | xor | gauss | spiral | xor-table | blobs | sine | steps | symmetric-steps, or a CSV file")
    String data;
    @Option(names = "--points", defaultValue = "250", paramLabel = "N", description = "points to generate (default ${DEFAULT-VALUE})")
    int points;
    @Option(names = "--noise", defaultValue = "0", paramLabel = "F", description = "noise of generated data, 0 to 1 (default ${DEFAULT-VALUE})")
    double noise;
    @Option(names = "--steps", defaultValue = "4", paramLabel = "N", description = "steps of the step data sets (default ${DEFAULT-VALUE})")
    int steps;

    boolean isCsv() { return data.toLowerCase(Locale.ROOT).endsWith(".csv"); }

    /** Checks each option on its own, before any work; each message names its option. */
    void check() throws InputError {
        if (points < 1 || points > MAX_POINTS) throw InputError.option("--points", "must be between 1 and " + MAX_POINTS + ", got " + points);
        if (!(noise >= 0 && noise <= 1)) throw InputError.option("--noise", "must be between 0 and 1, got " + NetworkFile.number(noise));
        if (steps < 1 || steps > MAX_STEPS) throw InputError.option("--steps", "must be between 1 and " + MAX_STEPS + ", got " + steps);
        if (data.isEmpty()) throw InputError.option("--data", "no data set or file given");
    }

    /** The CSV file's rows, or the generator's points from {@code seed}. */
    Dataset load(long seed) throws InputError {
        if (isCsv()) return CsvData.load(TextFiles.path("--data", data));
        if (!Generators.NAMES.contains(data)) {
            throw InputError.option("--data", "unknown data set '" + data + "' (expected " + String.join(" | ", Generators.NAMES) + ", or a .csv file)");
        }
        try {
            return Generators.generate(new Generators.Spec(data, points, noise, seed, steps));
        } catch (IllegalArgumentException e) {
            throw InputError.option("--data", e.getMessage());
        }
    }

    /** A problem of the data with the network, said where it belongs: the CSV file, or the option. */
    InputError problem(String option, String message) {
        return isCsv() ? new InputError(data, 1, 1, message) : InputError.option(option, message);
    }
}
