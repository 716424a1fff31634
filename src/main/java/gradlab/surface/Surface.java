package gradlab.surface;

import java.util.List;

/**
 * A loss surface f(x, y), or f(x) when {@code oneD}: its formula, where to look (the domain), where a
 * ball starts, the optimizer settings that make its lesson visible, and its known minima.
 *
 * @param name       a built-in's name (SPEC §5), or null for a typed formula
 * @param formula    the formula in SPEC §5's grammar
 * @param expr       the parsed formula
 * @param domain     {xMin, xMax, yMin, yMax}; for 1-D, y is the range of f drawn
 * @param start      a good default start: {x, y} or {x}
 * @param optimizer  the optimizer that shows the lesson, with its learning rate and momentum
 * @param minima     known minima as {x, y} (or {x}); empty when unknown or unbounded below
 * @param logScale   whether colours follow log(f − min f): valleys like Rosenbrock's stay visible
 * @param lesson     one sentence: what this surface shows
 */
public record Surface(String name, String formula, Expr expr, boolean oneD, double[] domain, double[] start,
                      String optimizer, double learningRate, double momentum, List<double[]> minima, boolean logScale,
                      String lesson) {
    /** The name for people: the built-in's name, else the formula. */
    public String title() { return name != null ? name : formula; }

    public int dimensions() { return oneD ? 1 : 2; }

    /** A new compiled function of this surface: values and exact gradients through the autodiff graph. */
    public SurfaceFunction function() { return new SurfaceFunction(this); }
}
