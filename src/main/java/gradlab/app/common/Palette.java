package gradlab.app.common;

import javafx.scene.paint.Color;

/**
 * Colours that stay distinct for colour-blind viewers and on a washed-out projector: blue for positive,
 * orange for negative (never red against green), dark ink on light ground.
 */
public final class Palette {
    private Palette() {}

    public static final Color POSITIVE = Color.web("#1f6fd1");
    public static final Color NEGATIVE = Color.web("#e8710a");
    public static final Color INK = Color.web("#1d2330");
    public static final Color MUTED = Color.web("#6b7280");
    public static final Color PAPER = Color.WHITE;
    public static final Color HIGHLIGHT = Color.web("#9b1fd1");
    public static final Color GOOD = Color.web("#138a4a");
    public static final Color NEUTRAL = Color.web("#e5e7eb");

    private static final int LUT_SIZE = 511;
    private static final int[] SIGNED_ARGB = new int[LUT_SIZE];

    static {
        for (int i = 0; i < LUT_SIZE; i++) {
            Color c = signed(2.0 * i / (LUT_SIZE - 1) - 1, 1.0).deriveColor(0, 0.75, 1.05, 1);
            SIGNED_ARGB[i] = 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
    }

    /**
     * The heatmap colour of v in [−1, 1] (clamped) as an ARGB int, from a table: a frame colours ten
     * thousand pixels, so no Color objects are made per pixel. NaN is the highlight colour.
     */
    public static int signedArgb(double v) {
        if (Double.isNaN(v)) return 0xff9b1fd1;
        double t = Math.max(-1, Math.min(1, v));
        return SIGNED_ARGB[(int) Math.round((t + 1) / 2 * (LUT_SIZE - 1))];
    }

    /** Blue for v > 0, orange for v < 0, fading to the neutral grey as |v| goes to 0 (|v| ≥ scale: full). */
    public static Color signed(double v, double scale) {
        if (!Double.isFinite(v)) return HIGHLIGHT;
        double t = Math.min(1, Math.abs(v) / scale);
        Color end = v >= 0 ? POSITIVE : NEGATIVE;
        return NEUTRAL.interpolate(end, t);
    }
}
