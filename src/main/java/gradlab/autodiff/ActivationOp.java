package gradlab.autodiff;

/**
 * What an activation op tells the views that explain it, from its own definition and the values its
 * forward pass saved: the local slope its backward multiplies by, and its formula in TeX. The step-through,
 * the chain of factors and the gradient histograms read these instead of writing the derivatives again.
 */
public interface ActivationOp {
    /**
     * a'(z) of element {@code i} at the last forward pass: the factor backward multiplies ∂C/∂a by (for
     * softmax, whose units mix, the diagonal ∂a_i/∂z_i = a_i(1 − a_i)).
     */
    double slope(int i);

    /** a = f(argument) in TeX, e.g. {@code \sigma(z)}. */
    String tex(String argument);

    /** The slope's name in TeX, e.g. {@code \sigma'}. */
    String slopeTex();
}
