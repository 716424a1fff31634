package gradlab.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers on screen: short, plain where people read them plainly, never Java's "1.0E-5". */
class NumbersTest {

    @Test
    void logAxisDecadesArePlainFromAThousandthsToTenThousand() {
        assertEquals("0.0001", Numbers.decade(-4));
        assertEquals("0.01", Numbers.decade(-2));
        assertEquals("1", Numbers.decade(0));
        assertEquals("10000", Numbers.decade(4));
    }

    @Test
    void farDecadesUseAShortExponent() {
        assertEquals("1e−5", Numbers.decade(-5));
        assertEquals("1e+12", Numbers.decade(12));
    }

    @Test
    void valuesKeepFourSignificantDigitsAndAProperMinus() {
        assertEquals("0.2355", Numbers.format(0.23551));
        assertEquals("−0.01798", Numbers.format(-0.017981));
        assertEquals("1.40e+5", Numbers.format(140_000));
        assertEquals("–", Numbers.format(Double.NaN));
        assertEquals("0.00001", Numbers.rate(0.00001));
    }

    @Test
    void diagramLabelsHaveTwoDecimalsOrNone() {
        assertEquals("1", Numbers.label(1));
        assertEquals("-1", Numbers.label(-1));
        assertEquals("0.05", Numbers.label(0.049999));
        assertEquals("-0.58", Numbers.label(-0.5846));
        assertEquals("0.00", Numbers.label(-0.001));
        assertEquals("123", Numbers.label(123.4));
        assertEquals("NaN", Numbers.label(Double.NaN));
        assertEquals("+∞", Numbers.label(Double.POSITIVE_INFINITY));
        assertEquals("1.40e+305", Numbers.label(1.4e305), "never a long's 9223372036854775807");
    }

    @Test
    void tinyGradientsKeepTheirDigitsAndEditedValuesAreExact() {
        assertEquals("1.24e-05", Numbers.smallLabel(1.24e-5));
        assertEquals("0.25", Numbers.smallLabel(0.25));
        assertEquals("0.5", Numbers.editable(0.5));
        assertEquals("0.333333", Numbers.editable(1.0 / 3));
        assertEquals("0.12345679", Numbers.precise(0.123456789));
    }
}
