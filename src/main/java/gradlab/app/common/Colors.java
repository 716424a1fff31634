package gradlab.app.common;

import javafx.scene.paint.Color;

/**
 * Colour scales that stay readable for colour-blind viewers and on a projector: Okabe and Ito's eight
 * categorical colours for things that race or compare, and viridis (perceptually uniform, dark to light)
 * for values on a surface.
 */
public final class Colors {
    private Colors() {}

    /** Okabe–Ito, without black: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow. */
    public static final Color[] CATEGORICAL = {
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#D55E00"),
        Color.web("#56B4E9"), Color.web("#CC79A7"), Color.web("#F0E442")};

    public static Color categorical(int i) { return CATEGORICAL[Math.floorMod(i, CATEGORICAL.length)]; }

    /** Viridis at nine stops. */
    private static final double[][] VIRIDIS = {
        {68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142}, {38, 130, 142},
        {31, 158, 137}, {53, 183, 121}, {109, 205, 89}, {180, 222, 44}, {253, 231, 37}};
    private static final int[] VIRIDIS_ARGB = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            double t = i / 255.0 * (VIRIDIS.length - 1);
            int k = Math.min(VIRIDIS.length - 2, (int) t);
            double f = t - k;
            int r = (int) Math.round(VIRIDIS[k][0] + f * (VIRIDIS[k + 1][0] - VIRIDIS[k][0]));
            int g = (int) Math.round(VIRIDIS[k][1] + f * (VIRIDIS[k + 1][1] - VIRIDIS[k][1]));
            int b = (int) Math.round(VIRIDIS[k][2] + f * (VIRIDIS[k + 1][2] - VIRIDIS[k][2]));
            VIRIDIS_ARGB[i] = 0xff000000 | r << 16 | g << 8 | b;
        }
    }

    /** Viridis at t in [0, 1] (clamped) as ARGB; NaN (no value) is mid grey. */
    public static int viridisArgb(double t) {
        if (Double.isNaN(t)) return 0xff808080;
        return VIRIDIS_ARGB[(int) Math.round(Math.max(0, Math.min(1, t)) * 255)];
    }

    /** An ARGB colour made darker by {@code factor} (0: black, 1: unchanged). */
    public static int darker(int argb, double factor) {
        int r = (int) (((argb >> 16) & 0xff) * factor), g = (int) (((argb >> 8) & 0xff) * factor), b = (int) ((argb & 0xff) * factor);
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    /** A value placed in [0, 1] between min and max, on a log scale for valleys if asked; NaN when there is no value or no range. */
    public static double scaled(double v, double min, double max, boolean log) {
        if (!Double.isFinite(v) || !(max > min)) return Double.NaN;
        return log ? Math.log1p((v - min) / (max - min) * 1e4) / Math.log1p(1e4) : (v - min) / (max - min);
    }
}
