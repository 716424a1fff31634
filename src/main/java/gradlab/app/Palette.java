package gradlab.app;

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

    /** Blue for v > 0, orange for v < 0, fading to the neutral grey as |v| goes to 0 (|v| ≥ scale: full). */
    public static Color signed(double v, double scale) {
        if (!Double.isFinite(v)) return HIGHLIGHT;
        double t = Math.min(1, Math.abs(v) / scale);
        Color end = v >= 0 ? POSITIVE : NEGATIVE;
        return NEUTRAL.interpolate(end, t);
    }
}
