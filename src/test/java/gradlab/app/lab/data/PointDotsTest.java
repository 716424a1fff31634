package gradlab.app.lab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The data view's dots: held-out points hollow by their index, one dot per cell, colour and kind where points pile up. */
class PointDotsTest {
    /** Points at given canvas positions and colours. */
    private static PointDots.Placement at(double[] xs, double[] ys, int[] colours) {
        return new PointDots.Placement() {
            @Override public double x(int i) { return xs[i]; }
            @Override public double y(int i) { return ys[i]; }
            @Override public int colour(int i) { return colours[i]; }
        };
    }

    @Test
    void twoEqualPointsOneHeldOutAreOneHollowAndOneFilledDot() {
        BitSet held = new BitSet();
        held.set(1);
        PointDots dots = PointDots.of(3, at(new double[] {50, 50, 80}, new double[] {40, 40, 10}, new int[] {1, 1, 0}), held, 2, 100, 100, 4, 0);
        assertEquals(3, dots.count());
        for (int d = 0; d < 3; d++) {
            assertEquals(d, dots.index(d), "in the data's order");
            assertEquals(d == 1, dots.held(d), "dot " + d + " is hollow exactly when its point is held out");
        }
        assertEquals(1, dots.colour(0));
        assertEquals(0, dots.colour(2));
    }

    @Test
    void aLectureSizedSetIsDrawnPointForPointAndOnlyExactRepeatsMerge() {
        // 1 px apart: two dots; the very same pixel, colour and kind: one; the same pixel in another colour: its own dot
        PointDots dots = PointDots.of(4, at(new double[] {10.2, 11.2, 10.7, 10.2}, new double[] {10, 10, 10.4, 10}, new int[] {0, 0, 0, 1}),
                null, 2, 100, 100, 8, -1);
        assertEquals(3, dots.count());
        assertEquals(0, dots.index(0));
        assertEquals(1, dots.index(1));
        assertEquals(3, dots.index(2), "(10.7, 10.4) shares pixel (10, 10) with the first point: left out");
    }

    @Test
    void aBigSetIsThinnedToOneDotPerCellColourAndKindButTheSelectedSampleIsAlwaysDrawn() {
        int n = PointDots.EXACT_LIMIT + 1000;
        double[] xs = new double[n], ys = new double[n];
        int[] colours = new int[n];
        BitSet held = new BitSet();
        for (int i = 0; i < n; i++) {
            xs[i] = 20 + (i % 3) * 0.9;   // within 2 px of each other: one cell of half a radius (4 px)
            ys[i] = 20;
            colours[i] = i % 2;
            if (i % 5 == 0) held.set(i);
        }
        int selected = n - 7;
        PointDots dots = PointDots.of(n, at(xs, ys, colours), held, 2, 200, 200, 8, selected);
        assertEquals(5, dots.count(), "two colours × filled/hollow, and the selected sample");
        boolean[][] seen = new boolean[2][2];
        boolean selectedDrawn = false;
        for (int d = 0; d < dots.count(); d++) {
            int i = dots.index(d);
            assertEquals(held.get(i), dots.held(d));
            assertEquals(colours[i], dots.colour(d));
            if (i == selected) selectedDrawn = true;
            else seen[dots.colour(d)][dots.held(d) ? 1 : 0] = true;
        }
        assertTrue(selectedDrawn);
        for (boolean[] colour : seen) for (boolean kind : colour) assertTrue(kind);
    }

    @Test
    void pointsOffTheCanvasOrNotANumberAreNotDrawn() {
        PointDots dots = PointDots.of(3, at(new double[] {-30, Double.NaN, 50}, new double[] {50, 50, 250}, new int[] {0, 0, 0}),
                null, 1, 100, 100, 4, -1);
        assertEquals(0, dots.count());
        assertFalse(PointDots.NONE.count() > 0);
    }
}
