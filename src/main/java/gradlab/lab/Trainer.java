package gradlab.lab;

import gradlab.autodiff.Tensor;
import gradlab.data.Dataset;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.nn.TargetEncoding;
import gradlab.optim.Optimizer;
import gradlab.optim.Optimizers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * One experiment: a network, its training and validation data, a loss and an optimizer. Trains one
 * sample, one batch or one epoch at a time. Graphs and buffers are built once and replayed, so a step
 * allocates nothing. Not thread-safe: use it from one thread ({@link TrainingRunner} does).
 *
 * <p>Full-batch training (one batch is the whole set, no dropout, no look-ahead optimizer) evaluates
 * the epoch's loss through the training graph itself, and the next update reuses that forward pass:
 * the weights have not changed in between, so it is the same computation. Whoever changes the weights
 * from outside calls {@link #weightsChanged()}. A full batch is never shuffled: its mean gradient does
 * not depend on the order.
 */
public final class Trainer {
    private final Network network;
    private final Dataset training;
    private final Dataset validation;
    private final TrainingConfig config;
    private final Optimizer optimizer;
    private final TargetEncoding encoding;
    private final List<Tensor> parameters;
    private final double[][] features;       // training samples' feature vectors
    private final double[][] targets;        // encoded training targets
    private final double[][] validationFeatures;
    private final double[][] validationTargets;
    private final int[] order;
    private final Random shuffleRandom;
    private final Random dropoutRandom;
    private final Evaluator trainingEvaluator;
    private final Evaluator validationEvaluator;
    private NetworkGraph batchGraph;
    private NetworkGraph sampleGraph;
    private NetworkGraph tailGraph;           // the smaller last batch of an epoch
    private final boolean reuseFullBatch;
    private boolean forwardIsCurrent;
    private final History history = new History(4096);
    private final List<double[]> lastGood = new ArrayList<>();
    private final double[][] beforeUpdate;
    private final double[] gradientNorms;
    private final double[] updateRatios;

    private int epoch;
    private int position;
    private long updates;
    private TrainingSnapshot.Status status = TrainingSnapshot.Status.READY;
    private String message = "";
    private double trainingLoss = Double.NaN, validationLoss = Double.NaN;
    private double trainingAccuracy = Double.NaN, validationAccuracy = Double.NaN;
    private double bestValidationLoss = Double.POSITIVE_INFINITY;
    private double bestTrainingLoss = Double.NaN, bestTrainingAccuracy = Double.NaN, bestValidationAccuracy = Double.NaN;
    private int bestEpoch;
    private int epochsWithoutImprovement;
    private List<double[]> bestWeights;
    private int keptEpoch = -1;   // the epoch whose weights early stopping put back; -1 while it has not stopped
    private double lastEpochLoss = Double.NaN;   // the loss recorded for the last epoch run, even when its weights were not kept

    /** Values a whole-data pass may hold (samples × units of all layers): about 200 MB each for z, a and their gradients. */
    public static final long MAX_PASS_VALUES = 25_000_000L;

    /**
     * A training loss above this has blown up even though it is still a finite number: quadratic loss
     * reaches it only with outputs around a million away from their targets. The run counts as diverged.
     */
    public static final double BLOWN_UP = 1e12;

    /**
     * Why {@code samples} samples through {@code network} would not fit in memory, if so: the trainer
     * evaluates the whole training set in one pass, which holds every unit's value for every sample.
     */
    public static Optional<String> sizeProblem(Network network, int samples) {
        long units = network.features().size();
        for (int l = 0; l < network.depth(); l++) units += network.layer(l).units();
        long values = units * samples;
        if (values <= MAX_PASS_VALUES) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT,
                "%,d samples through %,d units make %,d values per pass; at most %,d fit (use fewer samples or a smaller network)",
                samples, units, values, MAX_PASS_VALUES));
    }

    public Trainer(Network network, Dataset training, Dataset validation, TrainingConfig config) {
        if (training.size() == 0) throw new IllegalArgumentException("the training set is empty");
        if (training.inputCount() != network.features().rawCount()) {
            throw new IllegalArgumentException("the data has " + training.inputCount() + " input column(s) but the network takes "
                    + network.features().rawCount());
        }
        this.network = network;
        this.training = training;
        this.validation = validation == null || validation.size() == 0 ? null : validation;
        this.config = config;
        this.encoding = TargetEncoding.forNetwork(network, training);
        this.optimizer = Optimizers.create(config.optimizer(), config.learningRate(), config.settings());
        this.parameters = network.parameters();
        this.features = featuresOf(training);
        this.targets = targetsOf(training);
        this.validationFeatures = this.validation == null ? null : featuresOf(this.validation);
        this.validationTargets = this.validation == null ? null : targetsOf(this.validation);
        this.order = new int[training.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        this.shuffleRandom = new Random(config.seed());
        this.dropoutRandom = new Random(config.seed() ^ 0x5DEECE66DL);
        boolean dropout = network.layers().stream().anyMatch(l -> l.dropout() > 0);
        this.reuseFullBatch = config.batchSize() >= training.size() && !dropout && !optimizer.movesBeforeGradient();
        this.trainingEvaluator = reuseFullBatch
                ? new Evaluator(graphFor(training.size()), features, targets, encoding, training.isClassification())
                : new Evaluator(network, config.loss(), features, targets, encoding, training.isClassification());
        this.validationEvaluator = this.validation == null ? null
                : new Evaluator(network, config.loss(), validationFeatures, validationTargets, encoding, training.isClassification());
        this.beforeUpdate = new double[network.depth()][];
        for (int l = 0; l < network.depth(); l++) beforeUpdate[l] = new double[network.layer(l).weights().value().data.length];
        this.gradientNorms = new double[network.depth()];
        this.updateRatios = new double[network.depth()];
        rememberGoodWeights();
        if (shuffles()) shuffle();
    }

    private boolean shuffles() { return config.shuffle() && config.batchSize() < training.size(); }

    /**
     * Carries on the epoch count and the history of an earlier run, when a changed setting (optimizer,
     * batch size, …) needs a new trainer but the curve should go on.
     */
    public void continueFrom(TrainingSnapshot previous) {
        epoch = previous.epoch();
        updates = previous.updates();
        trainingLoss = previous.trainingLoss();
        validationLoss = previous.validationLoss();
        trainingAccuracy = previous.trainingAccuracy();
        validationAccuracy = previous.validationAccuracy();
        history.clear();
        for (History.Entry entry : previous.history()) history.add(entry);
    }

    /** Call after changing the network's weights from outside the trainer. */
    public void weightsChanged() { forwardIsCurrent = false; }

    private double[][] featuresOf(Dataset data) {
        double[][] out = new double[data.size()][];
        for (int i = 0; i < out.length; i++) out[i] = network.features().compute(data.input(i));
        return out;
    }

    private double[][] targetsOf(Dataset data) {
        double[][] out = new double[data.size()][];
        for (int i = 0; i < out.length; i++) out[i] = encoding.encode(data.target(i));
        return out;
    }

    public Network network() { return network; }
    public TrainingConfig config() { return config; }
    public Optimizer optimizer() { return optimizer; }
    public TargetEncoding encoding() { return encoding; }
    public History history() { return history; }
    public int epoch() { return epoch; }
    public long updates() { return updates; }
    public int positionInEpoch() { return position; }
    public TrainingSnapshot.Status status() { return status; }
    public String message() { return message; }
    /**
     * The epoch whose weights the network holds: the last one, or after early stopping the best one it
     * went back to. The losses and accuracies below are always those of these weights.
     */
    public int keptEpoch() { return keptEpoch >= 0 ? keptEpoch : epoch; }

    public double trainingLoss() { return trainingLoss; }

    /** The training loss recorded for the last epoch run (SPEC §3): a point of the loss history, kept or not. */
    public double lastEpochLoss() { return lastEpochLoss; }
    public double validationLoss() { return validationLoss; }
    public double trainingAccuracy() { return trainingAccuracy; }
    public double validationAccuracy() { return validationAccuracy; }
    public boolean canTrain() { return status == TrainingSnapshot.Status.READY; }

    /** Changes the learning rate from the next update on; the optimizer keeps its state. */
    public void setLearningRate(double rate) { optimizer.setLearningRate(rate); }

    /** One update from the next single sample. */
    public void stepSample() { update(1); }

    /** One update from the next batch (smaller at the end of the epoch). */
    public void stepBatch() { update(Math.min(config.batchSize(), order.length - position)); }

    /** Batches until the current epoch ends. */
    public void stepEpoch() {
        int start = epoch;
        while (canTrain() && epoch == start) stepBatch();
    }

    private void update(int count) {
        if (!canTrain()) return;
        NetworkGraph graph = graphFor(count);
        boolean lastOfEpoch = position + count == order.length;
        double batchLoss;
        if (forwardIsCurrent && count == order.length) {
            batchLoss = graph.loss().item();          // the evaluation after the last update was this forward pass
            graph.backward();
        } else {
            for (int k = 0; k < count; k++) {
                int sample = order[position + k];
                graph.setFeatures(k, features[sample]);
                graph.setTarget(k, targets[sample]);
            }
            optimizer.beforeGradient(parameters);
            batchLoss = graph.forwardBackward();
        }
        forwardIsCurrent = false;
        addPenaltyGradients();
        if (lastOfEpoch) keepWeightsBeforeUpdate();
        optimizer.step(parameters);
        updates++;
        position += count;
        if (!Double.isFinite(batchLoss) || !parametersFinite()) {
            diverge();
            return;
        }
        if (lastOfEpoch) endEpoch();
    }

    private NetworkGraph graphFor(int count) {
        if (count == config.batchSize()) {
            if (batchGraph == null) batchGraph = new NetworkGraph(network, count, config.loss(), dropoutRandom);
            return batchGraph;
        }
        if (count == 1) {
            if (sampleGraph == null) sampleGraph = new NetworkGraph(network, 1, config.loss(), dropoutRandom);
            return sampleGraph;
        }
        if (tailGraph == null || tailGraph.batchSize() != count) tailGraph = new NetworkGraph(network, count, config.loss(), dropoutRandom);
        return tailGraph;
    }

    /** ∂/∂W of (λ₂/2)‖W‖² + (λ₁/2)‖W‖₁ added to each weight gradient. */
    private void addPenaltyGradients() {
        if (config.l1() == 0 && config.l2() == 0) return;
        for (int l = 0; l < network.depth(); l++) {
            double[] w = network.layer(l).weights().value().data, g = network.layer(l).weights().grad().data;
            for (int i = 0; i < w.length; i++) g[i] += config.l2() * w[i] + config.l1() / 2 * Math.signum(w[i]);
        }
    }

    private void keepWeightsBeforeUpdate() {
        for (int l = 0; l < network.depth(); l++) {
            double[] w = network.layer(l).weights().value().data;
            System.arraycopy(w, 0, beforeUpdate[l], 0, w.length);
            gradientNorms[l] = norm(network.layer(l).weights().grad().data);
        }
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) sum += x * x;
        return Math.sqrt(sum);
    }

    private boolean parametersFinite() {
        for (Tensor t : parameters) for (double v : t.value().data) if (!Double.isFinite(v)) return false;
        return true;
    }

    private void endEpoch() {
        position = 0;
        for (int l = 0; l < network.depth(); l++) {
            double[] w = network.layer(l).weights().value().data, before = beforeUpdate[l];
            double change = 0;
            for (int i = 0; i < w.length; i++) change += (w[i] - before[i]) * (w[i] - before[i]);
            updateRatios[l] = Math.sqrt(change) / Math.max(norm(before), 1e-12);
        }
        Evaluator.Result train = trainingEvaluator.evaluate();
        forwardIsCurrent = reuseFullBatch;
        if (!Double.isFinite(train.loss()) || train.loss() > BLOWN_UP) {   // ln 0 of a saturated sigmoid, or outputs in the millions
            diverge();
            return;
        }
        epoch++;
        trainingLoss = train.loss();
        lastEpochLoss = trainingLoss;
        trainingAccuracy = train.accuracy();
        if (validationEvaluator != null) {
            Evaluator.Result val = validationEvaluator.evaluate();
            validationLoss = val.loss();
            validationAccuracy = val.accuracy();
        }
        history.add(new History.Entry(epoch, trainingLoss, validationLoss, trainingAccuracy, validationAccuracy,
                gradientNorms.clone(), updateRatios.clone()));
        rememberGoodWeights();
        checkEarlyStopping();
        if (shuffles()) shuffle();
    }

    private void checkEarlyStopping() {
        if (config.patience() == 0 || validationEvaluator == null) return;
        if (validationLoss < bestValidationLoss) {
            bestValidationLoss = validationLoss;
            bestTrainingLoss = trainingLoss;
            bestTrainingAccuracy = trainingAccuracy;
            bestValidationAccuracy = validationAccuracy;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
            bestWeights = copyParameters();
        } else if (++epochsWithoutImprovement >= config.patience()) {
            restore(bestWeights);
            forwardIsCurrent = false;
            // the figures now describe the weights kept, not the last epoch's that were thrown away
            keptEpoch = bestEpoch;
            trainingLoss = bestTrainingLoss;
            trainingAccuracy = bestTrainingAccuracy;
            validationLoss = bestValidationLoss;
            validationAccuracy = bestValidationAccuracy;
            status = TrainingSnapshot.Status.STOPPED_EARLY;
            message = String.format(Locale.ROOT, "stopped early at epoch %d: validation loss has not improved for %d epochs; "
                    + "kept the best weights (validation loss %.4g)", epoch, config.patience(), bestValidationLoss);
        }
    }

    private void diverge() {
        status = TrainingSnapshot.Status.DIVERGED;
        message = "diverged after epoch " + epoch + " (learning rate too large?)";   // the epoch every view shows: the last one finished
    }

    /** After divergence: puts back the weights of the last finished epoch and clears the optimizer's state. */
    public void restoreLastGood() {
        restore(lastGood);
        forwardIsCurrent = false;
        optimizer.reset();
        position = 0;
        status = TrainingSnapshot.Status.READY;
        message = "restored the weights of epoch " + epoch;
        Evaluator.Result train = trainingEvaluator.evaluate();   // the losses shown are those of the weights put back
        forwardIsCurrent = reuseFullBatch;
        trainingLoss = train.loss();
        trainingAccuracy = train.accuracy();
        if (validationEvaluator != null) {
            Evaluator.Result val = validationEvaluator.evaluate();
            validationLoss = val.loss();
            validationAccuracy = val.accuracy();
        }
    }

    private void rememberGoodWeights() {
        lastGood.clear();
        lastGood.addAll(copyParameters());
    }

    private List<double[]> copyParameters() {
        List<double[]> copy = new ArrayList<>();
        for (Tensor t : parameters) copy.add(t.value().data.clone());
        return copy;
    }

    private void restore(List<double[]> weights) {
        for (int p = 0; p < parameters.size(); p++) {
            System.arraycopy(weights.get(p), 0, parameters.get(p).value().data, 0, weights.get(p).length);
        }
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffleRandom.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /** The whole-training-set loss and accuracy with the current weights (no dropout). */
    public Evaluator.Result evaluateTraining() { return trainingEvaluator.evaluate(); }

    public TrainingSnapshot snapshot() {
        return new TrainingSnapshot(status, message, epoch, updates, position, trainingLoss, validationLoss,
                trainingAccuracy, validationAccuracy, copyParameters(), history.toArray());
    }
}
