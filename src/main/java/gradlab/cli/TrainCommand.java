package gradlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.data.Dataset;
import gradlab.io.InputError;
import gradlab.lab.GradientNorms;
import gradlab.lab.SampledSeries;
import java.util.ArrayList;
import java.util.List;
import gradlab.io.AtomicFiles;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingConfig;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains a network on a generated data set or a CSV file and prints the loss after every epoch.")
final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "NET", description = "network file (YAML or JSON)")
    Path net;
    @Mixin DataOptions dataOptions;
    @Option(names = "--loss", paramLabel = "LOSS", description = "default: the network file's, else quadratic")
    String loss;
    @Mixin OptimizerOptions optimizing;
    @Option(names = "--batch", defaultValue = "10", paramLabel = "B", description = "batch size (default ${DEFAULT-VALUE})")
    int batch;
    @Option(names = "--epochs", defaultValue = "100", paramLabel = "E", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--seed", paramLabel = "S", description = "seed for data, shuffling and dropout (default: the file's seed, else 1)")
    Long seed;
    @Option(names = "--no-shuffle", description = "keep the data's order in every epoch")
    boolean noShuffle;
    @Option(names = "--save", paramLabel = "OUT.yaml", description = "write the trained network here (atomically)")
    Path save;
    @Option(names = "--mkdirs", description = "create the missing folders of --save")
    boolean mkdirs;
    @Option(names = "--validation", defaultValue = "0", paramLabel = "F", description = "fraction held out for validation (default ${DEFAULT-VALUE})")
    double validation;
    @Option(names = "--l1", defaultValue = "0", paramLabel = "λ1", description = "L1 penalty (λ1/2)·Σ|w|")
    double l1;
    @Option(names = "--l2", defaultValue = "0", paramLabel = "λ2", description = "L2 penalty (λ2/2)·Σw²")
    double l2;
    @Option(names = "--patience", defaultValue = "0", paramLabel = "P", description = "early stopping: epochs without validation improvement (0: off)")
    int patience;
    @Option(names = "--gradient-norms", description = "also report per-layer ‖∂C/∂W‖ and ‖∂C/∂b‖ over the whole training set, at the start and after every epoch")
    boolean gradientNorms;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    /** Values kept of the per-epoch history; longer runs keep every 2nd, 4th, … epoch ("historyEvery"). */
    static final int HISTORY_CAPACITY = 65_536;

    @Override
    public Integer call() throws InputError, IOException {
        checkOptions();
        Network network = Options.network(net);
        Loss lossFunction = Options.loss(network, loss);
        long runSeed = seed != null ? seed : network.seed() != null ? network.seed() : 1;
        Dataset dataset = dataOptions.load(runSeed);
        Dataset.Split split = dataset.split(validation, runSeed);
        if (split.training().size() == 0) {
            throw InputError.option("--validation", "holding out " + validation + " of " + dataset.size() + " samples leaves none to train on");
        }
        var tooBig = Trainer.sizeProblem(network, dataset.size());
        if (tooBig.isPresent()) {
            throw dataOptions.problem("--points", tooBig.get());
        }
        TrainingConfig config = new TrainingConfig(lossFunction, optimizing.optimizer, optimizing.learningRate, optimizing.settings(), batch, runSeed,
                !noShuffle, l1, l2, patience);
        Trainer trainer;
        try {
            trainer = new Trainer(network, split.training(), split.validation(), config);
        } catch (IllegalArgumentException e) {
            throw dataOptions.problem("--data", e.getMessage());
        }

        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, epochs, !json);
        SampledSeries<Double> history = new SampledSeries<>(HISTORY_CAPACITY);
        GradientNorms probe = gradientNorms ? new GradientNorms(network, split.training(), lossFunction) : null;
        SampledSeries<GradientNorms.Measurement> norms = new SampledSeries<>(HISTORY_CAPACITY + 1);   // the start, then the history's epochs
        if (probe != null) norms.add(0, probe.measure(network));
        int done = 0;
        long start = System.nanoTime(), measuring = 0;
        while (done < epochs && trainer.canTrain()) {
            trainer.stepEpoch();
            if (trainer.epoch() > done) {
                history.add(++done, trainer.lastEpochLoss());
                progress.update(done, trainer.lastEpochLoss());
                if (probe != null && done % history.every() == 0) {   // measured only where the history keeps the loss
                    long before = System.nanoTime();
                    norms.add(done, probe.measure(network));
                    measuring += System.nanoTime() - before;   // "seconds" is the training loop alone
                }
            }
        }
        double seconds = (System.nanoTime() - start - measuring) / 1e9;
        progress.finish();

        String status = switch (trainer.status()) {
            case DIVERGED -> "diverged";
            case STOPPED_EARLY -> "stopped-early";
            case READY -> "finished";
        };
        String message = trainer.message();
        if (trainer.status() == gradlab.lab.TrainingSnapshot.Status.DIVERGED) {
            trainer.restoreLastGood();   // report and save the last good weights, never NaN
            message += "; the network is from the last good epoch (" + trainer.epoch() + ")";
        }
        String saveProblem = null;
        if (save != null) {
            try {
                NetworkFile.save(network, save, mkdirs);
            } catch (IOException | RuntimeException e) {
                saveProblem = "--save: could not write '" + save + "': "
                        + (e instanceof IOException io ? gradlab.io.TextFiles.reason(io) : e.getMessage());
            }
        }
        print(trainer, status, message, history, norms.values(), seconds, saveProblem == null);
        if (saveProblem != null) {
            err.println(saveProblem);   // the results are printed all the same: the run is not lost
            err.flush();
            return GradLabCommand.INTERNAL_FAILURE;
        }
        return 0;
    }

    /** Every option on its own, before any file is read or any work is done; each message names its option. */
    private void checkOptions() throws InputError {
        optimizing.check();
        if (batch < 1) throw InputError.option("--batch", "must be at least 1, got " + batch);
        if (epochs < 1) throw InputError.option("--epochs", "must be at least 1, got " + epochs);
        if (!(validation >= 0 && validation < 1)) throw InputError.option("--validation", "must be in [0, 1), got " + NetworkFile.number(validation));
        if (!(l1 >= 0)) throw InputError.option("--l1", "must be at least 0, got " + NetworkFile.number(l1));
        if (!(l2 >= 0)) throw InputError.option("--l2", "must be at least 0, got " + NetworkFile.number(l2));
        if (patience < 0) throw InputError.option("--patience", "must be at least 0, got " + patience);
        if (patience > 0 && validation == 0) throw InputError.option("--patience", "early stopping needs a validation set (--validation 0.2, say)");
        dataOptions.check();
        if (save != null) {
            var problem = AtomicFiles.problemWith(save, mkdirs);
            if (problem.isPresent()) throw InputError.option("--save", problem.get());
        }
    }

    /** The results of the run, from the trainer's state after its last epoch (the history may be thinned). */
    private void print(Trainer trainer, String status, String message, SampledSeries<Double> losses, List<GradientNorms.Measurement> norms,
                       double seconds, boolean saved) {
        PrintWriter out = spec.commandLine().getOut();
        boolean trained = trainer.epoch() > 0;
        double accuracy = trainer.trainingAccuracy(), validationLoss = trainer.validationLoss(), validationAccuracy = trainer.validationAccuracy();
        if (json) {   // streamed, not built as a tree: a long run's history costs no second copy in memory
            try (com.fasterxml.jackson.core.JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
                g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                if (trained) g.writeNumberField("loss", trainer.trainingLoss()); else g.writeNullField("loss");
                g.writeArrayFieldStart("history");
                for (int i = 0; i < losses.size(); i++) g.writeNumber(losses.get(i));
                g.writeEndArray();
                g.writeNumberField("historyEvery", losses.every());
                g.writeNumberField("seconds", seconds);
                g.writeObjectFieldStart("net");
                g.writeArrayFieldStart("layers");
                for (Layer layer : trainer.network().layers()) {
                    g.writeStartObject();
                    g.writeFieldName("weights");
                    g.writeTree(Json.matrix(layer.weights().toArray()));
                    g.writeFieldName("biases");
                    g.writeTree(Json.array(layer.biases().toArray()[0]));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                if (gradientNorms) {
                    g.writeArrayFieldStart("gradientNorms");
                    for (GradientNorms.Measurement m : norms) {
                        g.writeStartObject();
                        g.writeFieldName("weights");
                        g.writeArray(m.weights(), 0, m.weights().length);
                        g.writeFieldName("biases");
                        g.writeArray(m.biases(), 0, m.biases().length);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeNumberField("epochs", trainer.epoch());
                if (trainer.keptEpoch() != trainer.epoch()) g.writeNumberField("keptEpoch", trainer.keptEpoch());
                g.writeStringField("status", status);
                if (!message.isEmpty()) g.writeStringField("message", message);
                if (trained && !Double.isNaN(accuracy)) g.writeNumberField("accuracy", accuracy);
                if (trained && !Double.isNaN(validationLoss)) g.writeNumberField("validationLoss", validationLoss);
                if (trained && !Double.isNaN(validationAccuracy)) g.writeNumberField("validationAccuracy", validationAccuracy);
                g.writeEndObject();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.println();
        } else {
            out.printf(Locale.ROOT, "%s after %d epoch(s) in %.3f s%n", status, trainer.epoch(), seconds);
            if (!message.isEmpty()) out.println(message);
            if (trainer.keptEpoch() != trainer.epoch()) out.println("the figures below are the kept weights', from epoch " + trainer.keptEpoch());
            if (trained) {
                out.printf(Locale.ROOT, "training loss     %.6g%n", trainer.trainingLoss());
                if (!Double.isNaN(accuracy)) out.printf(Locale.ROOT, "training accuracy %.1f%%%n", 100 * accuracy);
                if (!Double.isNaN(validationLoss)) out.printf(Locale.ROOT, "validation loss   %.6g%n", validationLoss);
                if (!Double.isNaN(validationAccuracy)) out.printf(Locale.ROOT, "validation accuracy %.1f%%%n", 100 * validationAccuracy);
            }
            if (gradientNorms && !norms.isEmpty()) printNorms(out, norms.get(0), norms.get(norms.size() - 1));
            if (losses.every() > 1) out.println("(the history keeps the loss of every " + losses.every() + "th epoch)");
            if (save != null && saved) out.println("saved " + save);
        }
        out.flush();
    }

    private static void printNorms(PrintWriter out, GradientNorms.Measurement first, GradientNorms.Measurement last) {
        out.println("per-layer gradient norms over the training set, at the start → at the end:");
        for (int l = 0; l < first.biases().length; l++) {
            out.printf(Locale.ROOT, "  layer %d  ‖∂C/∂W‖ %.4g → %.4g   ‖∂C/∂b‖ %.4g → %.4g%n", l + 1,
                    first.weights()[l], last.weights()[l], first.biases()[l], last.biases()[l]);
        }
        int n = first.biases().length;
        if (n > 2) {
            double ratio = first.biasRatio(0, n - 2);
            out.printf(Locale.ROOT, "  at the start, layer 1 learns %.3g× %s than layer %d (the ratio of their ‖∂C/∂b‖)%n",
                    ratio < 1 ? 1 / ratio : ratio, ratio < 1 ? "slower" : "faster", n - 1);
        }
    }

    /** A one-line progress bar on stderr, redrawn at most ten times a second. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;
        private long lastDraw;

        Progress(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        void update(int done, double loss) {
            if (!enabled) return;
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && done < total) return;
            lastDraw = now;
            int width = 30, filled = (int) ((long) width * done / total);
            err.printf(Locale.ROOT, "\r[%s%s] epoch %d/%d  loss %.5g", "#".repeat(filled), ".".repeat(width - filled), done, total, loss);
            err.flush();
        }

        void finish() {
            if (enabled && lastDraw != 0) {
                err.println();
                err.flush();
            }
        }
    }
}
