package gradlab.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six optimizers of SPEC §3 as one kind each: the name files and the command line use, the label the
 * screen shows, and which hyperparameters beside the learning rate it has. Panels, the surface model and the
 * command line ask this instead of comparing names.
 */
public enum OptimizerKind {
    SGD("sgd", "SGD", false, false),
    MOMENTUM("momentum", "Momentum", true, false),
    NESTEROV("nesterov", "Nesterov", true, false),
    ADAGRAD("adagrad", "AdaGrad", false, false),
    RMSPROP("rmsprop", "RMSProp", false, true),
    ADAM("adam", "Adam", false, false);

    private final String id;
    private final String label;
    private final boolean hasMomentum;
    private final boolean hasRho;

    OptimizerKind(String id, String label, boolean hasMomentum, boolean hasRho) {
        this.id = id; this.label = label; this.hasMomentum = hasMomentum; this.hasRho = hasRho;
    }

    /** The name in files, lessons and on the command line: "sgd", "rmsprop". */
    public String id() { return id; }
    /** The name on screen: "SGD", "RMSProp". */
    public String label() { return label; }
    /** Has a momentum λ (momentum, Nesterov). */
    public boolean hasMomentum() { return hasMomentum; }
    /** Has a decay rate ρ (RMSProp). */
    public boolean hasRho() { return hasRho; }
    /** Scales each parameter's step by its own gradient history (AdaGrad, RMSProp, Adam). */
    public boolean adaptive() { return this == ADAGRAD || this == RMSPROP || this == ADAM; }

    /** A new optimizer of this kind. */
    public Optimizer create(double learningRate, Optimizers.Settings settings) {
        return Optimizers.create(id, learningRate, settings);
    }

    /** The kind named {@code id}, if there is one. */
    public static Optional<OptimizerKind> find(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The kind named {@code id}; IllegalArgumentException naming the choices if unknown. */
    public static OptimizerKind of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown optimizer '" + id + "' (expected " + String.join(" | ", ids()) + ")"));
    }

    /** Every kind's name, in SPEC §3's order. */
    public static List<String> ids() { return Arrays.stream(values()).map(OptimizerKind::id).toList(); }

    @Override public String toString() { return id; }
}
