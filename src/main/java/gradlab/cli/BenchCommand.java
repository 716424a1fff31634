package gradlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.io.InputError;
import gradlab.autodiff.LayerProducts;
import gradlab.lab.BenchmarkTask;
import gradlab.lab.Trainer;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times the training engine on the benchmark tasks B1-B3 and prints ms per epoch beside the peers' figures.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--task", split = ",", paramLabel = "B1,B2,B3", description = "which tasks (default: all)")
    List<BenchmarkTask> tasks = List.of(BenchmarkTask.values());

    @Option(names = "--repeat", defaultValue = "5", paramLabel = "N", description = "timed runs per task; the median is reported (default ${DEFAULT-VALUE})")
    int repeat;
    /** Each timed run is seconds long; a thousand is hours already, and their timings are kept in memory. */
    static final int MAX_REPEAT = 1_000;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError {
        if (repeat < 1 || repeat > MAX_REPEAT) throw InputError.option("--repeat", "must be between 1 and " + MAX_REPEAT + ", got " + repeat);
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode root = Json.object();
        if (!json) {
            out.printf(Locale.ROOT, "Java %s, %d cores; median of %d runs after a warm-up run%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), repeat);
        }
        for (BenchmarkTask task : tasks) {
            BenchmarkTask.time(task.trainer(1), task.epochs);   // warm-up: let the JIT compile the hot loops
            double[] referenceLoss = new double[1];
            BenchmarkTask.time(task.reference(1), task.epochs, referenceLoss);
            double[] msPerEpoch = new double[repeat], cpuMs = new double[repeat], referenceMs = new double[repeat];
            double loss = Double.NaN;
            for (int r = 0; r < repeat; r++) {   // interleaved, so both see the same machine
                Trainer trainer = task.trainer(1);
                double[] seconds = BenchmarkTask.timeBoth(trainer, task.epochs);
                msPerEpoch[r] = seconds[0] * 1000 / task.epochs;
                cpuMs[r] = seconds[1] * 1000 / task.epochs;
                loss = trainer.trainingLoss();
                referenceMs[r] = BenchmarkTask.time(task.reference(1), task.epochs, referenceLoss) * 1000 / task.epochs;
            }
            Arrays.sort(msPerEpoch);
            Arrays.sort(cpuMs);
            Arrays.sort(referenceMs);
            double median = msPerEpoch[repeat / 2], reference = referenceMs[repeat / 2];
            double gflops = task.productFlopsPerEpoch() / (median / 1000) / 1e9;
            if (json) {
                ObjectNode node = root.putObject(task.name());
                node.put("msPerEpoch", median);
                node.put("cpuMsPerEpoch", cpuMs[repeat / 2]);
                node.put("productFlopsPerEpoch", task.productFlopsPerEpoch());
                node.put("gflops", gflops);
                node.put("best", msPerEpoch[0]);
                node.put("epochs", task.epochs);
                node.put("finalLoss", loss);
                node.put("handWrittenMsPerEpoch", reference);
                node.put("handWrittenFinalLoss", referenceLoss[0]);
            } else {
                out.printf(Locale.ROOT, "%s  %s%n    gradlab      %.4f ms/epoch (best %.4f; %.4f CPU ms), %.2f GFLOP/s (%.3g MFLOP of products per epoch over the whole epoch's time), final loss %.6g%n"
                                + "    hand-written %.4f ms/epoch (flat double[] loops, same run), final loss %.6g  → gradlab takes %.2fx its time%n"
                                + "    peers measured earlier on this kind of machine (ms/epoch): %s%n",
                        task.name(), task.description, median, msPerEpoch[0], cpuMs[repeat / 2], gflops, task.productFlopsPerEpoch() / 1e6, loss, reference, referenceLoss[0], median / reference, task.peers);
            }
            if (task == BenchmarkTask.B3) {   // its middle layer's products by themselves: what the kernels reach
                LayerProducts.Rate rate = LayerProducts.time(2000, 64, 64, 200);
                if (json) {
                    root.with(task.name()).put("productsGflops", rate.wall()).put("productsGflopsPerCpuSecond", rate.cpu());
                } else {
                    out.printf(Locale.ROOT, "    its 2000×64×64 products alone (X·Wᵀ, G·W, Gᵀ·X): %.2f GFLOP/s, %.2f per CPU-second of this thread%n", rate.wall(), rate.cpu());
                }
            }
            out.flush();
        }
        if (json) out.println(Json.write(root));
        out.flush();
        return 0;
    }
}
