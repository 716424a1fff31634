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

    @Mixin ExperimentOptions experiment;
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
        experiment.check();
        if (patience != 0) throw InputError.option("--patience", "early stopping is not exported (the scripts train every epoch); leave it out");
        experiment.dataOptions.check();
        if (outFile != null) {
            var problem = AtomicFiles.problemWith(outFile, mkdirs);
            if (problem.isPresent()) throw InputError.option("--out", problem.get());
        }

        ExperimentOptions.Loaded loaded = experiment.load();
        TrainingConfig config = experiment.config(loaded, 0);
        experiment.trainer(loaded, config);   // the same checks of data against network as train's
        var run = new PythonExport.Experiment(loaded.network(), loaded.split().training(), loaded.split().validation(), config, experiment.epochs);
        var problem = PythonExport.problem(run);
        if (problem.isPresent()) throw new InputError(experiment.net.toString(), 0, 0, problem.get());
        String script = PythonExport.script(run, framework);

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
