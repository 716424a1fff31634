package gradlab.app.common;

import gradlab.nn.NetworkFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/** One way to print numbers on screen: short, never "1.0E-5", never a 300-digit loss. */
public final class Numbers {
    private Numbers() {}

    /** Up to 4 significant digits; plain decimals between 0.0001 and 100000, else 1.4e+05 style. */
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
        String s = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return s;
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
}
