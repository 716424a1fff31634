package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.explain.GradientNorms;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkEdits;
import gradlab.optim.OptimizerKind;
import gradlab.optim.Optimizers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Two (or more) copies of one experiment, identical but for one setting, trained side by side in lock
 * step from the same seed and, where the shapes allow, the same starting weights. The presets are the
 * comparisons of the notes: sigmoid vs ReLU in a deep narrow net, plain SGD vs momentum, zeros vs Glorot
 * initialisation (symmetry), quadratic vs cross-entropy on a saturated neuron, and exploding gradients.
 */
public final class Twins {
    public enum Preset {
        SIGMOID_VS_RELU("sigmoid vs ReLU", "A 2-8-8-8-8-8-1 net on circle data, both twins with the same Glorot-uniform starting weights "
                + "(seed 1), SGD at 0.1. Only the hidden activation differs. Sigmoid's slope is at most 0.25, so the error shrinks at "
                + "every layer on its way back; ReLU passes it on unchanged where a unit is active."),
        SGD_VS_MOMENTUM("plain SGD vs momentum", "Playground's 2-4-2-1 tanh net on circle data, learning rate 0.03, batch 10; "
                + "the second twin adds momentum λ = 0.9."),
        ZEROS_VS_GLOROT("zeros vs Glorot init", "The same 2-4-2-1 tanh net, once with every weight 0, once Glorot-uniform. "
                + "With zeros every hidden unit of a layer computes the same thing and gets the same gradient: they stay identical."),
        QUADRATIC_VS_CROSS_ENTROPY("quadratic vs cross-entropy", "One sigmoid neuron, w = 2, b = 2, learning one sample (x = 1, target 0): "
                + "its output starts at 0.98, badly wrong and saturated. With the quadratic loss the gradient carries σ'(z) ≈ 0.018 and learning "
                + "starts slowly; cross-entropy cancels σ'(z) and learns at once (notes 000/001)."),
        EXPLODING("exploding gradients", "A 2-8-8-8-8-8-1 ReLU net with a linear output, whose starting weights are four times He's: each layer multiplies the error "
                + "on its way back by about 4·√2, so the first layers' gradients are thousands of times the last's, and SGD at 0.01 blows up. "
                + "The twin starts from He's weights.");

        public final String title, explanation;

        Preset(String title, String explanation) {
            this.title = title;
            this.explanation = explanation;
        }
    }

    /** One copy: its label, network, data and how it trains. */
    public record Twin(String label, Network network, Dataset data, TrainingConfig config) {}

    public record Setup(String title, String explanation, List<Twin> twins) {}

    private Twins() {}

    public static Setup preset(Preset p) {
        Dataset circle = Generators.generate(Generators.Spec.of("circle", 250, 0, 1));
        TrainingConfig base = TrainingConfig.defaults(Loss.QUADRATIC);
        return switch (p) {
            case SIGMOID_VS_RELU -> {
                Network sigmoid = deep(Activation.SIGMOID, Init.GLOROT_UNIFORM, 1);
                Network relu = sameWeights(deep(Activation.RELU, Init.GLOROT_UNIFORM, 1), sigmoid);
                TrainingConfig c = base.withOptimizer("sgd", 0.1);
                yield new Setup(p.title, p.explanation, List.of(new Twin("sigmoid", sigmoid, circle, c), new Twin("ReLU", relu, circle, c)));
            }
            case SGD_VS_MOMENTUM -> {
                Network a = Presets.playground(), b = Presets.playground();
                yield new Setup(p.title, p.explanation, List.of(new Twin("SGD", a, circle, base),
                        new Twin("momentum λ = 0.9", b, circle, base.withOptimizer("momentum", 0.03))));
            }
            case ZEROS_VS_GLOROT -> {
                Network zeros = Presets.reinitialised(Presets.playground(), Init.ZEROS, 1);
                yield new Setup(p.title, p.explanation, List.of(new Twin("zeros", zeros, circle, base.withOptimizer("sgd", 0.1)),
                        new Twin("Glorot", Presets.playground(), circle, base.withOptimizer("sgd", 0.1))));
            }
            case QUADRATIC_VS_CROSS_ENTROPY -> {
                Dataset one = new Dataset("one sample", new double[][] {{1}}, new double[][] {{0}}, 2);
                Network q = neuron(), ce = neuron();
                TrainingConfig quadratic = new TrainingConfig(Loss.QUADRATIC, "sgd", 0.15, Optimizers.Settings.defaults(), 1, 1, false, 0, 0, 0);
                TrainingConfig crossEntropy = new TrainingConfig(Loss.BINARY_CROSS_ENTROPY, "sgd", 0.15, Optimizers.Settings.defaults(), 1, 1, false, 0, 0, 0);
                yield new Setup(p.title, p.explanation, List.of(new Twin("quadratic", q, one, quadratic), new Twin("cross-entropy", ce, one, crossEntropy)));
            }
            case EXPLODING -> {
                Activation[] acts = {Activation.RELU, Activation.RELU, Activation.RELU, Activation.RELU, Activation.RELU, Activation.IDENTITY};
                Network he = Network.create(Features.plain(2), new int[] {8, 8, 8, 8, 8, 1}, acts, Init.HE, 1);
                he.setName("deep-relu-linear-output");
                Network big = he.copy();
                for (int l = 0; l < big.depth(); l++) {
                    double[] w = big.layer(l).weights().value().data;
                    for (int i = 0; i < w.length; i++) w[i] *= 4;
                }
                TrainingConfig c = base.withOptimizer("sgd", 0.01);
                yield new Setup(p.title, p.explanation, List.of(new Twin("weights × 4", big, circle, c), new Twin("He", he, circle, c)));
            }
        };
    }

    /** The settings a twin of the lab's own experiment can differ in. */
    public static final List<String> VARIABLE = List.of("hidden activation", "init", "optimizer", "learning rate", "depth");

    /**
     * Twins of an experiment identical but for {@code setting}: the first is the experiment as it is, the
     * second changed (sigmoid ↔ ReLU in the hidden layers, zero weights, momentum instead of the optimizer,
     * ten times the learning rate, or one more hidden layer). Same seed, and the same starting weights
     * wherever the shapes allow.
     */
    public static Setup varying(Network network, Dataset data, TrainingConfig config, String setting) {
        Network same = network.copy(), other = network.copy();
        TrainingConfig otherConfig = config;
        String label;
        switch (setting) {
            case "hidden activation" -> {
                Activation current = network.depth() > 1 ? network.layer(0).activation() : Activation.SIGMOID;
                Activation next = current == Activation.RELU ? Activation.SIGMOID : Activation.RELU;
                for (int l = 0; l < other.depth() - 1; l++) other = NetworkEdits.setActivation(other, l, next);
                other.copyWeightsFrom(network);
                label = next.fileName() + " hidden";
            }
            case "init" -> {
                other = Presets.reinitialised(network, Init.ZEROS, config.seed());
                label = "zero weights";
            }
            case "optimizer" -> {
                String next = (OptimizerKind.of(config.optimizer()) == OptimizerKind.MOMENTUM ? OptimizerKind.SGD : OptimizerKind.MOMENTUM).id();
                otherConfig = config.withOptimizer(next, config.learningRate());
                label = next;
            }
            case "learning rate" -> {
                otherConfig = config.withOptimizer(config.optimizer(), config.learningRate() * 10);
                label = "learning rate × 10";
            }
            case "depth" -> {
                other = NetworkEdits.addHiddenLayer(network.copy(), network.depth() > 1 ? network.layer(0).units() : 4);
                label = "one more hidden layer";
            }
            default -> throw new IllegalArgumentException("no twin setting '" + setting + "' (expected " + String.join(", ", VARIABLE) + ")");
        }
        String explanation = "The lab's network and data, twice: as they are, and with " + label
                + (setting.equals("depth") ? " (its new layer starts from fresh weights)." : " (every other weight the same).");
        return new Setup("the lab: " + label, explanation, List.of(new Twin("as it is", same, data, config), new Twin(label, other, data, otherConfig)));
    }

    /** A 2-8-8-8-8-8-1 network: five hidden layers of {@code hidden}, a sigmoid output. */
    public static Network deep(Activation hidden, Init init, long seed) {
        Activation[] acts = {hidden, hidden, hidden, hidden, hidden, Activation.SIGMOID};
        Network net = Network.create(Features.plain(2), new int[] {8, 8, 8, 8, 8, 1}, acts, init, seed);
        net.setName("deep-" + hidden.fileName());
        return net;
    }

    private static Network neuron() {
        Network net = Network.create(Features.plain(1), new int[] {1}, new Activation[] {Activation.SIGMOID}, Init.ZEROS, 1);
        net.set("layers.0.weights[0,0]", 2);
        net.set("layers.0.biases[0]", 2);
        return net;
    }

    /** {@code target} with the weights of {@code source} (same shapes): twins start from the same point. */
    static Network sameWeights(Network target, Network source) {
        target.copyWeightsFrom(source);
        return target;
    }

    /**
     * Whether every unit of hidden layer {@code layer} has the same incoming weights and bias as the first:
     * the symmetry that zero initialisation never breaks.
     */
    public static boolean unitsIdentical(Network net, int layer) {
        Layer l = net.layer(layer);
        for (int u = 1; u < l.units(); u++) {
            if (l.bias(u) != l.bias(0)) return false;
            for (int c = 0; c < l.inputs(); c++) if (l.weight(u, c) != l.weight(0, c)) return false;
        }
        return true;
    }

    /**
     * The twins training in lock step: one epoch each per {@link #epoch()}, with their gradient norms. Each
     * twin's loss after every epoch and its first-over-last ‖∂C/∂b‖ ratio every {@link #MEASURE_EVERY} epochs
     * are kept (thinned to at most {@link #KEPT} points), with the ratio at the start, so the story the ratio
     * tells stays on screen however long they train. Not thread-safe: one thread (a {@link Runner}'s) uses it.
     */
    public static final class Run {
        /** Every how many epochs the gradient norms are measured (a full-batch pass per twin). */
        public static final int MEASURE_EVERY = 5;
        static final int KEPT = 1024;
        private final Setup setup;
        private final List<Trainer> trainers = new ArrayList<>();
        private final List<GradientNorms> probes = new ArrayList<>();
        private final List<List<double[]>> losses = new ArrayList<>(), ratios = new ArrayList<>();
        private List<GradientNorms.Measurement> norms;
        private final double[] firstRatios;
        private int epochs;

        public Run(Setup setup) {
            this.setup = setup;
            for (Twin t : setup.twins()) {
                Network own = t.network().copy();
                trainers.add(new Trainer(own, t.data(), null, t.config()));
                probes.add(new GradientNorms(own, t.data(), t.config().loss()));
                losses.add(new ArrayList<>());
                ratios.add(new ArrayList<>());
            }
            firstRatios = new double[trainers.size()];
            measure();
            for (int i = 0; i < firstRatios.length; i++) firstRatios[i] = ratio(norms.get(i));
        }

        public Setup setup() { return setup; }
        public List<Trainer> trainers() { return List.copyOf(trainers); }
        /** Epochs the twins have trained in lock step (a twin that stopped keeps its last values). */
        public int epochs() { return epochs; }

        public boolean canTrain() {
            for (Trainer t : trainers) if (t.canTrain()) return true;
            return false;
        }

        /** One epoch for every twin that can still train; the norms are measured again every {@link #MEASURE_EVERY}. */
        public void epoch() {
            for (Trainer t : trainers) if (t.canTrain()) t.stepEpoch();
            epochs++;
            for (int i = 0; i < trainers.size(); i++) keep(losses.get(i), new double[] {epochs, trainers.get(i).trainingLoss()});
            if (epochs % MEASURE_EVERY == 0 || !canTrain()) measure();
        }

        /** Each twin's per-layer gradient norms over its training set, now. */
        public List<GradientNorms.Measurement> norms() {
            List<GradientNorms.Measurement> out = new ArrayList<>();
            for (int i = 0; i < trainers.size(); i++) out.add(probes.get(i).measure(trainers.get(i).network()));
            return out;
        }

        private void measure() {
            norms = norms();
            for (int i = 0; i < norms.size(); i++) {
                List<double[]> r = ratios.get(i);
                if (r.isEmpty() || r.get(r.size() - 1)[0] < epochs) keep(r, new double[] {epochs, ratio(norms.get(i))});
            }
        }

        /** Appends, and when full keeps every other point: any number of epochs in bounded memory. */
        private static void keep(List<double[]> series, double[] point) {
            series.add(point);
            if (series.size() > KEPT) {
                List<double[]> thinned = new ArrayList<>();
                for (int k = 0; k < series.size(); k += 2) thinned.add(series.get(k));
                if (thinned.get(thinned.size() - 1) != point) thinned.add(point);
                series.clear();
                series.addAll(thinned);
            }
        }

        /** ‖∂C/∂b‖ of the first layer over that of the last: below 1 the gradients shrink on their way back. */
        static double ratio(GradientNorms.Measurement m) {
            double[] b = m.biases();
            return b[0] / b[b.length - 1];
        }

        /** What the twins are now, to draw: copies, never changed afterwards. */
        public Picture picture() {
            List<TwinPicture> twins = new ArrayList<>();
            for (int i = 0; i < trainers.size(); i++) {
                Trainer t = trainers.get(i);
                GradientNorms.Measurement m = norms.get(i);
                twins.add(new TwinPicture(setup.twins().get(i).label(), t.trainingLoss(), t.status(), t.message(),
                        List.copyOf(losses.get(i)), new GradientNorms.Measurement(m.weights().clone(), m.biases().clone()),
                        firstRatios[i], ratio(m), List.copyOf(ratios.get(i))));
            }
            Network first = trainers.get(0).network();
            boolean symmetric = first.depth() > 1 && unitsIdentical(first, 0);
            return new Picture(setup, epochs, List.copyOf(twins), canTrain(), symmetric);
        }
    }

    /**
     * One twin as drawn: its loss now and after each epoch, its gradient norms per layer now, and its first-over-last
     * ratio at epoch 0, now, and over the epochs ({epoch, ratio} points).
     */
    public record TwinPicture(String label, double loss, TrainingSnapshot.Status status, String message, List<double[]> losses,
                              GradientNorms.Measurement norms, double startRatio, double ratio, List<double[]> ratios) {
        /** Whether there is a ratio to speak of: more than one layer. */
        public boolean layered() { return norms.biases().length > 1; }
    }

    /** The twins after {@code epoch} lock-step epochs; {@code firstSymmetric}: the first twin's hidden units are still identical. */
    public record Picture(Setup setup, int epoch, List<TwinPicture> twins, boolean canTrain, boolean firstSymmetric) {}

    /**
     * Trains a {@link Run} off the screen's thread: every command goes to the window's {@link EngineRunner}
     * (in tests one that runs the task at once), and after each the runner hands an immutable
     * {@link Picture} to its listener. A command for twins that were replaced meanwhile publishes nothing.
     */
    public static final class Runner implements AutoCloseable {
        private final Executor executor;
        private final Consumer<Picture> listener;
        private final AtomicBoolean busy = new AtomicBoolean();
        private final AtomicInteger generation = new AtomicInteger();
        private Run run;   // only touched by tasks on the executor
        private volatile String failure;

        /** On {@code executor}: the window's {@link EngineRunner} (which stays the caller's: closing the runner leaves it running). */
        public Runner(Executor executor, Consumer<Picture> listener) {
            this.executor = executor;
            this.listener = listener;
        }

        /** Starts {@code setup} afresh; whatever was still running for the twins before publishes nothing. */
        public void load(Setup setup) {
            int mine = generation.incrementAndGet();
            submit(mine, () -> run = new Run(setup));
        }

        /** {@code n} epochs (fewer if both twins stop). */
        public void epochs(int n) {
            submit(generation.get(), () -> {
                for (int i = 0; i < n && run.canTrain(); i++) run.epoch();
            });
        }

        /**
         * As many epochs as fit in {@code budgetNanos} (at least one, at most {@code most}), unless a chunk is
         * still running: playing asks for one chunk a frame and never queues up work the screen cannot show.
         */
        public void chunk(long budgetNanos, int most) {
            if (!busy.compareAndSet(false, true)) return;
            int mine = generation.get();
            executor.execute(() -> {
                try {
                    long start = System.nanoTime();
                    if (mine == generation.get()) {
                        for (int i = 0; i < most && run.canTrain() && (i == 0 || System.nanoTime() - start < budgetNanos); i++) run.epoch();
                        publish(mine);
                    }
                } catch (RuntimeException e) {
                    failure = "the twins stopped: " + e;
                } finally {
                    busy.set(false);
                }
            });
        }

        /** What went wrong on the runner's thread, or null. */
        public String failure() { return failure; }

        private void submit(int mine, Runnable task) {
            executor.execute(() -> {
                if (mine != generation.get()) return;
                try {
                    task.run();
                    publish(mine);
                } catch (RuntimeException e) {
                    failure = "the twins stopped: " + e;
                }
            });
        }

        private void publish(int mine) {
            if (mine != generation.get() || run == null) return;
            listener.accept(run.picture());
        }

        @Override
        public void close() {
            generation.incrementAndGet();
        }
    }
}
