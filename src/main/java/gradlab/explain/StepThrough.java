package gradlab.explain;

import gradlab.autodiff.ActivationOp;
import gradlab.autodiff.Graph;
import gradlab.autodiff.LossOp;
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
        steps.add(new Step(Phase.START, -1, -1, -1, "Input x = " + MathText.plainVector(input), "x = " + MathText.texVector(input)));
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

    /**
     * A copy of {@code net} (the same shape as the stepped network) after w ← w − η ∂C/∂w with this sample's
     * gradients, from the step-through's own copy: counted once, whatever else ran on {@code net}. Run
     * the backward pass to the end first.
     */
    public Network updated(Network net, double rate) {
        Network next = net.copy();
        for (int p = 0; p < next.parameters().size(); p++) {
            Tensor mine = next.parameters().get(p), walked = network.parameters().get(p);
            for (int i = 0; i < mine.value().data.length; i++) mine.value().data[i] -= rate * walked.grad().data[i];
        }
        return next;
    }
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
            tex.append(i > 0 ? " + " : "").append(MathText.texFactor(layer.weight(j, i))).append("\\cdot ").append(MathText.texFactor(prev[i]));
        }
        tex.append(" + ").append(MathText.texFactor(layer.bias(j))).append(" = ").append(MathText.tex(z));
        tex.append("\\\\ a^{(").append(l + 1).append(")}_{").append(j + 1).append("} = ")
                .append(activation(l).tex(MathText.tex(z))).append(" = ").append(MathText.tex(a));
        String title = String.format(Locale.ROOT, "Layer %d, neuron %d: z = %s, a = %s(z) = %s", l + 1, j + 1, MathText.plain(z),
                layer.activation().fileName(), MathText.plain(a));
        return new Step(Phase.FORWARD, l, j, -1, title, tex.toString());
    }

    private Step forwardLayer(int l) {
        Layer layer = network.layer(l);
        double[] z = graph.z(l).toArray()[0], a = graph.a(l).toArray()[0];
        String tex = String.format(Locale.ROOT, "z^{(%d)} = W^{(%d)} %s + b^{(%d)} = %s\\\\ a^{(%d)} = %s = %s",
                l + 1, l + 1, l == 0 ? "x" : "a^{(" + l + ")}", l + 1, MathText.texVector(z), l + 1,
                activation(l).tex("z^{(" + (l + 1) + ")}"), MathText.texVector(a));
        return new Step(Phase.FORWARD, l, -1, -1, "Layer " + (l + 1) + ": z = " + MathText.plainVector(z) + ", a = " + MathText.plainVector(a), tex);
    }

    private Step lossStep(double[] target) {
        double[] a = graph.output().toArray()[0];
        double c = graph.loss().item();
        String formula = ((LossOp) graph.loss().op()).tex();
        String tex = formula + ",\\quad a = " + MathText.texVector(a) + ",\\ t = " + MathText.texVector(target) + "\\\\ C = " + MathText.tex(c);
        return new Step(Phase.LOSS, network.depth() - 1, -1, -1,
                "C = " + MathText.plain(c) + " (" + loss.fileName() + ")", tex);   // shown after "Loss: "
    }

    private Step backwardStep(Tensor node, int index) {
        int l = graph.layerOf(node);
        String op = node.op().name();
        Tensor in = node.op().inputs().get(0);
        if (node == graph.loss()) {
            double[] g = graph.output().gradToArray()[0];
            return new Step(Phase.BACKWARD, network.depth() - 1, -1, index,
                    "∂C/∂a of the output = " + MathText.plainVector(g),
                    "\\frac{\\partial C}{\\partial a^{(" + network.depth() + ")}} = " + MathText.texVector(g));
        }
        if (node == graph.a(l)) {
            double[] delta = graph.z(l).gradToArray()[0];
            double[] upstream = node.gradToArray()[0];
            Activation act = network.layer(l).activation();
            StringBuilder tex = new StringBuilder();
            boolean output = l == network.depth() - 1;
            for (int j = 0; j < delta.length && j < 6; j++) {
                tex.append(j > 0 ? "\\\\ " : "").append(String.format(Locale.ROOT, "\\delta^{(%d)}_{%d} = ", l + 1, j + 1));
                if (act == Activation.SOFTMAX) {
                    tex.append("a_").append(j + 1).append("\\,(g_").append(j + 1).append(" - \\sum_k g_k a_k) = ").append(MathText.tex(delta[j]));
                    continue;
                }
                tex.append(activation(l).slopeTex()).append("(z_{").append(j + 1).append("})\\cdot ")
                        .append(output ? "\\frac{\\partial C}{\\partial a_{" + (j + 1) + "}}" : "\\sum_k w_{k" + (j + 1) + "}\\delta^{(" + (l + 2) + ")}_k")
                        .append(" = ").append(MathText.texFactor(activation(l).slope(j))).append("\\cdot ").append(MathText.texFactor(upstream[j]))
                        .append(" = ").append(MathText.tex(delta[j]));
            }
            return new Step(Phase.BACKWARD, l, -1, index, "Layer " + (l + 1) + " (" + op + "): δ = ∂C/∂z = " + MathText.plainVector(delta), tex.toString());
        }
        if (node == graph.z(l)) {
            double[] db = network.layer(l).biases().gradToArray()[0];
            return new Step(Phase.BACKWARD, l, -1, index, "Layer " + (l + 1) + " (add bias): ∂C/∂b = δ = " + MathText.plainVector(db),
                    "\\frac{\\partial C}{\\partial b^{(" + (l + 1) + ")}} = \\delta^{(" + (l + 1) + ")} = " + MathText.texVector(db));
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
                        j + 1, i + 1, j + 1, l == 0 ? "x" : "a", i + 1, MathText.texFactor(delta[j]), MathText.texFactor(prev[i]), MathText.tex(dW[j][i])));
            }
        }
        if (in.requiresGrad()) {
            tex.append("\\\\ \\frac{\\partial C}{\\partial a^{(").append(l).append(")}} = W^{(").append(l + 1).append(")T} \\delta^{(")
                    .append(l + 1).append(")} = ").append(MathText.texVector(in.gradToArray()[0]));
        }
        return new Step(Phase.BACKWARD, l, -1, index, "Layer " + (l + 1) + " (weights): ∂C/∂W = δ·aᵀ", tex.toString());
    }

    /** The activation op of layer {@code l} in this sample's graph: its slopes and TeX are what the steps show. */
    private ActivationOp activation(int l) { return (ActivationOp) graph.a(l).op(); }
}
