package gradlab.cli;

import gradlab.data.Dataset;
import gradlab.io.InputError;
import gradlab.lab.Trainer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.surface.NetworkSlice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "slice", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The loss of a network over a grid of two of its parameters, every other parameter as in the file.")
final class SliceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "NET", description = "network file (YAML or JSON)")
    Path net;
    @Mixin DataOptions dataOptions;
    @Option(names = "--seed", paramLabel = "S", description = "seed of generated data (default: the file's seed, else 1)")
    Long seed;
    @Option(names = "--loss", paramLabel = "LOSS", description = "default: the network file's, else quadratic")
    String loss;
    @Option(names = "--axes", required = true, paramLabel = "P1,P2", description = "two parameters, e.g. layers.0.weights[0,1],layers.1.biases[0]")
    String axes;
    @Option(names = "--span", defaultValue = "2", paramLabel = "R", description = "each axis goes from the value − R to the value + R (default ${DEFAULT-VALUE})")
    double span;
    @Option(names = "--grid", defaultValue = "41", paramLabel = "N", description = "points per axis (default ${DEFAULT-VALUE})")
    int grid;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError {
        var spanProblem = NetworkSlice.spanProblem(span);   // one rule for the slice and its option
        if (spanProblem.isPresent()) throw InputError.option("--span", spanProblem.get());
        var gridProblem = NetworkSlice.gridProblem(grid);
        if (gridProblem.isPresent()) throw InputError.option("--grid", gridProblem.get());
        dataOptions.check();
        String[] names = splitAxes();
        Network network = Options.network(net);
        Loss lossFunction = Options.loss(network, loss);
        for (String name : names) {
            try {
                network.layerOf(name);   // says what is wrong with a name the network does not have
            } catch (IllegalArgumentException e) {
                throw InputError.option("--axes", e.getMessage());
            }
        }
        long dataSeed = seed != null ? seed : network.seed() != null ? network.seed() : 1;
        Dataset data = dataOptions.load(dataSeed);
        var tooBig = Trainer.sizeProblem(network, data.size());
        if (tooBig.isPresent()) throw dataOptions.problem("--points", tooBig.get());
        NetworkSlice slice;
        try {
            slice = new NetworkSlice(network, data, lossFunction, names[0], names[1]);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("the two axes") ? InputError.option("--axes", e.getMessage()) : dataOptions.problem("--data", e.getMessage());
        }
        NetworkSlice.Result result = slice.compute(span, grid);
        print(result);
        return 0;
    }

    private String[] splitAxes() throws InputError {
        String[] names = axes.split(",(?![^\\[]*])");   // commas inside [unit,input] belong to a name
        if (names.length != 2) throw InputError.option("--axes", "expected two parameter names separated by a comma, got " + names.length);
        for (int i = 0; i < 2; i++) names[i] = names[i].trim();
        if (names[0].replace(" ", "").equals(names[1].replace(" ", ""))) {
            throw InputError.option("--axes", "the two axes name the same parameter " + names[0]);
        }
        return names;
    }

    private void print(NetworkSlice.Result r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringBuilder text = new StringBuilder(32 * r.x().length * r.y().length + 1024);
            JsonText.string(text.append("{\"axes\":["), r.axes().get(0)).append(',');
            JsonText.string(text, r.axes().get(1)).append("],\"center\":");
            JsonText.numbers(text, r.center()).append(",\"x\":");
            JsonText.numbers(text, r.x()).append(",\"y\":");
            JsonText.numbers(text, r.y()).append(",\"loss\":[");
            boolean allFinite = true;
            for (int i = 0; i < r.loss().length; i++) {
                JsonText.numbers(i > 0 ? text.append(',') : text, r.loss()[i]);
                for (double v : r.loss()[i]) allFinite &= Double.isFinite(v);
            }
            text.append(']');
            if (!allFinite) text.append(",\"note\":\"some grid points have no finite loss (null)\"");
            out.println(text.append('}'));
        } else {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            int minI = 0, minJ = 0;
            for (int i = 0; i < r.y().length; i++) {
                for (int j = 0; j < r.x().length; j++) {
                    double v = r.loss()[i][j];
                    if (v < min) { min = v; minI = i; minJ = j; }
                    if (v > max) max = v;
                }
            }
            out.printf(Locale.ROOT, "loss over %s (x) and %s (y), %d x %d points around (%s, %s)%n", r.axes().get(0), r.axes().get(1),
                    r.x().length, r.y().length, Tables.num(r.center()[0]), Tables.num(r.center()[1]));
            out.printf(Locale.ROOT, "lowest %.6g at (%s, %s); highest %.6g%n", min, Tables.num(r.x()[minJ]), Tables.num(r.y()[minI]), max);
            if (r.x().length % 2 == 1 && r.y().length % 2 == 1) out.printf(Locale.ROOT, "at the network's own values: %.6g%n", r.centerLoss());
            String shades = " .:-=+*#%@";
            for (int i = r.y().length - 1; i >= 0; i -= (r.y().length + 20) / 21) {
                StringBuilder line = new StringBuilder("  ");
                for (int j = 0; j < r.x().length; j += (r.x().length + 40) / 41) {
                    double t = max > min ? (r.loss()[i][j] - min) / (max - min) : 0;
                    line.append(Double.isFinite(t) ? shades.charAt((int) Math.min(9, Math.max(0, t * 9.999))) : '?');
                }
                out.println(line);
            }
        }
        out.flush();
    }
}
