package gradlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.data.Dataset;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.explain.GradientNorms;
import gradlab.lab.SampledSeries;
import gradlab.lab.TrainingSnapshot;
import java.io.UncheckedIOException;
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

    @Mixin ExperimentOptions experiment;
    @Option(names = "--save", paramLabel = "OUT.yaml", description = "write the trained network here (atomically)")
    Path save;
    @Option(names = "--mkdirs", description = "create the missing folders of --save")
    boolean mkdirs;
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
        ExperimentOptions.Loaded loaded = experiment.load();
        Network network = loaded.network();
        Dataset.Split split = loaded.split();
        Loss lossFunction = loaded.loss();
        var tooBig = Trainer.sizeProblem(network, split.training().size() + split.validation().size());
        if (tooBig.isPresent()) {
            throw experiment.dataOptions.problem("--points", tooBig.get());
        }
        Trainer trainer = experiment.trainer(loaded, experiment.config(loaded, patience));

        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, experiment.epochs, !json);
        SampledSeries<Double> history = new SampledSeries<>(HISTORY_CAPACITY);
        GradientNorms probe = gradientNorms ? new GradientNorms(network, split.training(), lossFunction) : null;
        SampledSeries<GradientNorms.Measurement> norms = new SampledSeries<>(HISTORY_CAPACITY + 1);   // the start, then the history's epochs
        if (probe != null) norms.add(0, probe.measure(network));
        int done = 0;
        long start = System.nanoTime(), measuring = 0;
        while (done < experiment.epochs && trainer.canTrain()) {
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
        if (trainer.status() == TrainingSnapshot.Status.DIVERGED) {
            trainer.restoreLastGood();   // report and save the last good weights, never NaN
            message += "; the network is from the last good epoch (" + trainer.epoch() + ")";
        }
        String saveProblem = null;
        if (save != null) {
            try {
                NetworkFile.save(network, save, mkdirs);
            } catch (IOException | RuntimeException e) {
                saveProblem = "--save: could not write '" + save + "': "
                        + (e instanceof IOException io ? TextFiles.reason(io) : e.getMessage());
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
        experiment.check();
        if (patience < 0) throw InputError.option("--patience", "must be at least 0, got " + patience);
        if (patience > 0 && experiment.validation == 0) throw InputError.option("--patience", "early stopping needs a validation set (--validation 0.2, say)");
        experiment.dataOptions.check();
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
            try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
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
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
