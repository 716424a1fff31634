package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.optim.Optimizers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;

/**
 * The speed benchmarks of the training issue: Playground's data, weights U(−0.5, 0.5), biases 0.1,
 * batch-mean gradients, no shuffling, float64. Peers' figures (ms/epoch) were measured on this kind of
 * machine and are printed beside ours.
 */
public enum BenchmarkTask {
    B1("circle, 250 points, 2-4-2-1 tanh, quadratic, SGD 0.03, batch 10", "circle", 250,
            new int[] {4, 2, 1}, Activation.TANH, Activation.TANH, Loss.QUADRATIC, 0.03, 10, 1000,
            "Playground 0.142 · plain Java 0.079 · EJML 0.087 · Encog 0.092 · DL4J 65"),
    B2("spiral, 250 points, 2-8-8-8-1 tanh, quadratic, SGD 0.03, batch 10", "spiral", 250,
            new int[] {8, 8, 8, 1}, Activation.TANH, Activation.TANH, Loss.QUADRATIC, 0.03, 10, 300,
            "Playground 1.02 · plain Java 0.227 · Encog 0.233"),
    B3("circle, 2000 points, 2-64-64-1 relu/sigmoid, binary cross-entropy, full-batch SGD 0.1", "circle", 2000,
            new int[] {64, 64, 1}, Activation.RELU, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, 0.1, 2000, 200,
            "Playground 153 · plain Java 18.4 · EJML 15.3 · numpy+OpenBLAS 3.34");

    public final String description;
    public final int epochs;
    public final String peers;
    private final String data;
    private final int points;
    private final int[] units;
    private final Activation hidden;
    private final Activation output;
    private final Loss loss;
    private final double learningRate;
    private final int batch;

    BenchmarkTask(String description, String data, int points, int[] units, Activation hidden, Activation output,
                  Loss loss, double learningRate, int batch, int epochs, String peers) {
        this.description = description;
        this.data = data;
        this.points = points;
        this.units = units;
        this.hidden = hidden;
        this.output = output;
        this.loss = loss;
        this.learningRate = learningRate;
        this.batch = batch;
        this.epochs = epochs;
        this.peers = peers;
    }

    /** A fresh trainer for one run (same data and weights every time). */
    public Trainer trainer(long seed) {
        return new Trainer(network(seed), dataset(seed), null, config(seed));
    }

    /** The same run written by hand with plain loops: the yardstick timed beside the engine. */
    public HandWrittenReference reference(long seed) {
        return new HandWrittenReference(network(seed), dataset(seed), config(seed));
    }

    private Dataset dataset(long seed) {
        return Generators.generate(Generators.Spec.of(data, points, 0, seed));
    }

    private TrainingConfig config(long seed) {
        return new TrainingConfig(loss, "sgd", learningRate, Optimizers.Settings.defaults(), batch, seed, false, 0, 0, 0);
    }

    private Network network(long seed) {
        Activation[] activations = new Activation[units.length];
        for (int l = 0; l < units.length; l++) activations[l] = l == units.length - 1 ? output : hidden;
        Network network = Network.create(Features.plain(2), units, activations, Init.ZEROS, seed);
        Random random = new Random(seed);
        for (int l = 0; l < network.depth(); l++) {
            double[] w = network.layer(l).weights().value().data;
            for (int i = 0; i < w.length; i++) w[i] = random.nextDouble() - 0.5;
            Arrays.fill(network.layer(l).biases().value().data, 0.1);
        }
        return network;
    }

    /**
     * Floating-point operations of the matrix products in one epoch (each multiply-add counted as two, as
     * BLAS benchmarks count them): every layer of d_in inputs and d_out units does, over the epoch's N
     * samples, its forward product Z = X·Wᵀ (2·N·d_in·d_out), its weights' gradient Gᵀ·X (the same) and,
     * above the first layer, the gradient sent down G·W (the same again). B3: 2·2000·(2·64 + 64·64 + 64·1)
     * × 3, less the first layer's 2·2000·2·64 = 50.9 million. Bias, activation, loss and update are not counted.
     */
    public long productFlopsPerEpoch() {
        long flops = 0;
        int in = 2;
        for (int l = 0; l < units.length; l++) {
            long product = 2L * points * in * units[l];
            flops += product * (l == 0 ? 2 : 3);
            in = units[l];
        }
        return flops;
    }

    /** Trains the hand-written reference {@code epochs} epochs; returns seconds, and its final loss through {@code loss}. */
    public static double time(HandWrittenReference reference, int epochs, double[] loss) {
        long start = System.nanoTime();
        for (int e = 0; e < epochs; e++) loss[0] = reference.epoch();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Trains {@code epochs} epochs; returns the wall time of the training loop in seconds. */
    public static double time(Trainer trainer, int epochs) {
        return timeBoth(trainer, epochs)[0];
    }

    /**
     * Trains {@code epochs} epochs; returns {wall seconds, this thread's CPU seconds} of the training loop. On a
     * shared machine the wall clock counts the time other programs held the core; the CPU time does not.
     */
    public static double[] timeBoth(Trainer trainer, int epochs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
        for (int e = 0; e < epochs && trainer.canTrain(); e++) trainer.stepEpoch();
        return new double[] {(System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9};
    }
}
