package gradlab.lab;

import gradlab.autodiff.ActivationOp;
import gradlab.nn.Activation;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation along one path, one unit per layer, as the product the notes write for a deep chain:
 * ∂C/∂b(1) = σ′(z₁)·w₂·σ′(z₂)·w₃·…·σ′(z_L)·∂C/∂a_L. Each factor is listed with its number, so a student sees a
 * slope of at most 0.25 enter at every sigmoid layer. For a network one unit wide the product is ∂C/∂b(1)
 * itself; in a wider one it is that path's share of it. The slopes come from the activation ops' own backward.
 */
public final class ChainOfFactors {
    /** One factor: its TeX name (σ'(z^{(2)}), w^{(2)}, ∂C/∂a^{(L)}) and its value. */
    public record Factor(String tex, double value, boolean slope) {}

    public record Chain(int[] path, List<Factor> factors, double product) {
        /** The chain as TeX: the symbols, then the numbers, then the product. */
        public String tex() {
            StringBuilder symbols = new StringBuilder("\\frac{\\partial C}{\\partial b^{(1)}} = ");
            StringBuilder numbers = new StringBuilder("= ");
            for (int i = 0; i < factors.size(); i++) {
                symbols.append(i > 0 ? " \\cdot " : "").append(factors.get(i).tex());
                numbers.append(i > 0 ? " \\cdot " : "").append(MathText.tex(factors.get(i).value()));
            }
            return symbols + " \\\\ " + numbers + " = " + MathText.tex(product);
        }

        /** The largest activation slope along the path (at most 0.25 for sigmoids). */
        public double largestSlope() {
            return factors.stream().filter(Factor::slope).mapToDouble(f -> Math.abs(f.value())).max().orElse(Double.NaN);
        }
    }

    private ChainOfFactors() {}

    /** The chain for one sample along {@code path} (a unit index per layer); IllegalArgumentException for a softmax layer. */
    public static Chain of(Network network, double[] rawInput, double[] target, Loss loss, int[] path) {
        if (path.length != network.depth()) throw new IllegalArgumentException("a path names one unit in each of the " + network.depth() + " layers");
        Network copy = network.copy();
        NetworkGraph graph = new NetworkGraph(copy, 1, loss);
        graph.setRawInput(0, rawInput);
        graph.setTarget(0, target);
        graph.forwardBackward();
        List<Factor> factors = new ArrayList<>();
        double product = 1;
        for (int l = 0; l < copy.depth(); l++) {
            Activation act = copy.layer(l).activation();
            if (act == Activation.SOFTMAX) throw new IllegalArgumentException("a softmax layer mixes its units: no single chain runs through it");
            int u = path[l];
            if (u < 0 || u >= copy.layer(l).units()) throw new IllegalArgumentException("layer " + (l + 1) + " has no unit " + (u + 1));
            if (l > 0) {
                double w = copy.layer(l).weight(u, path[l - 1]);
                factors.add(new Factor("w^{(" + (l + 1) + ")}", w, false));
                product *= w;
            }
            ActivationOp op = (ActivationOp) graph.a(l).op();   // the op's own slope and name: one sample, so element u is unit u
            double slope = op.slope(u);
            factors.add(new Factor(op.slopeTex() + "(z^{(" + (l + 1) + ")})", slope, true));
            product *= slope;
        }
        int last = copy.depth() - 1;
        double dCda = graph.a(last).grad().data[path[last]];
        factors.add(new Factor("\\frac{\\partial C}{\\partial a^{(" + (last + 1) + ")}}", dCda, false));
        product *= dCda;
        return new Chain(path.clone(), List.copyOf(factors), product);
    }
}
