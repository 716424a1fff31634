package gradlab.explain;

import gradlab.nn.NetworkFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one place numbers are written for people: on screen (the window's values, axes, diagram labels, fields),
 * in formulas (TeX), in the step-through's title lines, in the GIF exports and in the lessons' feedback, so a
 * lesson and the window never print the same value two ways. (What the command line prints as data, its JSON
 * and its tables, is fixed by SPEC.md and stays the command's own.)
 */
public final class MathText {
    private MathText() {}

    // ---- on screen ----

    /** A value on screen: up to 4 significant digits; plain decimals between 0.0001 and 100000, else 1.4e+5 style; a proper minus. */
    public static String format(double v) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        if (a == 0) return "0";
        if (a >= 1e5 || a < 1e-4) return String.format(Locale.ROOT, "%.2e", v).replace("e+0", "e+").replace("e-0", "e-");
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.replace('-', '−');
    }

    /** A learning rate as people write it: 0.00001, 0.03, 100 (no exponent, no trailing ".0"). */
    public static String rate(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A decade of a log axis, 10^d: plain from 0.0001 to 10000, else 1e−5 / 1e+6 (never "1.00e-5"). */
    public static String decade(int d) {
        if (d >= -4 && d <= 4) return new BigDecimal(BigInteger.ONE, -d).toPlainString();
        return (d < 0 ? "1e−" : "1e+") + Math.abs(d);
    }

    /** A diagram label: whole numbers as they are, others with two decimals (drawn 60 times a frame: no String.format). */
    public static String label(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : (v > 0 ? "+∞" : "−∞");
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        if (Math.abs(v) >= 1e4) return format(v);   // 1.40e+305, never a long's 9223372036854775807
        if (Math.abs(v) >= 100) return Long.toString(Math.round(v));
        long hundredths = Math.round(Math.abs(v) * 100);
        String digits = (v < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + ".";
        long rest = hundredths % 100;
        return digits + (rest < 10 ? "0" : "") + rest;
    }

    /** A gradient's label: often tiny, so below 0.01 a mantissa and an exponent instead of reading 0.00. */
    public static String smallLabel(double v) {
        return v != 0 && Math.abs(v) < 0.01 ? String.format(Locale.ROOT, "%.2e", v) : label(v);
    }

    /** A value to edit: exact when short (0.5, −1.5), else six significant digits. */
    public static String editable(double v) {
        String exact = NetworkFile.number(v);
        return exact.length() <= 8 ? exact : String.format(Locale.ROOT, "%.6g", v);
    }

    /** Eight significant digits, for numbers that are compared with each other (a gradient check). */
    public static String precise(double v) { return String.format(Locale.ROOT, "%.8g", v); }

    /** A relative error, one digit is enough: 3.2e-09. */
    public static String error(double v) { return String.format(Locale.ROOT, "%.1e", v); }

    // ---- in the lessons' feedback ----

    /** A number the lesson wrote (a bound, an expected value), as short as it is exact: 0.0001, 1.0001, 100. */
    public static String exact(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "not a number" : v > 0 ? "∞" : "−∞";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return plain.length() <= 12 ? plain : rounded(v, 4);
    }

    /**
     * A measured value next to the range [{@code low}, {@code high}] it is compared with: as few significant
     * digits (at least two) as keep it on its side of each bound and closer to itself than to the nearer
     * bound (1.00005 beside 1.0001 stays 1.00005, never a "1" that reads as if it were 1).
     */
    public static String near(double v, double low, double high) {
        if (!Double.isFinite(v)) return exact(v);
        double gap = Math.min(distance(v, low), distance(v, high));
        for (int digits = 2; digits <= 17; digits++) {
            double r = new BigDecimal(v).round(new MathContext(digits)).doubleValue();
            if (side(r, low) == side(v, low) && side(r, high) == side(v, high) && Math.abs(r - v) <= gap / 2) return rounded(v, digits);
        }
        return exact(v);
    }

    /** A measured value compared with one limit. */
    public static String near(double v, double limit) { return near(v, limit, limit); }

    private static double distance(double v, double bound) {
        return Double.isFinite(bound) ? Math.abs(v - bound) : Double.POSITIVE_INFINITY;
    }

    private static int side(double v, double bound) {
        return Double.isNaN(bound) ? 0 : Double.compare(v, bound) < 0 ? -1 : v == bound ? 0 : 1;
    }

    private static String rounded(double v, int digits) {
        if (v == 0) return "0";
        BigDecimal r = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        if (Math.abs(v) >= 1e7 || Math.abs(v) < 1e-6) return r.toString().replace("E+", "e+").replace("E-", "e−");
        return r.toPlainString();
    }

    // ---- in formulas and the step-through ----

    /** A number in TeX. */
    public static String tex(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "\\mathrm{NaN}" : (v > 0 ? "\\infty" : "-\\infty");
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {   // 1.195e-05 → 1.195 × 10^{-5}, as mathematics
            String[] parts = s.split("e");
            return trimZeros(parts[0]) + "\\times 10^{" + Integer.parseInt(parts[1]) + "}";
        }
        return trimZeros(s);
    }

    /** A number in TeX, in parentheses when negative (a factor in a product). */
    public static String texFactor(double v) { return v < 0 ? "(" + tex(v) + ")" : tex(v); }

    /** [v₁, v₂, …] in TeX. */
    public static String texVector(double[] v) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) out.append(i > 0 ? ",\\ " : "").append(tex(v[i]));
        return out.append("]").toString();
    }

    /** A number for a title line: 1.241e-05 style when small or large. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : (v > 0 ? "∞" : "−∞");
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains("e") ? s : trimZeros(s);
    }

    /** [v₁, v₂, …] as plain text. */
    public static String plainVector(double[] v) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) out.append(i > 0 ? ", " : "").append(plain(v[i]));
        return out.append("]").toString();
    }

    private static String trimZeros(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
