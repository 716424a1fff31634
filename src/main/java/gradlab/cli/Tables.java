package gradlab.cli;

import gradlab.nn.Layer;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.Locale;

/** Readable tables for people: one block per layer, one row per unit. */
final class Tables {
    private Tables() {}

    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static String pass(Network network, NetworkGraph.Result result, boolean withGradients) {
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < result.layers().size(); l++) {
            Layer layer = network.layer(l);
            NetworkGraph.LayerResult r = result.layers().get(l);
            out.append(String.format(Locale.ROOT, "layer %d: %d unit(s), %s%n", l + 1, layer.units(), layer.activation()));
            out.append(withGradients
                    ? String.format(Locale.ROOT, "  %-5s %12s %12s %12s %12s   %s%n", "unit", "z", "a", "δ=∂C/∂z", "∂C/∂b", "∂C/∂W (row)")
                    : String.format(Locale.ROOT, "  %-5s %12s %12s%n", "unit", "z", "a"));
            for (int u = 0; u < layer.units(); u++) {
                out.append(String.format(Locale.ROOT, "  %-5d %12s %12s", u + 1, num(r.z()[u]), num(r.a()[u])));
                if (withGradients) {
                    out.append(String.format(Locale.ROOT, " %12s %12s   [", num(r.delta()[u]), num(r.db()[u])));
                    for (int i = 0; i < layer.inputs(); i++) out.append(i > 0 ? ", " : "").append(num(r.dW()[u][i]));
                    out.append(']');
                }
                out.append('\n');
            }
        }
        out.append("output: [");
        for (int i = 0; i < result.output().length; i++) out.append(i > 0 ? ", " : "").append(num(result.output()[i]));
        out.append("]\n");
        return out.toString();
    }
}
