package gradlab.cli;

import gradlab.nn.NetworkGraph;
import java.util.List;

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

    static StringBuilder matrix(StringBuilder out, double[][] rows) {
        out.append('[');
        for (int r = 0; r < rows.length; r++) numbers(r > 0 ? out.append(',') : out, rows[r]);
        return out.append(']');
    }

    /**
     * {"output":[..], "layers":[{"z","a"[, "delta","dW","db"]}, ...][, "loss"]}: what {@code forward} and
     * {@code backprop} print (SPEC §4), written directly so that these commands never load Jackson.
     */
    static String pass(NetworkGraph.Result result, boolean withGradients) {
        StringBuilder out = new StringBuilder("{\"output\":");
        numbers(out, result.output()).append(",\"layers\":[");
        List<NetworkGraph.LayerResult> layers = result.layers();
        for (int l = 0; l < layers.size(); l++) {
            NetworkGraph.LayerResult layer = layers.get(l);
            numbers(out.append(l > 0 ? ",{" : "{").append("\"z\":"), layer.z());
            numbers(out.append(",\"a\":"), layer.a());
            if (withGradients) {
                numbers(out.append(",\"delta\":"), layer.delta());
                matrix(out.append(",\"dW\":"), layer.dW());
                numbers(out.append(",\"db\":"), layer.db());
            }
            out.append('}');
        }
        out.append(']');
        if (withGradients) number(out.append(",\"loss\":"), result.loss());
        return out.append('}').toString();
    }
}
