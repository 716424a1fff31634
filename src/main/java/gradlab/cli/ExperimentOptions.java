package gradlab.cli;

import gradlab.data.Dataset;
import gradlab.io.InputError;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingConfig;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The experiment {@code train} runs and {@code export} writes out, named once: the network, its data, the loss,
 * the optimizer, batch, epochs, seed, order, validation share and penalties. Each command adds its own options
 * (early stopping, where to write) around these.
 */
final class ExperimentOptions {
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
    @Option(names = "--validation", defaultValue = "0", paramLabel = "F", description = "fraction held out for validation (default ${DEFAULT-VALUE})")
    double validation;
    @Option(names = "--l1", defaultValue = "0", paramLabel = "λ1", description = "L1 penalty (λ1/2)·Σ|w|")
    double l1;
    @Option(names = "--l2", defaultValue = "0", paramLabel = "λ2", description = "L2 penalty (λ2/2)·Σw²")
    double l2;

    /** The network, its loss, the run's seed and the data split into training and validation rows. */
    record Loaded(Network network, Loss loss, long seed, Dataset.Split split) {}

    /** Each option on its own, before any file is read; every message names its option. */
    void check() throws InputError {
        optimizing.check();
        if (batch < 1) throw InputError.option("--batch", "must be at least 1, got " + batch);
        if (epochs < 1) throw InputError.option("--epochs", "must be at least 1, got " + epochs);
        if (!(validation >= 0 && validation < 1)) throw InputError.option("--validation", "must be in [0, 1), got " + NetworkFile.number(validation));
        if (!(l1 >= 0)) throw InputError.option("--l1", "must be at least 0, got " + NetworkFile.number(l1));
        if (!(l2 >= 0)) throw InputError.option("--l2", "must be at least 0, got " + NetworkFile.number(l2));
    }

    /** Reads the network and the data and splits off the validation rows; refuses a split that leaves nothing to train on. */
    Loaded load() throws InputError {
        Network network = Options.network(net);
        Loss lossFunction = Options.loss(network, loss);
        long runSeed = seed != null ? seed : network.seed() != null ? network.seed() : 1;
        Dataset dataset = dataOptions.load(runSeed);
        Dataset.Split split = dataset.split(validation, runSeed);
        if (split.training().size() == 0) {
            throw InputError.option("--validation", "holding out " + validation + " of " + dataset.size() + " samples leaves none to train on");
        }
        return new Loaded(network, lossFunction, runSeed, split);
    }

    TrainingConfig config(Loaded loaded, int patience) {
        return new TrainingConfig(loaded.loss(), optimizing.optimizer, optimizing.learningRate, optimizing.settings(), batch, loaded.seed(),
                !noShuffle, l1, l2, patience);
    }

    /** The trainer for this experiment; data that does not fit the network is refused on {@code --data}. */
    Trainer trainer(Loaded loaded, TrainingConfig config) throws InputError {
        try {
            return new Trainer(loaded.network(), loaded.split().training(), loaded.split().validation(), config);
        } catch (IllegalArgumentException e) {
            throw dataOptions.problem("--data", e.getMessage());
        }
    }
}
