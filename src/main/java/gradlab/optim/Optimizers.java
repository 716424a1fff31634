package gradlab.optim;

import gradlab.autodiff.Tensor;
import java.util.List;

/** The six optimizers of SPEC §3 (θ parameters, g the batch-mean gradient, k the update count). */
public final class Optimizers {
    private Optimizers() {}

    public static final List<String> NAMES = OptimizerKind.ids();

    /** Settings beyond the learning rate; the defaults are SPEC's. */
    public record Settings(double momentum, double rho, double beta1, double beta2, double delta, double epsilon) {
        public static Settings defaults() { return new Settings(0.9, 0.9, 0.9, 0.999, 1e-7, 1e-8); }
        public Settings withMomentum(double m) { return new Settings(m, rho, beta1, beta2, delta, epsilon); }
        public Settings withRho(double r) { return new Settings(momentum, r, beta1, beta2, delta, epsilon); }
    }

    /** The optimizer called {@code name}; IllegalArgumentException naming the choices if unknown. */
    public static Optimizer create(String name, double learningRate, Settings s) {
        return switch (name) {
            case "sgd" -> new Sgd(learningRate);
            case "momentum" -> new Momentum(learningRate, s.momentum());
            case "nesterov" -> new Nesterov(learningRate, s.momentum());
            case "adagrad" -> new AdaGrad(learningRate, s.delta());
            case "rmsprop" -> new RmsProp(learningRate, s.rho(), s.delta());
            case "adam" -> new Adam(learningRate, s.beta1(), s.beta2(), s.epsilon());
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "' (expected " + String.join(" | ", NAMES) + ")");
        };
    }

    /** θ ← θ − α g. */
    public static final class Sgd extends Optimizer {
        public Sgd(double learningRate) { super(learningRate); }
        public String name() { return "sgd"; }
        protected void update(double[] theta, double[] g, double[] v, double[] unused) {
            double alpha = learningRate;
            for (int i = 0; i < theta.length; i++) theta[i] -= alpha * g[i];
        }
    }

    /** v ← λ v − α g; θ ← θ + v. */
    public static class Momentum extends Optimizer {
        protected double lambda;
        public Momentum(double learningRate, double lambda) { super(learningRate); setMomentum(lambda); }
        public String name() { return "momentum"; }
        public double momentum() { return lambda; }
        public void setMomentum(double lambda) { requireInRange("momentum λ", lambda, 0, 1); this.lambda = lambda; }
        protected void update(double[] theta, double[] g, double[] v, double[] unused) {
            for (int i = 0; i < theta.length; i++) {
                v[i] = lambda * v[i] - learningRate * g[i];
                theta[i] += v[i];
            }
        }
    }

    /**
     * v ← λ v − α ∇C(θ + λ v); θ ← θ + v. {@link #beforeGradient} moves the parameters to the
     * look-ahead point θ + λ v, so the gradient the caller computes is ∇C(θ + λ v); the step then moves
     * back to θ and applies the update.
     */
    public static final class Nesterov extends Momentum {
        public Nesterov(double learningRate, double lambda) { super(learningRate, lambda); }
        @Override public String name() { return "nesterov"; }
        @Override public boolean movesBeforeGradient() { return true; }
        @Override public void beforeGradient(List<Tensor> parameters) {
            for (int p = 0; p < parameters.size(); p++) {
                double[] v = state(p);
                if (v == null) return;   // v = 0 before the first update: θ + λv = θ
                double[] theta = parameters.get(p).value().data;
                for (int i = 0; i < theta.length; i++) theta[i] += lambda * v[i];
            }
        }
        @Override protected void update(double[] theta, double[] g, double[] v, double[] unused) {
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= lambda * v[i];                  // back from the look-ahead point to θ
                v[i] = lambda * v[i] - learningRate * g[i];
                theta[i] += v[i];
            }
        }
    }

    /** r ← r + g²; θ ← θ − α / (δ + √r) ⊙ g. */
    public static final class AdaGrad extends Optimizer {
        private final double delta;
        public AdaGrad(double learningRate, double delta) { super(learningRate); this.delta = delta; }
        public String name() { return "adagrad"; }
        protected void update(double[] theta, double[] g, double[] r, double[] unused) {
            for (int i = 0; i < theta.length; i++) {
                r[i] += g[i] * g[i];
                theta[i] -= learningRate / (delta + Math.sqrt(r[i])) * g[i];
            }
        }
    }

    /** r ← ρ r + (1 − ρ) g²; θ ← θ − α / (δ + √r) ⊙ g. */
    public static final class RmsProp extends Optimizer {
        private double rho;
        private final double delta;
        public RmsProp(double learningRate, double rho, double delta) { super(learningRate); setRho(rho); this.delta = delta; }
        public String name() { return "rmsprop"; }
        public void setRho(double rho) { requireInRange("decay ρ", rho, 0, 1); this.rho = rho; }
        protected void update(double[] theta, double[] g, double[] r, double[] unused) {
            for (int i = 0; i < theta.length; i++) {
                r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
                theta[i] -= learningRate / (delta + Math.sqrt(r[i])) * g[i];
            }
        }
    }

    /** m ← β1 m + (1−β1) g; s ← β2 s + (1−β2) g²; θ ← θ − α m̂ / (√ŝ + ε), with bias-corrected m̂, ŝ. */
    public static final class Adam extends Optimizer {
        private final double beta1, beta2, epsilon;
        public Adam(double learningRate, double beta1, double beta2, double epsilon) {
            super(learningRate);
            requireInRange("β1", beta1, 0, 1);
            requireInRange("β2", beta2, 0, 1);
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
        }
        public String name() { return "adam"; }
        protected void update(double[] theta, double[] g, double[] m, double[] s) {
            int k = updates();
            double correction1 = 1 - Math.pow(beta1, k), correction2 = 1 - Math.pow(beta2, k);
            for (int i = 0; i < theta.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
                theta[i] -= learningRate * (m[i] / correction1) / (Math.sqrt(s[i] / correction2) + epsilon);
            }
        }
    }
}
