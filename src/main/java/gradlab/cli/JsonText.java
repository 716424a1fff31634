package gradlab.cli;

/**
 * JSON written straight into text, for outputs too large to be worth a Jackson tree (a 501 × 501 slice
 * is a quarter of a million numbers): doubles as {@link Double#toString} writes them, so they read back
 * exactly, and a non-finite number as null, since JSON has no NaN or Infinity.
 */
final class JsonText {
    private JsonText() {}

    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c == '\r') out.append("\\r");
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"');
    }

    static StringBuilder number(StringBuilder out, double value) {
        return Double.isFinite(value) ? out.append(value) : out.append("null");
    }

    static StringBuilder numbers(StringBuilder out, double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) number(i > 0 ? out.append(',') : out, values[i]);
        return out.append(']');
    }
}
