package gradlab.app.common;

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
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        return s;
    }

    /** A decade of a log axis, 10^d: plain from 0.0001 to 10000, else 1e−5 / 1e+6 (never "1.00e-5"). */
    public static String decade(int d) {
        if (d >= -4 && d <= 4) return new java.math.BigDecimal(java.math.BigInteger.ONE, -d).toPlainString();
        return (d < 0 ? "1e−" : "1e+") + Math.abs(d);
    }
}
