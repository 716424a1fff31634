package gradlab.app.race;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.surface.MomentumGrid;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Distill's convergence map, for the surface and start on show: momentum at every learning rate η
 * (log scale, 0.001 to 1) and momentum λ (0 to 0.99), coloured by f after {@link #STEPS} steps (dark:
 * low), or white with an ✕ where the run diverged. A click sets both for the first momentum racer.
 */
public final class RateMomentumMap extends CanvasPane {
    static final int STEPS = MomentumGrid.STEPS, CELLS = MomentumGrid.CELLS;
    private MomentumGrid grid;
    private double[] marker;
    private final BiConsumer<Double, Double> onPick;

    public RateMomentumMap(BiConsumer<Double, Double> onPick) {
        this.onPick = onPick;
        setMinSize(160, 160);
        setPrefSize(320, 300);
        canvas.setOnMouseClicked(e -> {
            double[] em = toRateMomentum(e.getX(), e.getY());
            if (em != null) pick(em[0], em[1]);
        });
    }

    /** What a click on the cell of learning rate {@code rate} and momentum {@code momentum} does. */
    void pick(double rate, double momentum) { onPick.accept(rate, momentum); }

    /** Shows {@code next} (null: still being computed) with {@code racer} (η, λ) marked; redraws only when either changed. */
    public void show(MomentumGrid next, double[] racer) {
        boolean changed = next != grid || !Arrays.equals(racer, marker);
        grid = next;
        marker = racer;
        if (changed) redraw();   // 1,600 cells: not again on every step of a race
    }

    @Override
    protected void draw() {
        GraphicsContext g = blank();
        double w = getWidth(), h = getHeight();
        if (grid == null) {
            g.setFill(Color.web("#6b7280"));
            g.setFont(Font.font("System", 12 * fontScale.get()));
            Painter.fillText(g, "computing the map…", 8, 20 * fontScale.get());
            return;
        }
        double k = type(), left = 44 * k, top = 22 * k, width = w - left - 8, height = h - top - 34 * k, cw = width / CELLS, ch = height / CELLS;
        g.setFill(Color.web("#1d2330"));
        g.setFont(Font.font("System", 12 * k));
        String caption = "momentum: f after " + STEPS + " steps (dark: lowest)";   // the longest wording that fits the canvas
        for (String shorter : new String[] {"f after " + STEPS + " steps (dark: lowest)", "f after " + STEPS + " steps"}) {
            if (left + Painter.width(caption, g.getFont()) > w - 4) caption = shorter;
        }
        Painter.fillText(g, caption, Math.max(4, Math.min(left, w - 4 - Painter.width(caption, g.getFont()))), 14 * k);
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                double x = left + i * cw, y = top + height - (j + 1) * ch;
                double v = grid.value(j, i);
                if (Double.isNaN(v)) {
                    g.setFill(Color.WHITE);
                    g.fillRect(x, y, cw + 0.5, ch + 0.5);
                    g.setStroke(Color.web("#d1d5db"));
                    g.strokeLine(x + 1, y + 1, x + cw - 1, y + ch - 1);
                } else {
                    int argb = Colors.viridisArgb(grid.rank(v));
                    g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
                    g.fillRect(x, y, cw + 0.5, ch + 0.5);
                }
            }
        }
        g.setFill(Color.web("#1d2330"));
        Painter.fillText(g, "η 0.001", left, top + height + 14 * k);
        Painter.fillText(g, "1", left + width - 8 * k, top + height + 14 * k);
        Painter.fillText(g, "λ 0.99", 2, top + 10 * k);
        Painter.fillText(g, "0", 2, top + height);
        Painter.fillText(g, "white ✕: diverged", left + width / 2 - 40 * k, top + height + 28 * k);
        if (marker != null) {
            double x = left + (Math.log10(marker[0]) + 3) / 3 * width, y = top + height - marker[1] / 0.99 * height;
            g.setStroke(Color.web("#E69F00"));
            g.setLineWidth(3);
            g.strokeOval(x - 7, y - 7, 14, 14);
        }
    }

    /** How much larger than its 12 px the map's type is drawn (large type raises it to what a back row can read): margins grow with it. */
    private static double type() {
        return Painter.readable(Font.font("System", 12)).getSize() / 12;
    }

    private double[] toRateMomentum(double sx, double sy) {
        double k = type(), w = getWidth(), h = getHeight(), left = 44 * k, top = 22 * k, width = w - left - 8, height = h - top - 34 * k;
        double tx = (sx - left) / width, ty = (top + height - sy) / height;
        if (tx < 0 || tx > 1 || ty < 0 || ty > 1) return null;
        double rate = Double.parseDouble(Numbers.rate(Math.pow(10, -3 + 3 * tx)));
        return new double[] {rate, Math.round(ty * 0.99 * 100) / 100.0};
    }
}
