package gradlab.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every tensor a result depends on, in a deterministic topological order (inputs before the ops that
 * use them). Built once; {@link #forward} replays the ops in order, {@link #backward} walks the order
 * backwards. A view steps the backward pass one node at a time with {@link #backwardNode(int)}.
 */
public final class Graph {
    private final Tensor result;
    private final List<Tensor> order;
    private final Tensor[] nodes;   // the same order as an array: replaying allocates no iterator
    private final Op[] ops;         // the non-leaf nodes' ops, in order

    public Graph(Tensor result) {
        this.result = result;
        this.order = Collections.unmodifiableList(topologicalOrder(result));
        this.nodes = order.toArray(new Tensor[0]);
        this.ops = order.stream().filter(t -> !t.isLeaf()).map(Tensor::op).toArray(Op[]::new);
    }

    /**
     * Iterative depth-first search, parents visited in their insertion order, so the same expression
     * always yields the same order (no hash order involved; the identity set only records visits).
     */
    private static List<Tensor> topologicalOrder(Tensor root) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Tensor> stack = new ArrayDeque<>();
        Deque<Integer> nextParent = new ArrayDeque<>();
        stack.push(root);
        nextParent.push(0);
        visited.add(root);
        while (!stack.isEmpty()) {
            Tensor node = stack.peek();
            int i = nextParent.pop();
            List<Tensor> parents = node.parents();
            if (i < parents.size()) {
                nextParent.push(i + 1);
                Tensor parent = parents.get(i);
                if (visited.add(parent)) {
                    stack.push(parent);
                    nextParent.push(0);
                }
            } else {
                order.add(stack.pop());
            }
        }
        return order;
    }

    public Tensor result() { return result; }

    /** Inputs first, the result last. */
    public List<Tensor> order() { return order; }

    /** Recomputes every op's value from the current leaf values. */
    public void forward() {
        for (Op op : ops) op.forward();
    }

    /** Sets every gradient in the graph to zero, parameters included. */
    public void zeroGrad() {
        for (Tensor t : nodes) {
            if (t.requiresGrad()) t.zeroGrad();
        }
    }

    /** Zeroes the gradients and sets ∂C/∂C = 1 on the result: the start of a backward pass. */
    public void startBackward() {
        zeroGrad();
        result.grad().fill(1.0);
    }

    /** Runs the local backward of the node at {@code index} of {@link #order()} (a leaf does nothing). */
    public void backwardNode(int index) {
        Tensor t = nodes[index];
        if (!t.isLeaf()) t.op().backward();
    }

    /** The whole backward pass: every gradient in the graph becomes ∂result/∂tensor. */
    public void backward() {
        startBackward();
        for (int i = ops.length - 1; i >= 0; i--) ops[i].backward();
    }
}
