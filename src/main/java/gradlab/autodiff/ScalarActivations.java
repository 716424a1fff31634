package gradlab.autodiff;

/**
 * The elementwise activations of SPEC §1 on one number. The activation ops' forward passes call these,
 * so code that evaluates single units by hand (the network slice's replay) gets the very same bits as
 * a graph's forward pass. Softmax is not elementwise and is not here.
 */
public final class ScalarActivations {
    private ScalarActivations() {}

    public static double identity(double z) { return z; }

    /** The perceptron's step: 1 if z ≥ 0 else 0. */
    public static double step(double z) { return z >= 0 ? 1 : 0; }

    public static double sigmoid(double z) { return 1.0 / (1.0 + Math.exp(-z)); }

    public static double tanh(double z) { return FastMath.tanh(z); }

    /** max(0, z). */
    public static double relu(double z) { return z > 0 ? z : 0; }

    /** z if z > 0 else 0.01·z. */
    public static double leakyRelu(double z) { return z > 0 ? z : Activations.LeakyRelu.SLOPE * z; }
}
