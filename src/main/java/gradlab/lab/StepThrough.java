package gradlab.lab;

import gradlab.autodiff.Graph;
import gradlab.autodiff.Tensor;
import gradlab.nn.Activation;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Steps through one sample's forward pass neuron by neuron (or layer by layer), the loss, then the
 * backward pass one autodiff node at a time, with the real numbers in each formula. The backward steps
 * really run the graph's nodes in its topological order ({@link Graph#backwardNode}), so a graph view
 * showing the gradients sees them appear as the cursor moves.
 */
public final class StepThrough {
    public enum Phase { START, FORWARD, LOSS, BACKWARD, DONE }

    /**
     * One step: where it is (layer 0-based, unit or −1 for the whole layer, the graph node's index for
     * backward steps), a one-line title and the formula with numbers in TeX.
     */
    public record Step(Phase phase, int layer, int unit, int node, String title, String tex) {}

    private final Network network;
    private final double[] rawInput, target;
    private final NetworkGraph graph;
    private final double[] input;
    private final Loss loss;
    private final List<Step> steps = new ArrayList<>();
    private int cursor;
    private int backwardDoneUpTo;   // graph nodes with index ≥ this have run backward

    public StepThrough(Network network, double[] rawInput, double[] target, Loss loss, boolean perLayer) {
        this.network = network;
        this.rawInput = rawInput.clone();
        this.target = target.clone();
        this.input = network.features().compute(rawInput);
        this.loss = loss;
        this.graph = new NetworkGraph(network, 1, loss);
        graph.setRawInput(0, rawInput);
        graph.setTarget(0, target);
        graph.forwardBackward();                 // every number the texts need
        steps.add(new Step(Phase.START, -1, -1, -1, "Input x = " + vector(input), "x = " + texVector(input)));
        for (int l = 0; l < network.depth(); l++) {
            if (perLayer || network.layer(l).activation() == Activation.SOFTMAX) {
                steps.add(forwardLayer(l));
            } else {
                for (int j = 0; j < network.layer(l).units(); j++) steps.add(forwardUnit(l, j));
            }
        }
        steps.add(lossStep(target));
        List<Tensor> order = graph.graph().order();
        for (int i = order.size() - 1; i >= 0; i--) {
            if (!order.get(i).isLeaf()) steps.add(backwardStep(order.get(i), i));
        }
        steps.add(new Step(Phase.DONE, -1, -1, -1, "Every ∂C/∂w is known: apply the update w ← w − η ∂C/∂w",
                "w \\leftarrow w - \\eta\\, \\frac{\\partial C}{\\partial w}"));
        backwardDoneUpTo = order.size();
        graph.graph().zeroGrad();
    }

    public List<Step> steps() { return Collections.unmodifiableList(steps); }
    public Step current() { return steps.get(cursor); }
    public int index() { return cursor; }
    public NetworkGraph graph() { return graph; }
    public Network network() { return network; }
    /** The sample stepped through: its raw input and its target. */
    public double[] rawInput() { return rawInput.clone(); }
    public double[] target() { return target.clone(); }

    /** The forward numbers of the sample (all of them; views reveal them up to the cursor). */
    public NetworkGraph.Result result() { return graph.result(cursor >= firstOf(Phase.DONE)); }

    /** True once the forward pass has reached unit {@code unit} of layer {@code layer}. */
    public boolean forwardShown(int layer, int unit) {
        for (int i = cursor; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.phase() != Phase.FORWARD) {
                if (s.phase() != Phase.START) return true;
                continue;
            }
            if (s.layer() > layer || (s.layer() == layer && (s.unit() < 0 || s.unit() >= unit))) return true;
        }
        return false;
    }

    /** Whether the backward pass has run graph node {@code node} (its gradient flowed to its inputs). */
    public boolean backwardRan(int node) { return node >= backwardDoneUpTo; }

    public boolean next() {
        if (cursor == steps.size() - 1) return false;
        cursor++;
        sync();
        return true;
    }

    public boolean previous() {
        if (cursor == 0) return false;
        cursor--;
        sync();
        return true;
    }

    private int firstOf(Phase phase) {
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).phase() == phase) return i;
        return steps.size();
    }

    /** Makes the graph's gradients those of the backward steps up to the cursor, running nodes in order. */
    private void sync() {
        Graph g = graph.graph();
        int target = g.order().size();
        for (int i = cursor; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.phase() == Phase.BACKWARD) {
                target = s.node();
                break;
            }
            if (s.phase() == Phase.DONE) {
                target = 0;
                break;
            }
        }
        int size = g.order().size();
        if (target == size) {                       // before the backward pass: no gradients yet
            g.zeroGrad();
            backwardDoneUpTo = size;
            return;
        }
        if (target > backwardDoneUpTo || backwardDoneUpTo == size) {   // starting, or stepping back: replay from ∂C/∂C = 1
            g.startBackward();
            backwardDoneUpTo = size;
        }
        while (backwardDoneUpTo > target) g.backwardNode(--backwardDoneUpTo);
    }

    // ---- the texts ----

    private Step forwardUnit(int l, int j) {
        Layer layer = network.layer(l);
        double[] prev = l == 0 ? input : graph.a(l - 1).toArray()[0];
        double z = graph.z(l).get(0, j), a = graph.a(l).get(0, j);
        StringBuilder tex = new StringBuilder(String.format(Locale.ROOT, "z^{(%d)}_{%d} = \\sum_i w_{%d i}\\, %s_i + b_{%d} = ",
                l + 1, j + 1, j + 1, l == 0 ? "x" : "a^{(" + l + ")}", j + 1));
        for (int i = 0; i < prev.length; i++) {
            tex.append(i > 0 ? " + " : "").append(paren(layer.weight(j, i))).append("\\cdot ").append(paren(prev[i]));
        }
        tex.append(" + ").append(paren(layer.bias(j))).append(" = ").append(num(z));
        tex.append("\\\\ a^{(").append(l + 1).append(")}_{").append(j + 1).append("} = ")
                .append(activationTex(layer.activation(), num(z))).append(" = ").append(num(a));
        String title = String.format(Locale.ROOT, "Layer %d, neuron %d: z = %s, a = %s(z) = %s", l + 1, j + 1, plain(z),
                layer.activation().fileName(), plain(a));
        return new Step(Phase.FORWARD, l, j, -1, title, tex.toString());
    }

    private Step forwardLayer(int l) {
        Layer layer = network.layer(l);
        double[] z = graph.z(l).toArray()[0], a = graph.a(l).toArray()[0];
        String tex = String.format(Locale.ROOT, "z^{(%d)} = W^{(%d)} %s + b^{(%d)} = %s\\\\ a^{(%d)} = %s = %s",
                l + 1, l + 1, l == 0 ? "x" : "a^{(" + l + ")}", l + 1, texVector(z), l + 1,
                activationTex(layer.activation(), "z^{(" + (l + 1) + ")}"), texVector(a));
        return new Step(Phase.FORWARD, l, -1, -1, "Layer " + (l + 1) + ": z = " + vector(z) + ", a = " + vector(a), tex);
    }

    private Step lossStep(double[] target) {
        double[] a = graph.output().toArray()[0];
        double c = graph.loss().item();
        String formula = switch (loss) {
            case QUADRATIC -> "C = \\tfrac12 \\sum_j (a_j - t_j)^2";
            case BINARY_CROSS_ENTROPY -> "C = -\\sum_j [t_j \\ln a_j + (1 - t_j)\\ln(1 - a_j)]";
            case CROSS_ENTROPY -> "C = -\\sum_j t_j \\ln a_j";
        };
        String tex = formula + ",\\quad a = " + texVector(a) + ",\\ t = " + texVector(target) + "\\\\ C = " + num(c);
        return new Step(Phase.LOSS, network.depth() - 1, -1, -1,
                "Loss (" + loss.fileName() + "): C = " + plain(c), tex);
    }

    private Step backwardStep(Tensor node, int index) {
        int l = graph.layerOf(node);
        String op = node.op().name();
        Tensor in = node.op().inputs().get(0);
        if (node == graph.loss()) {
            double[] g = graph.output().gradToArray()[0];
            return new Step(Phase.BACKWARD, network.depth() - 1, -1, index,
                    "∂C/∂a of the output = " + vector(g),
                    "\\frac{\\partial C}{\\partial a^{(" + network.depth() + ")}} = " + texVector(g));
        }
        if (node == graph.a(l)) {
            double[] delta = graph.z(l).gradToArray()[0];
            double[] upstream = node.gradToArray()[0];
            double[] z = graph.z(l).toArray()[0], a = graph.a(l).toArray()[0];
            Activation act = network.layer(l).activation();
            StringBuilder tex = new StringBuilder();
            boolean output = l == network.depth() - 1;
            for (int j = 0; j < delta.length && j < 6; j++) {
                tex.append(j > 0 ? "\\\\ " : "").append(String.format(Locale.ROOT, "\\delta^{(%d)}_{%d} = ", l + 1, j + 1));
                if (act == Activation.SOFTMAX) {
                    tex.append("a_").append(j + 1).append("\\,(g_").append(j + 1).append(" - \\sum_k g_k a_k) = ").append(num(delta[j]));
                    continue;
                }
                tex.append(derivativeTex(act)).append("(z_{").append(j + 1).append("})\\cdot ")
                        .append(output ? "\\frac{\\partial C}{\\partial a_{" + (j + 1) + "}}" : "\\sum_k w_{k" + (j + 1) + "}\\delta^{(" + (l + 2) + ")}_k")
                        .append(" = ").append(paren(derivative(act, z[j], a[j]))).append("\\cdot ").append(paren(upstream[j]))
                        .append(" = ").append(num(delta[j]));
            }
            return new Step(Phase.BACKWARD, l, -1, index, "Layer " + (l + 1) + " (" + op + "): δ = ∂C/∂z = " + vector(delta), tex.toString());
        }
        if (node == graph.z(l)) {
            double[] db = network.layer(l).biases().gradToArray()[0];
            return new Step(Phase.BACKWARD, l, -1, index, "Layer " + (l + 1) + " (add bias): ∂C/∂b = δ = " + vector(db),
                    "\\frac{\\partial C}{\\partial b^{(" + (l + 1) + ")}} = \\delta^{(" + (l + 1) + ")} = " + texVector(db));
        }
        // the weighted sum W·x: gradients for the weights, and for the layer below
        Layer layer = network.layer(l);
        double[][] dW = layer.weights().gradToArray();
        double[] delta = graph.z(l).gradToArray()[0];
        double[] prev = l == 0 ? input : graph.a(l - 1).toArray()[0];
        StringBuilder tex = new StringBuilder();
        int shown = 0;
        for (int j = 0; j < layer.units() && shown < 6; j++) {
            for (int i = 0; i < layer.inputs() && shown < 6; i++, shown++) {
                tex.append(shown > 0 ? "\\\\ " : "").append(String.format(Locale.ROOT, "\\frac{\\partial C}{\\partial w_{%d%d}} = \\delta_{%d}\\, %s_{%d} = %s\\cdot %s = %s",
                        j + 1, i + 1, j + 1, l == 0 ? "x" : "a", i + 1, paren(delta[j]), paren(prev[i]), num(dW[j][i])));
            }
        }
        if (in.requiresGrad()) {
            tex.append("\\\\ \\frac{\\partial C}{\\partial a^{(").append(l).append(")}} = W^{(").append(l + 1).append(")T} \\delta^{(")
                    .append(l + 1).append(")} = ").append(texVector(in.gradToArray()[0]));
        }
        return new Step(Phase.BACKWARD, l, -1, index, "Layer " + (l + 1) + " (weights): ∂C/∂W = δ·aᵀ", tex.toString());
    }

    static double derivative(Activation act, double z, double a) {
        return switch (act) {
            case IDENTITY -> 1;
            case STEP -> 0;
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case RELU -> z > 0 ? 1 : 0;
            case LEAKY_RELU -> z > 0 ? 1 : 0.01;
            case SOFTMAX -> Double.NaN;
        };
    }

    private static String activationTex(Activation act, String arg) {
        return switch (act) {
            case IDENTITY -> arg;
            case STEP -> "\\mathrm{step}(" + arg + ")";
            case SIGMOID -> "\\sigma(" + arg + ")";
            case TANH -> "\\tanh(" + arg + ")";
            case RELU -> "\\mathrm{relu}(" + arg + ")";
            case LEAKY_RELU -> "\\mathrm{lrelu}(" + arg + ")";
            case SOFTMAX -> "\\mathrm{softmax}(" + arg + ")";
        };
    }

    private static String derivativeTex(Activation act) {
        return switch (act) {
            case SIGMOID -> "\\sigma'";
            case TANH -> "\\tanh'";
            default -> "\\mathrm{" + act.fileName().replace("-", "") + "}'";
        };
    }

    /** A number as the views print it: up to four significant digits. */
    public static String num(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "\\mathrm{NaN}" : (v > 0 ? "\\infty" : "-\\infty");
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {   // 1.195e-05 → 1.195 × 10^{-5}, as mathematics
            String[] parts = s.split("e");
            String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
            return mantissa + "\\times 10^{" + Integer.parseInt(parts[1]) + "}";
        }
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    private static String paren(double v) { return v < 0 ? "(" + num(v) + ")" : num(v); }

    private static String texVector(double[] v) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) out.append(i > 0 ? ",\\ " : "").append(num(v[i]));
        return out.append("]").toString();
    }

    /** A number for a title line: four significant digits, 1.241e-05 style when small. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : (v > 0 ? "∞" : "−∞");
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String vector(double[] v) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) out.append(i > 0 ? ", " : "").append(plain(v[i]));
        return out.append("]").toString();
    }
}
