package gradlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.data.Dataset;
import gradlab.io.AtomicFiles;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.lab.PythonExport;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingConfig;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the experiment {@code train} would run, as one Python script (numpy, PyTorch or Keras)
 * that trains the same network from the same weights on the same rows and prints the loss after each epoch.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the experiment train would run as a self-contained Python script (numpy, PyTorch or Keras).")
final class ExportCommand implements Callable<Integer> {
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
    @Option(names = "--seed", paramLabel = "S", description = "seed for data and shuffling (default: the file's seed, else 1)")
    Long seed;
    @Option(names = "--no-shuffle", description = "keep the data's order in every epoch")
    boolean noShuffle;
    @Option(names = "--validation", defaultValue = "0", paramLabel = "F", description = "fraction held out for validation (default ${DEFAULT-VALUE})")
    double validation;
    @Option(names = "--l1", defaultValue = "0", paramLabel = "λ1", description = "L1 penalty (λ1/2)·Σ|w|")
    double l1;
    @Option(names = "--l2", defaultValue = "0", paramLabel = "λ2", description = "L2 penalty (λ2/2)·Σw²")
    double l2;
    @Option(names = "--patience", defaultValue = "0", paramLabel = "P", description = "early stopping is not exported: must be 0")
    int patience;
    @Option(names = "--to", required = true, paramLabel = "FRAMEWORK", description = "numpy | pytorch | keras")
    String to;
    @Option(names = "--out", paramLabel = "FILE.py", description = "write the script here (atomically); default: print it")
    Path outFile;
    @Option(names = "--mkdirs", description = "create the missing folders of --out")
    boolean mkdirs;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError, IOException {
        PythonExport.Framework framework = PythonExport.Framework.find(to)
                .orElseThrow(() -> InputError.option("--to", "unknown framework '" + to + "' (expected " + PythonExport.Framework.ids() + ")"));
        optimizing.check();
        if (batch < 1) throw InputError.option("--batch", "must be at least 1, got " + batch);
        if (epochs < 1) throw InputError.option("--epochs", "must be at least 1, got " + epochs);
        if (!(validation >= 0 && validation < 1)) throw InputError.option("--validation", "must be in [0, 1), got " + NetworkFile.number(validation));
        if (!(l1 >= 0)) throw InputError.option("--l1", "must be at least 0, got " + NetworkFile.number(l1));
        if (!(l2 >= 0)) throw InputError.option("--l2", "must be at least 0, got " + NetworkFile.number(l2));
        if (patience != 0) throw InputError.option("--patience", "early stopping is not exported (the scripts train every epoch); leave it out");
        dataOptions.check();
        if (outFile != null) {
            var problem = AtomicFiles.problemWith(outFile, mkdirs);
            if (problem.isPresent()) throw InputError.option("--out", problem.get());
        }

        Network network = Options.network(net);
        Loss lossFunction = Options.loss(network, loss);
        long runSeed = seed != null ? seed : network.seed() != null ? network.seed() : 1;
        Dataset dataset = dataOptions.load(runSeed);
        Dataset.Split split = dataset.split(validation, runSeed);
        if (split.training().size() == 0) {
            throw InputError.option("--validation", "holding out " + validation + " of " + dataset.size() + " samples leaves none to train on");
        }
        TrainingConfig config = new TrainingConfig(lossFunction, optimizing.optimizer, optimizing.learningRate, optimizing.settings(), batch, runSeed,
                !noShuffle, l1, l2, 0);
        try {
            new Trainer(network, split.training(), split.validation(), config);   // the same checks of data against network as train's
        } catch (IllegalArgumentException e) {
            throw dataOptions.problem("--data", e.getMessage());
        }
        var experiment = new PythonExport.Experiment(network, split.training(), split.validation(), config, epochs);
        var problem = PythonExport.problem(experiment);
        if (problem.isPresent()) throw new InputError(net.toString(), 0, 0, problem.get());
        String script = PythonExport.script(experiment, framework);

        PrintWriter out = spec.commandLine().getOut();
        if (outFile != null) {
            try {
                AtomicFiles.writeString(outFile, script, mkdirs);
            } catch (IOException e) {
                spec.commandLine().getErr().println("--out: could not write '" + outFile + "': " + TextFiles.reason(e));
                spec.commandLine().getErr().flush();
                return GradLabCommand.INTERNAL_FAILURE;
            }
        }
        if (json) {
            ObjectNode node = Json.MAPPER.createObjectNode();
            node.put("to", framework.id());
            if (outFile != null) node.put("out", outFile.toString());
            else node.put("script", script);
            out.println(Json.MAPPER.writeValueAsString(node));
        } else if (outFile != null) {
            out.println("wrote " + outFile + " (" + framework.id() + "; run it with: python3 " + outFile + ")");
        } else {
            out.print(script);
        }
        out.flush();
        return 0;
    }
}
