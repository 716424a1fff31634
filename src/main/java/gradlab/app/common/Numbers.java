package gradlab.app.common;

import gradlab.nn.NetworkFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;
import gradlab.explain.MathText;

/**
 * Numbers on screen, by the one formatter the lessons' feedback uses too ({@link MathText}): short, never
 * "1.0E-5", never a 300-digit loss. Each method says which kind of number it is for.
 */
public final class Numbers {
    private Numbers() {}

    /** Up to 4 significant digits; plain decimals between 0.0001 and 100000, else 1.4e+05 style. */
    public static String format(double v) { return MathText.format(v); }

    /** A learning rate as people write it: 0.00001, 0.03, 100 (no exponent, no trailing ".0"). */
    public static String rate(double v) { return MathText.rate(v); }

    /** A decade of a log axis, 10^d: plain from 0.0001 to 10000, else 1e−5 / 1e+6 (never "1.00e-5"). */
    public static String decade(int d) { return MathText.decade(d); }

    /** A diagram label: whole numbers as they are, others with two decimals. */
    public static String label(double v) { return MathText.label(v); }

    /** A gradient's label: often tiny, so below 0.01 a mantissa and an exponent instead of reading 0.00. */
    public static String smallLabel(double v) { return MathText.smallLabel(v); }

    /** A value to edit: exact when short (0.5, −1.5), else six significant digits. */
    public static String editable(double v) { return MathText.editable(v); }

    /** Eight significant digits, for numbers that are compared with each other (a gradient check). */
    public static String precise(double v) { return MathText.precise(v); }
}
