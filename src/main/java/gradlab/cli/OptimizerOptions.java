package gradlab.cli;

import gradlab.io.InputError;
import gradlab.nn.NetworkFile;
import gradlab.optim.Optimizers;
import picocli.CommandLine.Option;

/** The optimizer options that {@code train} and {@code surface} share (SPEC §3), each checked under its own name. */
final class OptimizerOptions {
    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "O", description = "sgd | momentum | nesterov | adagrad | rmsprop | adam (default ${DEFAULT-VALUE})")
    String optimizer;
    @Option(names = "--lr", defaultValue = "0.03", paramLabel = "α", description = "learning rate (default ${DEFAULT-VALUE})")
    double learningRate;
    @Option(names = "--momentum", defaultValue = "0.9", paramLabel = "λ", description = "momentum / nesterov λ (default ${DEFAULT-VALUE})")
    double momentum;
    @Option(names = "--rho", defaultValue = "0.9", paramLabel = "ρ", description = "rmsprop decay (default ${DEFAULT-VALUE})")
    double rho;

    void check() throws InputError {
        if (!(learningRate > 0)) throw InputError.option("--lr", "must be a positive number, got " + NetworkFile.number(learningRate));
        if (!Optimizers.NAMES.contains(optimizer)) {
            throw InputError.option("--optimizer", "unknown optimizer '" + optimizer + "' (expected " + String.join(" | ", Optimizers.NAMES) + ")");
        }
        if (!(momentum >= 0 && momentum < 1)) throw InputError.option("--momentum", "must be in [0, 1), got " + NetworkFile.number(momentum));
        if (!(rho >= 0 && rho < 1)) throw InputError.option("--rho", "must be in [0, 1), got " + NetworkFile.number(rho));
    }

    Optimizers.Settings settings() { return Optimizers.Settings.defaults().withMomentum(momentum).withRho(rho); }
}
