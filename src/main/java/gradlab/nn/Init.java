package gradlab.nn;

import gradlab.autodiff.Tensor;
import java.util.Optional;
import java.util.Random;

/** Weight initialisation schemes (SPEC §1). Biases always start at 0. */
public enum Init implements Named {
    /** The notes' "normalized initialization": U(−√(6/(m+n)), +√(6/(m+n))). */
    GLOROT_UNIFORM("glorot-uniform"),
    /** He et al.: N(0, 2/fan-in), suited to ReLU. */
    HE("he"),
    /** U(−0.1, 0.1). */
    SMALL_RANDOM("small-random"),
    /** All zeros: every neuron of a layer stays identical (the symmetry problem). */
    ZEROS("zeros");

    private final String fileName;

    Init(String fileName) { this.fileName = fileName; }

    @Override public String fileName() { return fileName; }

    /** Fills a d(l) x d(l−1) weight matrix. Weights: Modified. */
    public void fill(Tensor weights, Random random) {
        int fanOut = weights.rows(), fanIn = weights.cols();
        double[] w = weights.value().data;
        for (int i = 0; i < w.length; i++) {
            w[i] = switch (this) {
                case GLOROT_UNIFORM -> uniform(random, Math.sqrt(6.0 / (fanIn + fanOut)));
                case HE -> random.nextGaussian() * Math.sqrt(2.0 / fanIn);
                case SMALL_RANDOM -> uniform(random, 0.1);
                case ZEROS -> 0.0;
            };
        }
    }

    private static double uniform(Random random, double limit) {
        return (2 * random.nextDouble() - 1) * limit;
    }

    public static Optional<Init> byName(String name) { return Named.byName(values(), name); }

    public static String names() { return Named.names(values()); }

    @Override public String toString() { return fileName; }
}
