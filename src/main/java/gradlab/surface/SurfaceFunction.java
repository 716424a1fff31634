package gradlab.surface;

import gradlab.autodiff.Graph;
import gradlab.autodiff.Tensor;
import java.util.List;

/**
 * A surface compiled once into an autodiff graph over one parameter row θ = (x, y) (or (x)), replayed
 * for every evaluation: the same ops, optimizers and exact gradients as a network's training.
 */
public final class SurfaceFunction {
    private final Surface surface;
    private final Tensor theta;
    private final Graph graph;

    SurfaceFunction(Surface surface) {
        this.surface = surface;
        this.theta = new Tensor(1, surface.dimensions(), "θ");
        Tensor x = theta.element(0).label("x");
        Tensor y = surface.oneD() ? x : theta.element(1).label("y");
        Tensor f = surface.expr().build(x, y);
        this.graph = new Graph(f.label("f"));
    }

    public Surface surface() { return surface; }

    /** The parameter θ an optimizer moves: its value is the point, its grad ∇f after {@link #evaluate}. */
    public Tensor theta() { return theta; }

    public List<Tensor> parameters() { return List.of(theta); }

    /** f at (x, y); y is ignored by a 1-D surface. Leaves θ at that point. */
    public double value(double x, double y) {
        moveTo(x, y);
        graph.forward();
        return graph.result().item();
    }

    /** f and ∇f at θ's current value: afterwards θ.grad() holds ∇f. */
    public double evaluate() {
        graph.forward();
        graph.backward();
        return graph.result().item();
    }

    /** f and ∇f at (x, y): {@code gradient} gets (∂f/∂x, ∂f/∂y) or (df/dx). Returns f. */
    public double valueAndGradient(double x, double y, double[] gradient) {
        moveTo(x, y);
        double f = evaluate();
        System.arraycopy(theta.grad().data, 0, gradient, 0, surface.dimensions());
        return f;
    }

    private void moveTo(double x, double y) {
        theta.value().data[0] = x;
        if (!surface.oneD()) theta.value().data[1] = y;
    }
}
