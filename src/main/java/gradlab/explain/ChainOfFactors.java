package gradlab.explain;

import gradlab.autodiff.ActivationOp;
import gradlab.nn.Activation;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backpropagation as a sum over paths, as the notes write it: ∂C/∂b of a first-layer unit is the sum, over
 * every path from that unit to an output, of the product of the factors along the path,
 * σ′(z₁)·w₂·σ′(z₂)·…·σ′(z_L)·∂C/∂a_L. Each factor is listed with its number, so a student sees a slope of at
 * most 0.25 enter at every sigmoid layer; the paths' products add up to the backward pass's δ of that unit.
 * A wide deep network has too many paths to list: the first few are listed and the rest counted. The
 * slopes come from the activation ops' own backward.
 */
public final class ChainOfFactors {
    /**
     * One factor: its TeX name on its path (σ'(z^{(2)}_1), w^{(2)}_{1,2}, ∂C/∂a^{(L)}_1), the same with the
     * units a sum runs over as letters (σ'(z^{(2)}_j)), and its value.
     */
    public record Factor(String tex, String symbol, double value, boolean slope) {}

    /** One path, a unit per layer, with its factors and their product (that path's share of ∂C/∂b). */
    public record Path(int[] units, List<Factor> factors, double product) {}

    /** Paths listed in full; the others of a wide network are added up without being listed. */
    public static final int LISTED = 4;

    /**
     * ∂C/∂b of unit {@code unit} of the first layer: the listed paths (the chosen one first), how many paths
     * there are, and their sum, which is the backward pass's δ.
     */
    public record Chain(int unit, List<Path> paths, long pathCount, double total) {
        /** The path chosen (the first listed). */
        public Path path() { return paths.get(0); }

        /** The chain as TeX: the sum in symbols, one line of numbers per listed path, then the total. */
        public String tex() {
            Path first = paths.get(0);
            String b = "b^{(1)}_{" + (unit + 1) + "}";
            StringBuilder out = new StringBuilder("\\frac{\\partial C}{\\partial " + b + "} = ");
            out.append(pathCount > 1 ? "\\sum_{\\text{paths}} " : "");
            for (int i = 0; i < first.factors().size(); i++) out.append(i > 0 ? " \\cdot " : "").append(pathCount > 1 ? first.factors().get(i).symbol() : first.factors().get(i).tex());
            for (int p = 0; p < paths.size(); p++) {
                Path path = paths.get(p);
                out.append(" \\\\ ").append(pathCount > 1 ? "\\text{path }" + route(path.units()) + ":\\ " : "= ");
                for (int i = 0; i < path.factors().size(); i++) {
                    double v = path.factors().get(i).value();
                    out.append(i > 0 ? " \\cdot " + MathText.texFactor(v) : MathText.tex(v));
                }
                out.append(" = ").append(MathText.tex(path.product()));
            }
            if (pathCount > 1) {
                long rest = pathCount - paths.size();
                out.append(" \\\\ ").append(rest > 0 ? "\\text{\\ldots{} and " + rest + " more paths; all " + pathCount + " add up to }"
                        : "\\text{sum over the " + pathCount + " paths: }");
                out.append("\\delta^{(1)}_{").append(unit + 1).append("} = ").append(MathText.tex(total));
            }
            return out.toString();
        }

        /** The largest activation slope along the listed paths (at most 0.25 for sigmoids). */
        public double largestSlope() {
            return paths.stream().flatMap(p -> p.factors().stream()).filter(Factor::slope).mapToDouble(f -> Math.abs(f.value())).max().orElse(Double.NaN);
        }

        private static String route(int[] units) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < units.length; i++) out.append(i > 0 ? " \\to " : "").append(units[i] + 1);
            return out.toString();
        }

    }

    private ChainOfFactors() {}

    /**
     * ∂C/∂b of unit {@code path[0]} of the first layer for one sample, as the sum over paths; {@code path}
     * (a unit index per layer) is listed first. IllegalArgumentException for a softmax layer.
     */
    public static Chain of(Network network, double[] rawInput, double[] target, Loss loss, int[] path) {
        if (path.length != network.depth()) throw new IllegalArgumentException("a path names one unit in each of the " + network.depth() + " layers");
        Network copy = network.copy();
        NetworkGraph graph = new NetworkGraph(copy, 1, loss);
        graph.setRawInput(0, rawInput);
        graph.setTarget(0, target);
        graph.forwardBackward();
        long count = 1;
        for (int l = 0; l < copy.depth(); l++) {
            if (copy.layer(l).activation() == Activation.SOFTMAX) throw new IllegalArgumentException("a softmax layer mixes its units: no single chain runs through it");
            if (path[l] < 0 || path[l] >= copy.layer(l).units()) throw new IllegalArgumentException("layer " + (l + 1) + " has no unit " + (path[l] + 1));
            if (l > 0) count = Math.multiplyExact(count, copy.layer(l).units());
        }
        List<Path> listed = new ArrayList<>();
        listed.add(path(copy, graph, path));
        int[] units = path.clone();
        for (int l = 1; l < units.length; l++) units[l] = 0;
        while (listed.size() < Math.min(LISTED, count)) {   // the others in order, the chosen one skipped
            if (!Arrays.equals(units, path)) listed.add(path(copy, graph, units));
            if (!advance(units, copy)) break;
        }
        double total = graph.z(0).grad().data[path[0]];   // δ of the unit: the backward pass's own number
        return new Chain(path[0], List.copyOf(listed), count, total);
    }

    /** The next path from the same first unit (the last layer's unit counting fastest); false after the last. */
    private static boolean advance(int[] units, Network net) {
        for (int l = units.length - 1; l >= 1; l--) {
            if (++units[l] < net.layer(l).units()) return true;
            units[l] = 0;
        }
        return false;
    }

    private static Path path(Network copy, NetworkGraph graph, int[] units) {
        List<Factor> factors = new ArrayList<>();
        double product = 1;
        for (int l = 0; l < copy.depth(); l++) {
            int u = units[l];
            String unit = String.valueOf(u + 1), letter = l == 0 ? unit : String.valueOf((char) ('i' + l));
            if (l > 0) {
                double w = copy.layer(l).weight(u, units[l - 1]);
                String from = String.valueOf(units[l - 1] + 1), fromLetter = l == 1 ? from : String.valueOf((char) ('i' + l - 1));
                factors.add(new Factor("w^{(" + (l + 1) + ")}_{" + unit + "," + from + "}", "w^{(" + (l + 1) + ")}_{" + letter + "," + fromLetter + "}", w, false));
                product *= w;
            }
            ActivationOp op = (ActivationOp) graph.a(l).op();   // the op's own slope and name: one sample, so element u is unit u
            double slope = op.slope(u);
            factors.add(new Factor(op.slopeTex() + "(z^{(" + (l + 1) + ")}_{" + unit + "})", op.slopeTex() + "(z^{(" + (l + 1) + ")}_{" + letter + "})", slope, true));
            product *= slope;
        }
        int last = copy.depth() - 1;
        double dCda = graph.a(last).grad().data[units[last]];
        String a = "\\frac{\\partial C}{\\partial a^{(" + (last + 1) + ")}_{";
        factors.add(new Factor(a + (units[last] + 1) + "}}", a + (last == 0 ? String.valueOf(units[last] + 1) : String.valueOf((char) ('i' + last))) + "}}", dCda, false));
        product *= dCda;
        return new Path(units.clone(), List.copyOf(factors), product);
    }
}
