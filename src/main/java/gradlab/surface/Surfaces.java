package gradlab.surface;

import gradlab.io.InputError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The nine built-in surfaces of SPEC §5, and the way from a name or a typed formula to a {@link Surface}. */
public final class Surfaces {
    private static final Map<String, Surface> BUILT_IN = new LinkedHashMap<>();

    static {
        add("parabola", "(x - 2)^2", true, new double[] {-1, 5, -0.5, 9}, new double[] {0.2}, "sgd", 0.1, 0,
                List.of(new double[] {2}), false,
                "Notes 002: w walks from 0.2 to 2; a learning rate that is too small crawls, one above 1 overshoots and grows.");
        add("bowl", "x^2 + y^2", false, new double[] {-3, 3, -3, 3}, new double[] {-2.5, 2}, "sgd", 0.1, 0,
                List.of(new double[] {0, 0}), false, "The easy case: every path rolls straight to the bottom.");
        add("ravine", "x^2 + 10*y^2", false, new double[] {-4.5, 4.5, -3, 3}, new double[] {-4, 1}, "momentum", 0.1, 0.3,
                List.of(new double[] {0, 0}), false,
                "A narrow valley: plain gradient descent zig-zags across it; momentum damps the zig-zag (notes 001).");
        add("rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", false, new double[] {-2, 2, -1, 3}, new double[] {-1.5, 2}, "adam", 0.05, 0,
                List.of(new double[] {1, 1}), true, "A curved valley with a flat floor: easy to reach, slow to follow to (1, 1).");
        add("himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", false, new double[] {-5, 5, -5, 5}, new double[] {-0.5, 0.5}, "sgd", 0.01, 0,
                List.of(new double[] {3, 2}, new double[] {-2.805118, 3.131312}, new double[] {-3.779310, -3.283186},
                        new double[] {3.584428, -1.848126}), true,
                "Four minima of equal depth: where the ball starts decides where it ends.");
        add("saddle", "x^2 - y^2", false, new double[] {-2, 2, -2, 2}, new double[] {-1.5, 0.001}, "sgd", 0.05, 0,
                List.of(), false,
                "A saddle point: the gradient vanishes at (0, 0) though it is no minimum; descent lingers there, then slides off.");
        add("double-well", "(x^2 - 1)^2 + 0.3*x + y^2", false, new double[] {-2, 2, -1.5, 1.5}, new double[] {1.5, 1}, "sgd", 0.05, 0,
                List.of(new double[] {-1.035579, 0}, new double[] {0.960150, 0}), false,
                "A local minimum beside a deeper global one (notes 001): from the right, descent stops in the shallower well.");
        add("plateau", "1 - exp(-(x^2 + y^2))", false, new double[] {-3, 3, -3, 3}, new double[] {2.5, 2}, "sgd", 0.1, 0,
                List.of(new double[] {0, 0}), false,
                "A flat region where the gradient almost vanishes: plain descent crawls; AdaGrad, RMSProp and Adam do not.");
        add("beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", false,
                new double[] {-4.5, 4.5, -4.5, 4.5}, new double[] {1, 1.5}, "adam", 0.01, 0,
                List.of(new double[] {3, 0.5}), true, "Steep walls around a flat floor: one learning rate cannot suit both.");
    }

    private Surfaces() {}

    private static void add(String name, String formula, boolean oneD, double[] domain, double[] start, String optimizer,
                            double learningRate, double momentum, List<double[]> minima, boolean logScale, String lesson) {
        try {
            BUILT_IN.put(name, new Surface(name, formula, Formula.parse(name, formula), oneD, domain, start, optimizer,
                    learningRate, momentum, minima, logScale, lesson));
        } catch (InputError e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The built-ins' names, in SPEC's order. */
    public static List<String> names() { return List.copyOf(BUILT_IN.keySet()); }

    public static Surface builtIn(String name) {
        Surface s = BUILT_IN.get(name);
        if (s == null) throw new IllegalArgumentException("no built-in surface '" + name + "'");
        return s;
    }

    /**
     * A built-in by its name, or a typed formula; formula errors are located in {@code source}
     * (the option or file that held the text) at line 1, by column.
     */
    public static Surface resolve(String source, String nameOrFormula) throws InputError {
        String text = nameOrFormula.trim();
        if (BUILT_IN.containsKey(text)) return BUILT_IN.get(text);
        Expr expr;
        try {
            expr = Formula.parse(source, nameOrFormula);
        } catch (InputError e) {
            if (text.matches("[a-z][a-z0-9-]*") && e.problem().startsWith("unknown name")) {
                throw new InputError(source, 1, e.column(), "'" + text + "' is neither a built-in surface ("
                        + String.join(", ", names()) + ") nor a formula in x and y");
            }
            throw e;
        }
        if (!expr.uses("x") && !expr.uses("y")) throw new InputError(source, 1, 1, "the formula uses neither x nor y");
        boolean oneD = !expr.uses("y");
        double[] domain = oneD ? new double[] {-3, 3, 0, 1} : new double[] {-3, 3, -3, 3};
        double[] start = oneD ? new double[] {-2} : new double[] {-2, 2};
        Surface surface = new Surface(null, text, expr, oneD, domain, start, "sgd", 0.03, 0.9, List.of(), false, "Your own formula.");
        if (oneD) {   // the range of f drawn: what f takes over the x range, with a margin
            SurfaceFunction f = surface.function();
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i <= 200; i++) {
                double v = f.value(-3 + 6.0 * i / 200, 0);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo < hi) {
                domain[2] = lo - 0.05 * (hi - lo);
                domain[3] = hi + 0.05 * (hi - lo);
            }
        }
        return surface;
    }
}
