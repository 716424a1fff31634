package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.nn.Activation;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.TargetEncoding;
import gradlab.optim.OptimizerKind;
import gradlab.optim.Optimizers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab's experiment as one self-contained Python script: the same network with its current weights,
 * the same rows (written in), loss, optimizer, hyperparameters, batches, shuffling and epochs, printing
 * the training loss on the whole training set after each epoch (SPEC §3), as {@code train} records it.
 *
 * <p>The numpy script is the program's own arithmetic written out (SPEC §2/§3 formulas, the same
 * {@code java.util.Random} shuffle), so it reproduces {@code train}'s history. The PyTorch and Keras
 * scripts use their framework's layers and optimizers; where the framework's form differs from SPEC §3
 * the script says how the mapping is made, and where no exact mapping exists it says so at its top.
 */
public final class PythonExport {
    private PythonExport() {}

    /** The three targets of {@code export --to}. */
    public enum Framework {
        NUMPY("numpy"), PYTORCH("pytorch"), KERAS("keras");

        private final String id;
        Framework(String id) { this.id = id; }
        public String id() { return id; }
        public static Optional<Framework> find(String id) {
            for (Framework f : values()) if (f.id.equals(id)) return Optional.of(f);
            return Optional.empty();
        }
        public static String ids() { return "numpy | pytorch | keras"; }
    }

    /** What is exported: the network as it is now, the training (and validation) rows, how to train, for how long. */
    public record Experiment(Network network, Dataset training, Dataset validation, TrainingConfig config, int epochs) {}

    /** Rows written into a script at most; more makes a file no editor opens gladly. */
    public static final int MAX_ROWS = 100_000;

    /** Why {@code experiment} cannot be exported, if so: what the scripts could not reproduce. */
    public static Optional<String> problem(Experiment e) {
        for (int l = 0; l < e.network().depth(); l++) {
            if (e.network().layer(l).dropout() > 0) {
                return Optional.of("layer " + (l + 1) + " has dropout, whose random masks a script cannot reproduce; set its dropout to 0 to export");
            }
        }
        if (e.config().patience() > 0) {
            return Optional.of("early stopping (patience " + e.config().patience() + ") is not exported; train without it to export");
        }
        int rows = e.training().size() + (e.validation() == null ? 0 : e.validation().size());
        if (rows > MAX_ROWS) return Optional.of(rows + " rows are more than a script should hold (at most " + MAX_ROWS + ")");
        if (e.epochs() < 1) return Optional.of("epochs must be at least 1, got " + e.epochs());
        return Optional.empty();
    }

    /** The script; IllegalArgumentException with {@link #problem}'s message if it cannot be exported. */
    public static String script(Experiment e, Framework framework) {
        problem(e).ifPresent(p -> { throw new IllegalArgumentException(p); });
        return new Writer(e, framework).write();
    }

    private static final class Writer {
        private final Experiment e;
        private final Framework f;
        private final Network net;
        private final TrainingConfig c;
        private final OptimizerKind kind;
        private final Optimizers.Settings s;
        private final TargetEncoding encoding;
        private final StringBuilder out = new StringBuilder();

        Writer(Experiment e, Framework f) {
            this.e = e;
            this.f = f;
            this.net = e.network();
            this.c = e.config();
            this.kind = OptimizerKind.of(c.optimizer());
            this.s = c.settings();
            this.encoding = TargetEncoding.forNetwork(net, e.training());
        }

        private boolean shuffles() { return c.shuffle() && c.batchSize() < e.training().size(); }
        private boolean hasValidation() { return e.validation() != null && e.validation().size() > 0; }
        private boolean penalties() { return c.l1() > 0 || c.l2() > 0; }

        private Writer line(String text) { out.append(text).append('\n'); return this; }

        String write() {
            header();
            line(switch (f) { case NUMPY -> "import numpy as np"; case PYTORCH -> "import numpy as np\nimport torch";
                case KERAS -> "import numpy as np\nimport keras\nfrom keras import ops"; });
            line("");
            constants();
            data();
            javaRandom();
            switch (f) {
                case NUMPY -> numpy();
                case PYTORCH -> pytorch();
                case KERAS -> keras();
            }
            return out.toString();
        }

        // ---- the top: what this is, and where it is not exact

        private void header() {
            line("#!/usr/bin/env python3");
            line("\"\"\"Gradient Lab experiment, exported for " + switch (f) { case NUMPY -> "numpy"; case PYTORCH -> "PyTorch"; case KERAS -> "Keras 3"; } + ".");
            line("");
            line("Network: " + shape() + (net.name() == null ? "" : " (" + net.name() + ")"));
            line("Loss:    " + c.loss().fileName() + " (SPEC §2, averaged over a batch)");
            line("Optimizer: " + optimizerText());
            line("Batch " + c.batchSize() + ", " + e.epochs() + " epoch(s), "
                    + (shuffles() ? "samples shuffled before every epoch from seed " + c.seed() + " (java.util.Random, reproduced below)"
                    : c.batchSize() >= e.training().size() ? "full batch (never shuffled)" : "no shuffling (the rows' order)"));
            if (penalties()) line("Penalties on the weights (not the biases): L1 (λ1/2)·Σ|w| with λ1 = " + num(c.l1()) + ", L2 (λ2/2)·Σw² with λ2 = " + num(c.l2()));
            line("Prints the training loss on the whole training set after each epoch" + (hasValidation() ? ", and the validation loss" : "") + ".");
            for (String warning : notExact()) line("").line("NOT EXACT: " + warning);
            line("\"\"\"");
        }

        private List<String> notExact() {
            List<String> warnings = new ArrayList<>();
            if (f == Framework.KERAS) {
                switch (kind) {
                    case ADAGRAD -> warnings.add("keras.optimizers.Adagrad divides by sqrt(r + epsilon), SPEC §3 by (delta + sqrt(r)); no epsilon "
                            + "makes them equal. epsilon = delta² is used: the same where r = 0, and the steps differ by less than delta/sqrt(r) relatively.");
                    case RMSPROP -> warnings.add("keras.optimizers.RMSprop divides by sqrt(r + epsilon), SPEC §3 by (delta + sqrt(r)); no epsilon "
                            + "makes them equal. epsilon = delta² is used: the same where r = 0, and the steps differ by less than delta/sqrt(r) relatively.");
                    case ADAM -> warnings.add("keras.optimizers.Adam adds epsilon to sqrt(s) before the bias correction (Kingma & Ba's \"epsilon hat\"),"
                            + " SPEC §3 adds it to sqrt(ŝ) after: Keras's step is α m̂ / (sqrt(ŝ) + ε/sqrt(1 − β2^k)). With ε = 1e-8 the difference is"
                            + " below 1e-8 relative once sqrt(ŝ) is above 1e-4, but not zero.");
                    default -> { }
                }
            }
            return warnings;
        }

        private String shape() {
            StringBuilder text = new StringBuilder().append(net.features().size()).append(" input(s) ").append(net.features().names());
            for (Layer layer : net.layers()) text.append(" -> ").append(layer.units()).append(' ').append(layer.activation().fileName());
            return text.toString();
        }

        private String optimizerText() {
            String text = kind.id() + ", learning rate α = " + num(c.learningRate());
            if (kind.hasMomentum()) text += ", λ = " + num(s.momentum());
            if (kind.hasRho()) text += ", ρ = " + num(s.rho());
            if (kind == OptimizerKind.ADAGRAD || kind == OptimizerKind.RMSPROP) text += ", δ = " + num(s.delta());
            if (kind == OptimizerKind.ADAM) text += ", β1 = " + num(s.beta1()) + ", β2 = " + num(s.beta2()) + ", ε = " + num(s.epsilon());
            return text;
        }

        // ---- the experiment's numbers

        private void constants() {
            line("EPOCHS = " + e.epochs());
            line("BATCH = " + c.batchSize());
            line("SEED = " + c.seed());
            line("SHUFFLE = " + (shuffles() ? "True" : "False") + "   # shuffled before every epoch (a full batch never is)");
            line("LEARNING_RATE = " + num(c.learningRate()));
            if (kind.hasMomentum()) line("MOMENTUM = " + num(s.momentum()) + "   # λ");
            if (kind.hasRho()) line("RHO = " + num(s.rho()) + "   # ρ");
            if (kind == OptimizerKind.ADAGRAD || kind == OptimizerKind.RMSPROP) line("DELTA = " + num(s.delta()) + "   # δ");
            if (kind == OptimizerKind.ADAM) line("BETA1, BETA2, EPSILON = " + num(s.beta1()) + ", " + num(s.beta2()) + ", " + num(s.epsilon()));
            line("L1 = " + num(c.l1()) + "   # penalty (L1/2)·Σ|w| on the weights");
            line("L2 = " + num(c.l2()) + "   # penalty (L2/2)·Σw² on the weights");
            line("");
            line("# The weights as they are now: W[l] has one row per unit and one column per input (notes 000), b[l] one bias per unit.");
            StringBuilder w = new StringBuilder("W = ["), b = new StringBuilder("B = [");
            for (int l = 0; l < net.depth(); l++) {
                Layer layer = net.layer(l);
                w.append(l == 0 ? "" : ",\n     ").append("np.array(").append(matrix(layer.weights().toArray())).append(")");
                b.append(l == 0 ? "" : ",\n     ").append("np.array(").append(row(layer.biases().toArray()[0])).append(")");
            }
            line(w.append("]").toString());
            line(b.append("]").toString());
            StringBuilder acts = new StringBuilder("ACTIVATIONS = [");
            for (int l = 0; l < net.depth(); l++) acts.append(l == 0 ? "" : ", ").append('"').append(net.layer(l).activation().fileName()).append('"');
            line(acts.append("]").toString());
            line("LOSS = \"" + c.loss().fileName() + "\"");
            line("");
        }

        private void data() {
            line("# The data: raw inputs x1, x2, ... one row per sample, and the targets the output layer is trained towards"
                    + (encoding.low() != 0 ? " (class 0 written as " + num(encoding.low()) + " for this " + net.layer(net.depth() - 1).activation().fileName() + " output)" : "") + ".");
            rows("X_TRAIN_RAW", e.training(), false);
            rows("T_TRAIN", e.training(), true);
            if (hasValidation()) {
                rows("X_VALIDATION_RAW", e.validation(), false);
                rows("T_VALIDATION", e.validation(), true);
            }
            line("");
            line("def features(raw):");
            line("    \"\"\"The network's input features " + net.features().names() + " from the raw inputs.\"\"\"");
            StringBuilder cols = new StringBuilder();
            for (String name : net.features().names()) cols.append(cols.length() == 0 ? "" : ", ").append(featureExpression(name));
            line("    return np.column_stack([" + cols + "])");
            line("");
            line("X_TRAIN = features(X_TRAIN_RAW)");
            if (hasValidation()) line("X_VALIDATION = features(X_VALIDATION_RAW)");
            line("");
        }

        private void rows(String name, Dataset data, boolean targets) {
            StringBuilder text = new StringBuilder(name).append(" = np.array([");
            for (int i = 0; i < data.size(); i++) {
                double[] r = targets ? encoding.encode(data.target(i)) : data.input(i);
                text.append(i == 0 ? "" : ",\n    ").append(row(r));
            }
            line(text.append("], dtype=np.float64)").toString());
        }

        private static String featureExpression(String name) {
            Matcher m;
            if ((m = Pattern.compile("x(\\d+)").matcher(name)).matches()) return col(m.group(1));
            if ((m = Pattern.compile("x(\\d+)\\^2").matcher(name)).matches()) return col(m.group(1)) + " * " + col(m.group(1));
            if ((m = Pattern.compile("x(\\d+)\\s*\\*?\\s*x(\\d+)").matcher(name)).matches()) return col(m.group(1)) + " * " + col(m.group(2));
            if ((m = Pattern.compile("sin\\(x(\\d+)\\)").matcher(name)).matches()) return "np.sin(" + col(m.group(1)) + ")";
            if ((m = Pattern.compile("cos\\(x(\\d+)\\)").matcher(name)).matches()) return "np.cos(" + col(m.group(1)) + ")";
            throw new IllegalArgumentException("unknown input feature '" + name + "'");
        }

        private static String col(String oneBased) { return "raw[:, " + (Integer.parseInt(oneBased) - 1) + "]"; }

        private void javaRandom() {
            line("class JavaRandom:");
            line("    \"\"\"java.util.Random, whose nextInt the program's shuffle uses: the same seed gives the same order.\"\"\"");
            line("    def __init__(self, seed):");
            line("        self.state = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)");
            line("    def next_bits(self, bits):");
            line("        self.state = (self.state * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)");
            line("        return self.state >> (48 - bits)");
            line("    def next_int(self, bound):");
            line("        r = self.next_bits(31)");
            line("        if bound & (bound - 1) == 0:");
            line("            return (bound * r) >> 31");
            line("        u = r");
            line("        while True:");
            line("            r = u % bound");
            line("            if u - r + bound - 1 < (1 << 31):");
            line("                return r");
            line("            u = self.next_bits(31)");
            line("");
            line("def shuffle(order, random):");
            line("    \"\"\"Fisher-Yates from the end, as the program's trainer does it.\"\"\"");
            line("    for i in range(len(order) - 1, 0, -1):");
            line("        j = random.next_int(i + 1)");
            line("        order[i], order[j] = order[j], order[i]");
            line("");
        }

        // ---- numpy: the program's arithmetic

        private void numpy() {
            line("def activate(name, z):");
            line("    if name == \"identity\": return z");
            line("    if name == \"step\": return np.where(z >= 0, 1.0, 0.0)");
            line("    if name == \"sigmoid\": return 1.0 / (1.0 + np.exp(-z))");
            line("    if name == \"tanh\": return np.tanh(z)");
            line("    if name == \"relu\": return np.where(z > 0, z, 0.0)");
            line("    if name == \"leaky-relu\": return np.where(z > 0, z, 0.01 * z)");
            line("    if name == \"softmax\":");
            line("        e = np.exp(z - z.max(axis=1, keepdims=True))   # shifted: no overflow");
            line("        return e / e.sum(axis=1, keepdims=True)");
            line("    raise ValueError(name)");
            line("");
            line("def back_through(name, z, a, g):");
            line("    \"\"\"∂C/∂z from ∂C/∂a: step' = 0, relu'(0) = 0, leaky-relu' = 1 or 0.01, softmax through its Jacobian a_i(δ_ij − a_j).\"\"\"");
            line("    if name == \"identity\": return g");
            line("    if name == \"step\": return np.zeros_like(g)");
            line("    if name == \"sigmoid\": return g * a * (1 - a)");
            line("    if name == \"tanh\": return g * (1 - a * a)");
            line("    if name == \"relu\": return np.where(z > 0, g, 0.0)");
            line("    if name == \"leaky-relu\": return np.where(z > 0, g, 0.01 * g)");
            line("    if name == \"softmax\": return a * (g - (g * a).sum(axis=1, keepdims=True))");
            line("    raise ValueError(name)");
            line("");
            line("def loss_and_grad(a, t):");
            line("    \"\"\"C averaged over the m rows, and ∂C/∂a; a term whose target weight is 0 counts 0 (0·ln 0 = 0).\"\"\"");
            line("    m = a.shape[0]");
            line("    with np.errstate(divide=\"ignore\", invalid=\"ignore\"):");
            line("        if LOSS == \"quadratic\":");
            line("            return 0.5 * ((a - t) ** 2).sum() / m, (a - t) / m");
            line("        if LOSS == \"binary-cross-entropy\":");
            line("            c = -(np.where(t != 0, t * np.log(a), 0.0) + np.where(t != 1, (1 - t) * np.log(1 - a), 0.0)).sum() / m");
            line("            g = (np.where(t != 0, -t / a, 0.0) + np.where(t != 1, (1 - t) / (1 - a), 0.0)) / m");
            line("            return c, g");
            line("        if LOSS == \"cross-entropy\":");
            line("            return -np.where(t != 0, t * np.log(a), 0.0).sum() / m, np.where(t != 0, -t / a, 0.0) / m");
            line("    raise ValueError(LOSS)");
            line("");
            line("def forward(x):");
            line("    zs, activations = [], [x]");
            line("    for l in range(len(W)):");
            line("        z = activations[-1] @ W[l].T + B[l]");
            line("        zs.append(z)");
            line("        activations.append(activate(ACTIVATIONS[l], z))");
            line("    return zs, activations");
            line("");
            line("def loss_of(x, t):");
            line("    return loss_and_grad(forward(x)[1][-1], t)[0]");
            line("");
            line("def gradients(x, t):");
            line("    \"\"\"Backpropagation: the batch-mean ∂C/∂W and ∂C/∂b of every layer, plus the penalties' gradients on the weights.\"\"\"");
            line("    zs, activations = forward(x)");
            line("    _, g = loss_and_grad(activations[-1], t)");
            line("    grad_w, grad_b = [None] * len(W), [None] * len(W)");
            line("    for l in range(len(W) - 1, -1, -1):");
            line("        delta = back_through(ACTIVATIONS[l], zs[l], activations[l + 1], g)");
            line("        grad_w[l] = delta.T @ activations[l] + L2 * W[l] + L1 / 2 * np.sign(W[l])");
            line("        grad_b[l] = delta.sum(axis=0)");
            line("        g = delta @ W[l]");
            line("    return grad_w, grad_b");
            line("");
            line("# SPEC §3, one state per parameter array (W[0], B[0], W[1], ...); k counts the updates from 1.");
            line("params = [p for pair in zip(W, B) for p in pair]");
            line("state1 = [np.zeros_like(p) for p in params]");
            line("state2 = [np.zeros_like(p) for p in params]");
            line("k = 0");
            line("");
            line("def step(grads):");
            line("    global k");
            line("    k += 1");
            line("    for p, g, v, r in zip(params, grads, state1, state2):");
            switch (kind) {
                case SGD -> line("        p -= LEARNING_RATE * g                       # θ ← θ − α g");
                case MOMENTUM -> {
                    line("        v[...] = MOMENTUM * v - LEARNING_RATE * g    # v ← λ v − α g");
                    line("        p += v                                       # θ ← θ + v");
                }
                case NESTEROV -> {
                    line("        p -= MOMENTUM * v                            # back from the look-ahead point θ + λ v to θ");
                    line("        v[...] = MOMENTUM * v - LEARNING_RATE * g    # v ← λ v − α ∇C(θ + λ v)");
                    line("        p += v                                       # θ ← θ + v");
                }
                case ADAGRAD -> {
                    line("        r += g * g                                                  # r ← r + g²");
                    line("        p -= LEARNING_RATE / (DELTA + np.sqrt(r)) * g               # θ ← θ − α / (δ + √r) ⊙ g");
                }
                case RMSPROP -> {
                    line("        r[...] = RHO * r + (1 - RHO) * g * g                        # r ← ρ r + (1 − ρ) g²");
                    line("        p -= LEARNING_RATE / (DELTA + np.sqrt(r)) * g               # θ ← θ − α / (δ + √r) ⊙ g");
                }
                case ADAM -> {
                    line("        v[...] = BETA1 * v + (1 - BETA1) * g                        # m ← β1 m + (1 − β1) g");
                    line("        r[...] = BETA2 * r + (1 - BETA2) * g * g                    # s ← β2 s + (1 − β2) g²");
                    line("        m_hat, s_hat = v / (1 - BETA1 ** k), r / (1 - BETA2 ** k)");
                    line("        p -= LEARNING_RATE * m_hat / (np.sqrt(s_hat) + EPSILON)     # θ ← θ − α m̂ / (√ŝ + ε)");
                }
            }
            line("");
            if (kind == OptimizerKind.NESTEROV) {
                line("def look_ahead():");
                line("    \"\"\"Nesterov takes its gradient at θ + λ v: move there before the gradient; step() moves back.\"\"\"");
                line("    for p, v in zip(params, state1):");
                line("        p += MOMENTUM * v");
                line("");
            }
            epochLoop();
            line("    for start in range(0, len(order), BATCH):   # a last batch smaller than BATCH is still a batch");
            line("        batch = order[start:start + BATCH]");
            if (kind == OptimizerKind.NESTEROV) line("        look_ahead()");
            line("        grad_w, grad_b = gradients(X_TRAIN[batch], T_TRAIN[batch])");
            line("        step([g for pair in zip(grad_w, grad_b) for g in pair])");
            printLoss("loss_of(X_TRAIN, T_TRAIN)", "loss_of(X_VALIDATION, T_VALIDATION)");
            line("    if SHUFFLE:");
            line("        shuffle(order, random)");
        }

        /** The program's sample order (Java's Random from the seed, shuffled as the trainer does) and the epoch loop's head. */
        private void epochLoop() {
            line("random = JavaRandom(SEED)");
            line("order = list(range(len(X_TRAIN)))");
            line("if SHUFFLE:");
            line("    shuffle(order, random)");
            line("for epoch in range(1, EPOCHS + 1):");
        }

        private void printLoss(String training, String validation) {
            if (hasValidation()) line("    print(f\"epoch {epoch} loss {float(" + training + ")!r} validation {float(" + validation + ")!r}\")");
            else line("    print(f\"epoch {epoch} loss {float(" + training + ")!r}\")");
        }

        // ---- PyTorch

        private void pytorch() {
            line("torch.set_default_dtype(torch.float64)   # the program computes in double precision");
            line("");
            if (uses(Activation.STEP)) {
                line("class Step(torch.nn.Module):");
                line("    \"\"\"step(z) = 1 if z >= 0 else 0; its derivative is 0 everywhere (the + 0·z keeps it in the graph).\"\"\"");
                line("    def forward(self, z):");
                line("        return (z >= 0).to(z.dtype) + 0 * z");
                line("");
            }
            StringBuilder layers = new StringBuilder("model = torch.nn.Sequential(");
            int width = net.features().size();
            for (int l = 0; l < net.depth(); l++) {
                Layer layer = net.layer(l);
                layers.append(l == 0 ? "" : ",").append("\n    torch.nn.Linear(").append(width).append(", ").append(layer.units()).append("), ")
                        .append(torchActivation(layer.activation()));
                width = layer.units();
            }
            line(layers.append(")").toString());
            line("linears = [m for m in model if isinstance(m, torch.nn.Linear)]");
            line("with torch.no_grad():   # nn.Linear's weight is (units, inputs), as W[l] is");
            line("    for linear, w, b in zip(linears, W, B):");
            line("        linear.weight.copy_(torch.tensor(w))");
            line("        linear.bias.copy_(torch.tensor(b))");
            line("");
            torchLossFunction();
            line("x_train, t_train = torch.tensor(X_TRAIN), torch.tensor(T_TRAIN)");
            if (hasValidation()) line("x_validation, t_validation = torch.tensor(X_VALIDATION), torch.tensor(T_VALIDATION)");
            line("");
            line("weights = [linear.weight for linear in linears]");
            line("parameters = list(model.parameters())");
            line(switch (kind) {
                case SGD -> "optimizer = torch.optim.SGD(parameters, lr=LEARNING_RATE)   # θ ← θ − α g, exactly";
                case MOMENTUM -> "# torch keeps b ← λ b + g and steps θ ← θ − α b: its b is −v/α of SPEC's v ← λ v − α g, θ ← θ + v,\n"
                        + "# the same steps exactly (the learning rate does not change during the run).\n"
                        + "optimizer = torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=MOMENTUM)";
                case NESTEROV -> "# torch's nesterov=True is Sutskever's form rewritten for the look-ahead point: the parameters torch holds are\n"
                        + "# φ = θ + λ v, and it steps φ ← φ − α (g + λ b) with b ← λ b + g, g = ∇C(φ), b = −v/α. That is SPEC's\n"
                        + "# v ← λ v − α ∇C(θ + λ v); θ ← θ + v exactly; only the loss must be taken at θ = φ − λ v = φ + α λ b (at_theta below).\n"
                        + "optimizer = torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=MOMENTUM, nesterov=True)";
                case ADAGRAD -> "# torch: r ← r + g²; θ ← θ − α g / (√r + eps): SPEC's δ is eps, outside the square root, exactly.\n"
                        + "optimizer = torch.optim.Adagrad(parameters, lr=LEARNING_RATE, lr_decay=0, initial_accumulator_value=0, eps=DELTA)";
                case RMSPROP -> "# torch names ρ alpha; r ← α r + (1 − α) g²; θ ← θ − lr g / (√r + eps): δ is eps, outside the root, exactly.\n"
                        + "optimizer = torch.optim.RMSprop(parameters, lr=LEARNING_RATE, alpha=RHO, eps=DELTA, momentum=0, centered=False)";
                case ADAM -> "# torch: θ ← θ − (α / (1 − β1^k)) m / (√s / √(1 − β2^k) + ε) = α m̂ / (√ŝ + ε): ε after the bias correction, exactly.\n"
                        + "optimizer = torch.optim.Adam(parameters, lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)";
            });
            line("");
            if (kind == OptimizerKind.NESTEROV) {
                line("def at_theta(shift):");
                line("    \"\"\"Moves the parameters from φ = θ + λ v to θ (shift = +1) or back (shift = −1).\"\"\"");
                line("    with torch.no_grad():");
                line("        for p in parameters:");
                line("            b = optimizer.state[p].get(\"momentum_buffer\") if p in optimizer.state else None");
                line("            if b is not None:");
                line("                p.add_(shift * LEARNING_RATE * MOMENTUM * b)");
                line("");
            }
            line("def evaluate(x, t):");
            if (kind == OptimizerKind.NESTEROV) line("    at_theta(+1)");
            line("    with torch.no_grad():");
            line("        value = loss_fn(model(x), t).item()");
            if (kind == OptimizerKind.NESTEROV) line("    at_theta(-1)");
            line("    return value");
            line("");
            epochLoop();
            line("    for start in range(0, len(order), BATCH):   # a last batch smaller than BATCH is still a batch");
            line("        batch = order[start:start + BATCH]");
            line("        optimizer.zero_grad()");
            line("        loss_fn(model(x_train[batch]), t_train[batch]).backward()");
            if (penalties()) {
                line("        with torch.no_grad():   # the penalties on the weights only (weight_decay would take the biases too)");
                line("            for w in weights:");
                line("                w.grad += L2 * w + L1 / 2 * torch.sign(w)");
            }
            line("        optimizer.step()");
            printLoss("evaluate(x_train, t_train)", "evaluate(x_validation, t_validation)");
            line("    if SHUFFLE:");
            line("        shuffle(order, random)");
        }

        private String torchActivation(Activation a) {
            return switch (a) {
                case IDENTITY -> "torch.nn.Identity()";
                case STEP -> "Step()";
                case SIGMOID -> "torch.nn.Sigmoid()";
                case TANH -> "torch.nn.Tanh()";
                case RELU -> "torch.nn.ReLU()   # relu'(0) = 0 in torch too";
                case LEAKY_RELU -> "torch.nn.LeakyReLU(0.01)";
                case SOFTMAX -> "torch.nn.Softmax(dim=1)";
            };
        }

        /** loss_fn(a, t): SPEC §2's per-sample sum over the outputs, averaged over the batch. */
        private void torchLossFunction() {
            String log = "torch.log", where = "torch.where", zeros = "torch.zeros_like", reduce = ".sum(dim=1).mean()";
            line("def loss_fn(a, t):");
            switch (c.loss()) {
                case QUADRATIC -> {
                    line("    \"\"\"½ Σ_j (a_j − t_j)² per sample, averaged over the batch. (MSELoss would average over the outputs too and");
                    line("    drop the ½: twice the gradient for one output.)\"\"\"");
                    line("    return (0.5 * (a - t) ** 2)" + reduce);
                }
                case BINARY_CROSS_ENTROPY -> {
                    line("    \"\"\"−Σ_j [t_j ln a_j + (1 − t_j) ln(1 − a_j)] per sample, averaged over the batch; a term whose weight is 0 counts 0.");
                    line("    (The framework's binary cross-entropy averages over the outputs and clips a; this is SPEC §2's, unclipped.)\"\"\"");
                    line("    first = " + where + "(t != 0, t * " + log + "(a), " + zeros + "(a))");
                    line("    second = " + where + "(t != 1, (1 - t) * " + log + "(1 - a), " + zeros + "(a))");
                    line("    return (-(first + second))" + reduce);
                }
                case CROSS_ENTROPY -> {
                    line("    \"\"\"−Σ_j t_j ln a_j per sample, averaged over the batch (a is the softmax's output, not logits).\"\"\"");
                    line("    return (-" + where + "(t != 0, t * " + log + "(a), " + zeros + "(a)))" + reduce);
                }
            }
            line("");
        }

        private boolean uses(Activation a) {
            return net.layers().stream().anyMatch(layer -> layer.activation() == a);
        }

        // ---- Keras 3

        private void keras() {
            line("keras.config.set_floatx(\"float64\")   # the program computes in double precision");
            line("");
            if (uses(Activation.STEP)) {
                line("def step(z):");
                line("    \"\"\"step(z) = 1 if z >= 0 else 0; its derivative is 0 everywhere (the + 0·z keeps it in the graph).\"\"\"");
                line("    return ops.cast(z >= 0, z.dtype) + 0 * z");
                line("");
            }
            if (uses(Activation.LEAKY_RELU)) {
                line("def leaky_relu(z):");
                line("    return ops.leaky_relu(z, negative_slope=0.01)");
                line("");
            }
            String regularizer = penalties()
                    ? ", kernel_regularizer=keras.regularizers.L1L2(l1=L1 / 2, l2=L2 / 2)"   // gradient λ1/2·sign(w) + λ2·w, weights only
                    : "";
            if (penalties()) line("# L1L2(l1, l2) adds l1·Σ|w| + l2·Σw² to the loss: l1 = λ1/2 and l2 = λ2/2 are the notes' (λ1/2)Σ|w| + (λ2/2)Σw².");
            StringBuilder layers = new StringBuilder("model = keras.Sequential([\n    keras.Input(shape=(" + net.features().size() + ",)),");
            for (int l = 0; l < net.depth(); l++) {
                Layer layer = net.layer(l);
                layers.append("\n    keras.layers.Dense(").append(layer.units()).append(", activation=").append(kerasActivation(layer.activation()))
                        .append(regularizer).append("),");
            }
            line(layers.append("\n])").toString());
            line("for dense, w, b in zip(model.layers, W, B):");
            line("    dense.set_weights([w.T, b])   # a Dense kernel is (inputs, units): W[l] transposed");
            line("");
            kerasLossFunction();
            line(switch (kind) {
                case SGD -> "optimizer = keras.optimizers.SGD(learning_rate=LEARNING_RATE)   # θ ← θ − α g, exactly";
                case MOMENTUM -> "# Keras: v ← λ v − α g; θ ← θ + v: SPEC's form exactly, same sign and scaling.\n"
                        + "optimizer = keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=MOMENTUM)";
                case NESTEROV -> "# Keras's nesterov=True holds φ = θ + λ v and steps φ ← φ + λ v' − α g with v' = λ v − α g, g = ∇C(φ): SPEC's\n"
                        + "# v ← λ v − α ∇C(θ + λ v); θ ← θ + v rewritten for the look-ahead point, exactly; the loss is taken at θ = φ − λ v (at_theta).\n"
                        + "optimizer = keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=MOMENTUM, nesterov=True)";
                case ADAGRAD -> "# NOT EXACT (see the top): Keras divides by sqrt(r + epsilon); epsilon = δ² matches SPEC's δ + √r where r = 0.\n"
                        + "optimizer = keras.optimizers.Adagrad(learning_rate=LEARNING_RATE, initial_accumulator_value=0.0, epsilon=DELTA ** 2)";
                case RMSPROP -> "# NOT EXACT (see the top): Keras divides by sqrt(r + epsilon); epsilon = δ² matches SPEC's δ + √r where r = 0.\n"
                        + "optimizer = keras.optimizers.RMSprop(learning_rate=LEARNING_RATE, rho=RHO, momentum=0.0, epsilon=DELTA ** 2, centered=False)";
                case ADAM -> "# NOT EXACT (see the top): Keras's epsilon is added before the bias correction of s.\n"
                        + "optimizer = keras.optimizers.Adam(learning_rate=LEARNING_RATE, beta_1=BETA1, beta_2=BETA2, epsilon=EPSILON)";
            });
            line("model.compile(optimizer=optimizer, loss=loss_fn)");
            line("");
            if (kind == OptimizerKind.NESTEROV) {
                line("def at_theta(shift):");
                line("    \"\"\"Moves the weights from φ = θ + λ v to θ (shift = +1) or back (shift = −1).\"\"\"");
                line("    if not optimizer.built:");
                line("        return");
                line("    for var, v in zip(model.trainable_variables, optimizer.momentums):");
                line("        var.assign(var - shift * MOMENTUM * v)");
                line("");
            }
            line("def evaluate(x, t):");
            line("    \"\"\"The data loss alone (model.evaluate would add the penalties).\"\"\"");
            if (kind == OptimizerKind.NESTEROV) line("    at_theta(+1)");
            line("    value = float(ops.mean(loss_fn(ops.convert_to_tensor(t), model(x))))");
            if (kind == OptimizerKind.NESTEROV) line("    at_theta(-1)");
            line("    return value");
            line("");
            epochLoop();
            line("    # one epoch in the program's order; fit's own shuffle is off, a last smaller batch is still a batch");
            line("    model.fit(X_TRAIN[order], T_TRAIN[order], batch_size=BATCH, epochs=1, shuffle=False, verbose=0)");
            printLoss("evaluate(X_TRAIN, T_TRAIN)", "evaluate(X_VALIDATION, T_VALIDATION)");
            line("    if SHUFFLE:");
            line("        shuffle(order, random)");
        }

        /** Keras calls loss(y_true, y_pred) and averages its per-sample values over the batch. */
        private void kerasLossFunction() {
            line("def loss_fn(t, a):");
            switch (c.loss()) {
                case QUADRATIC -> {
                    line("    \"\"\"½ Σ_j (a_j − t_j)² per sample; Keras averages over the batch. (MeanSquaredError would average over the");
                    line("    outputs and drop the ½: twice the gradient for one output.)\"\"\"");
                    line("    return ops.sum(0.5 * (a - t) ** 2, axis=-1)");
                }
                case BINARY_CROSS_ENTROPY -> {
                    line("    \"\"\"−Σ_j [t_j ln a_j + (1 − t_j) ln(1 − a_j)] per sample; a term whose weight is 0 counts 0. (BinaryCrossentropy");
                    line("    averages over the outputs and clips a to [1e-7, 1 − 1e-7]; this is SPEC §2's, unclipped.)\"\"\"");
                    line("    first = ops.where(t != 0, t * ops.log(a), ops.zeros_like(a))");
                    line("    second = ops.where(t != 1, (1 - t) * ops.log(1 - a), ops.zeros_like(a))");
                    line("    return -ops.sum(first + second, axis=-1)");
                }
                case CROSS_ENTROPY -> {
                    line("    \"\"\"−Σ_j t_j ln a_j per sample (a is the softmax's output); CategoricalCrossentropy would clip a.\"\"\"");
                    line("    return -ops.sum(ops.where(t != 0, t * ops.log(a), ops.zeros_like(a)), axis=-1)");
                }
            }
            line("");
        }

        private static String kerasActivation(Activation a) {
            return switch (a) {
                case IDENTITY -> "\"linear\"";
                case STEP -> "step";
                case SIGMOID -> "\"sigmoid\"";
                case TANH -> "\"tanh\"";
                case RELU -> "\"relu\"";
                case LEAKY_RELU -> "leaky_relu";
                case SOFTMAX -> "\"softmax\"";
            };
        }
    }

    /** A number as Python reads it back to the same double. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%.1f", v);
        return Double.toString(v);
    }

    private static String row(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) text.append(i == 0 ? "" : ", ").append(num(values[i]));
        return text.append("]").toString();
    }

    private static String matrix(double[][] rows) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) text.append(i == 0 ? "" : ", ").append(row(rows[i]));
        return text.append("]").toString();
    }
}
