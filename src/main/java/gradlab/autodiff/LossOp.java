package gradlab.autodiff;

/** A loss op's formula in TeX, in the notes' notation, for the views that explain it. */
public interface LossOp {
    /** C as a function of the output a and the target t, e.g. {@code C = \tfrac12 \sum_j (a_j - t_j)^2}. */
    String tex();
}
