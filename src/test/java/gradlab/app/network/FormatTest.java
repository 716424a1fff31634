package gradlab.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void diagramNumbersHaveTwoDecimalsOrNone() {
        assertEquals("1", NetworkView.format(1));
        assertEquals("-1", NetworkView.format(-1));
        assertEquals("0.05", NetworkView.format(0.049999));
        assertEquals("-0.58", NetworkView.format(-0.5846));
        assertEquals("0.00", NetworkView.format(-0.001));
        assertEquals("123", NetworkView.format(123.4));
        assertEquals("NaN", NetworkView.format(Double.NaN));
        assertEquals("+∞", NetworkView.format(Double.POSITIVE_INFINITY));
    }
}
