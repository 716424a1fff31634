package gradlab.explain;

import java.util.Locale;

/**
 * Numbers as the explaining views print them, up to four significant digits: in TeX for formulas
 * ({@code 1.195\times 10^{-5}}) and as plain text for title lines ({@code 1.195e-05}). The step-through
 * and the chain of factors both write their numbers through here.
 */
public final class MathText {
    private MathText() {}

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
