package gradlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.app.common.Numbers;
import gradlab.lesson.Words;
import org.junit.jupiter.api.Test;

/**
 * The one number formatter: the screen (app/common/Numbers) and the lessons' feedback (lesson/Words) write
 * numbers through it, so the same value reads the same in both.
 */
class MathTextTest {
    private static final double[] VALUES = {0, 1, -1, 0.5, -0.25, 0.03, 0.1 + 0.2, 1.0 / 3, -0.017981, 1.1953e-5, 140_000, 1.4e305,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123.4, 0.049999, 1e-9};

    @Test
    void theScreenWritesItsNumbersThroughTheOneFormatter() {
        for (double v : VALUES) {
            assertEquals(MathText.format(v), Numbers.format(v), "format " + v);
            assertEquals(MathText.label(v), Numbers.label(v), "label " + v);
            assertEquals(MathText.smallLabel(v), Numbers.smallLabel(v), "smallLabel " + v);
            assertEquals(MathText.editable(v), Numbers.editable(v), "editable " + v);
            assertEquals(MathText.precise(v), Numbers.precise(v), "precise " + v);
            if (Double.isFinite(v)) assertEquals(MathText.rate(v), Numbers.rate(v), "rate " + v);
        }
        assertEquals(MathText.decade(-5), Numbers.decade(-5));
    }

    @Test
    void theLessonsFeedbackWritesItsNumbersThroughTheOneFormatter() {
        for (double v : VALUES) {
            assertEquals(MathText.exact(v), Words.exact(v), "exact " + v);
            assertEquals(MathText.near(v, 0.01), Words.near(v, 0.01), "near " + v);
            assertEquals(MathText.near(v, -1, 1), Words.near(v, -1, 1), "near " + v);
        }
    }

    @Test
    void screenValuesKeepFourSignificantDigitsAndAProperMinus() {
        assertEquals("0.2355", MathText.format(0.23551));
        assertEquals("−0.01798", MathText.format(-0.017981));
        assertEquals("1.40e+5", MathText.format(140_000));
        assertEquals("1.20e-5", MathText.format(1.2e-5));
        assertEquals("–", MathText.format(Double.NaN));
    }

    @Test
    void aLessonsNumbersAreAsShortAsTheyAreExactAndAMeasuredValueKeepsItsSideOfTheBound() {
        assertEquals("0.3", MathText.exact(0.1 + 0.2), "never 0.30000000000000004");
        assertEquals("0.0001", MathText.exact(0.0001));
        assertEquals("100", MathText.exact(100));
        assertEquals("1.00005", MathText.near(1.00005, 1.0001), "never a 1 that reads as if it were 1");
        assertEquals("0.012", MathText.near(0.0123456, 0.01));
    }
}
