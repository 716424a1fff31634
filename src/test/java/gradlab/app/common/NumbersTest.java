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
}
