package gradlab.optim;

import gradlab.autodiff.Tensor;
import java.util.List;

/**
 * Moves parameters against their gradients (SPEC §3). Works on any list of tensors, so the same
 * optimizer trains a network or rolls a ball over a 2-D loss surface. Hyperparameters may change
 * between steps without losing the optimizer's state (a lecturer drags the learning-rate slider).
 *
 * <p>Protocol per update: {@link #beforeGradient} (Nesterov moves to its look-ahead point), compute the
 * gradients into the tensors' grads, then {@link #step}.
 */
public abstract class Optimizer {
    protected double learningRate;
    private int updates;
    private double[][] first;
    private double[][] second;

    protected Optimizer(double learningRate) {
        setLearningRate(learningRate);
    }

    public abstract String name();

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** k in the formulas: how many updates have been made, counting from 1 during the k-th step. */
    public int updates() { return updates; }

    /** Called before the gradient is computed; most optimizers do nothing here. */
    public void beforeGradient(List<Tensor> parameters) {}

    /** True when {@link #beforeGradient} moves the parameters (Nesterov's look-ahead). */
    public boolean movesBeforeGradient() { return false; }

    /** One update of every parameter from its grad. Parameters: Modified. */
    public final void step(List<Tensor> parameters) {
        if (first == null || first.length != parameters.size()) {
            first = new double[parameters.size()][];
            second = new double[parameters.size()][];
            for (int p = 0; p < parameters.size(); p++) {
                first[p] = new double[parameters.get(p).value().data.length];
                second[p] = new double[parameters.get(p).value().data.length];
            }
        }
        updates++;
        for (int p = 0; p < parameters.size(); p++) {
            Tensor t = parameters.get(p);
            update(t.value().data, t.grad().data, first[p], second[p]);
        }
    }

    /**
     * Updates θ from g; {@code first} and {@code second} are this parameter's state (velocity, running
     * averages), zero at the start.
     */
    protected abstract void update(double[] theta, double[] g, double[] first, double[] second);

    /** The first-moment state (velocity or m) of parameter p, for tests and views; null before a step. */
    public double[] state(int p) { return first == null ? null : first[p]; }

    /** The second-moment state (AdaGrad's and RMSProp's r, Adam's s) of parameter p; null before a step. */
    public double[] secondState(int p) { return second == null ? null : second[p]; }

    /** Forgets all state, as if no update had been made. */
    public void reset() {
        first = null;
        second = null;
        updates = 0;
    }

    static void requireInRange(String what, double value, double lo, double hi) {
        if (!(value >= lo && value < hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "), got " + value);
        }
    }
}
