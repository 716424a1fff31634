package gradlab.explain;

import gradlab.autodiff.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the computational-graph view draws for the step on show, micrograd style: a box per node of
 * the sample's graph with its name in the notes' notation, the op that made it and its formula, its
 * value, and its gradient once the backward pass has reached it. Columns follow the graph's depth, a leaf
 * sits just left of its first user. Immutable: the stepper publishes a new one per step.
 *
 * @param nodes   in the graph's topological order; empty with a {@code message} when there is nothing to draw
 * @param message why there is no graph (no step-through yet, or too many nodes), else null
 */
public record GraphPicture(List<Node> nodes, int columns, String message) {
    /** More nodes than this make boxes too small to read: the view says so instead. */
    public static final int MAX_NODES = 40;

    /**
     * One box. {@code gradient} is null for a constant (the inputs, the target); {@code gradientKnown} is
     * false until the backward pass has completed the node's gradient; {@code parents} index into the nodes.
     */
    public record Node(String label, String op, String formula, double[] value, double[] gradient, boolean leaf,
                       boolean current, boolean gradientKnown, int column, int row, List<Integer> parents) {}

    public static final GraphPicture NONE = new GraphPicture(List.of(), 0,
            "The computational graph appears when you step through a sample (→).");

    /** The picture of {@code stepper}'s graph at its current step (NONE for null). */
    public static GraphPicture of(StepThrough stepper) {
        if (stepper == null) return NONE;
        List<Tensor> order = stepper.graph().graph().order();
        if (order.size() > MAX_NODES) {
            return new GraphPicture(List.of(), 0, "The graph has " + order.size() + " nodes: the graph view is for small networks.");
        }
        Map<Tensor, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
        Map<Tensor, Integer> column = columns(order);
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        StepThrough.Step step = stepper.current();
        List<Node> nodes = new ArrayList<>();
        int columns = 0;
        for (int i = 0; i < order.size(); i++) {
            Tensor t = order.get(i);
            int c = column.get(t), row = rowsUsed.merge(c, 1, Integer::sum) - 1;
            columns = Math.max(columns, c + 1);
            boolean current = step.phase() == StepThrough.Phase.BACKWARD && step.node() == i;
            boolean known = stepper.backwardRan(i) || backwardPassedTo(stepper, t, order);
            nodes.add(new Node(t.label() == null ? "" : t.label(), t.isLeaf() ? "" : t.op().name(),
                    t.isLeaf() ? (t.requiresGrad() ? "a parameter" : "a constant") : t.op().formula(),
                    t.value().data.clone(), t.requiresGrad() ? t.grad().data.clone() : null, t.isLeaf(), current,
                    known && t.requiresGrad(), c, row, t.parents().stream().map(index::get).toList()));
        }
        return new GraphPicture(List.copyOf(nodes), columns, null);
    }

    /** A node's gradient is complete once every op that uses it has run backward. */
    private static boolean backwardPassedTo(StepThrough stepper, Tensor t, List<Tensor> order) {
        StepThrough.Phase phase = stepper.current().phase();
        if (t == order.get(order.size() - 1)) return phase == StepThrough.Phase.BACKWARD || phase == StepThrough.Phase.DONE;
        boolean used = false;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).parents().contains(t)) {
                used = true;
                if (!stepper.backwardRan(i)) return false;
            }
        }
        return used;
    }

    private static Map<Tensor, Integer> columns(List<Tensor> order) {
        Map<Tensor, Integer> depth = new IdentityHashMap<>();
        for (Tensor t : order) {
            int d = 0;
            for (Tensor p : t.parents()) d = Math.max(d, depth.getOrDefault(p, 0) + 1);
            depth.put(t, t.isLeaf() ? 0 : d);
        }
        for (Tensor t : order) {   // a leaf sits just left of its first user, not far away in column 0
            if (!t.isLeaf()) {
                for (Tensor p : t.parents()) if (p.isLeaf()) depth.put(p, Math.max(0, depth.get(t) - 1));
            }
        }
        return depth;
    }
}
