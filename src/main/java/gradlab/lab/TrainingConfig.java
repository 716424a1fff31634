package gradlab.lab;

import gradlab.nn.Loss;
import gradlab.optim.Optimizers;

/**
 * How to train: loss, optimizer and its settings, batch size, shuffling, penalties and early stopping.
 * L2 adds (λ₂/2)·‖W‖² to the objective and L1 adds (λ₁/2)·‖W‖₁, in the notes' form (notes 001); both
 * act on weights, not biases. Patience 0 turns early stopping off.
 */
public record TrainingConfig(Loss loss, String optimizer, double learningRate, Optimizers.Settings settings,
                             int batchSize, long seed, boolean shuffle, double l1, double l2, int patience) {
    public TrainingConfig {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        if (!(l1 >= 0) || !(l2 >= 0) || !Double.isFinite(l1) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("regularization coefficients must be finite and at least 0");
        }
        if (patience < 0) throw new IllegalArgumentException("patience must be at least 0, got " + patience);
        if (!Optimizers.NAMES.contains(optimizer)) {
            throw new IllegalArgumentException("unknown optimizer '" + optimizer + "' (expected " + String.join(" | ", Optimizers.NAMES) + ")");
        }
    }

    public static TrainingConfig defaults(Loss loss) {
        return new TrainingConfig(loss, "sgd", 0.03, Optimizers.Settings.defaults(), 10, 1, true, 0, 0, 0);
    }

    public TrainingConfig withOptimizer(String name, double rate) {
        return new TrainingConfig(loss, name, rate, settings, batchSize, seed, shuffle, l1, l2, patience);
    }

    public TrainingConfig withBatchSize(int size) {
        return new TrainingConfig(loss, optimizer, learningRate, settings, size, seed, shuffle, l1, l2, patience);
    }

    public TrainingConfig withSeed(long newSeed, boolean newShuffle) {
        return new TrainingConfig(loss, optimizer, learningRate, settings, batchSize, newSeed, newShuffle, l1, l2, patience);
    }

    public TrainingConfig withPenalties(double newL1, double newL2, int newPatience) {
        return new TrainingConfig(loss, optimizer, learningRate, settings, batchSize, seed, shuffle, newL1, newL2, newPatience);
    }

    public TrainingConfig withSettings(Optimizers.Settings newSettings) {
        return new TrainingConfig(loss, optimizer, learningRate, newSettings, batchSize, seed, shuffle, l1, l2, patience);
    }
}
