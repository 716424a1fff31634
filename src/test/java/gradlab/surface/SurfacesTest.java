package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Each built-in's value and gradient, from the autodiff graph, against the formula derived by hand. */
class SurfacesTest {
    record HandDerived(String name, DoubleBinaryOperator f, DoubleBinaryOperator dfdx, DoubleBinaryOperator dfdy) {}

    static final List<HandDerived> BUILT_INS = List.of(
            new HandDerived("parabola", (x, y) -> (x - 2) * (x - 2), (x, y) -> 2 * (x - 2), null),
            new HandDerived("bowl", (x, y) -> x * x + y * y, (x, y) -> 2 * x, (x, y) -> 2 * y),
            new HandDerived("ravine", (x, y) -> x * x + 10 * y * y, (x, y) -> 2 * x, (x, y) -> 20 * y),
            new HandDerived("rosenbrock", (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
                    (x, y) -> -2 * (1 - x) - 400 * x * (y - x * x), (x, y) -> 200 * (y - x * x)),
            new HandDerived("himmelblau", (x, y) -> sq(x * x + y - 11) + sq(x + y * y - 7),
                    (x, y) -> 4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), (x, y) -> 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)),
            new HandDerived("saddle", (x, y) -> x * x - y * y, (x, y) -> 2 * x, (x, y) -> -2 * y),
            new HandDerived("double-well", (x, y) -> sq(x * x - 1) + 0.3 * x + y * y, (x, y) -> 4 * x * (x * x - 1) + 0.3, (x, y) -> 2 * y),
            new HandDerived("plateau", (x, y) -> 1 - Math.exp(-(x * x + y * y)),
                    (x, y) -> 2 * x * Math.exp(-(x * x + y * y)), (x, y) -> 2 * y * Math.exp(-(x * x + y * y))),
            new HandDerived("beale", (x, y) -> sq(1.5 - x + x * y) + sq(2.25 - x + x * y * y) + sq(2.625 - x + x * y * y * y),
                    (x, y) -> 2 * (1.5 - x + x * y) * (y - 1) + 2 * (2.25 - x + x * y * y) * (y * y - 1) + 2 * (2.625 - x + x * y * y * y) * (y * y * y - 1),
                    (x, y) -> 2 * (1.5 - x + x * y) * x + 2 * (2.25 - x + x * y * y) * 2 * x * y + 2 * (2.625 - x + x * y * y * y) * 3 * x * y * y));

    static double sq(double v) { return v * v; }

    @Test
    void thereAreExactlyTheNineOfTheSpec() {
        assertEquals(List.of("parabola", "bowl", "ravine", "rosenbrock", "himmelblau", "saddle", "double-well", "plateau", "beale"),
                Surfaces.names());
        assertEquals(Surfaces.names(), BUILT_INS.stream().map(HandDerived::name).toList());
    }

    @Test
    void everyBuiltInsValueAndGradientMatchTheHandDerivedFormula() {
        double[][] points = {{0.3, -0.7}, {-1.2, 1.9}, {2.5, 0.4}, {-0.01, -2.2}};
        for (HandDerived hand : BUILT_INS) {
            Surface surface = Surfaces.builtIn(hand.name());
            SurfaceFunction f = surface.function();
            for (double[] p : points) {
                double[] gradient = new double[surface.dimensions()];
                double value = f.valueAndGradient(p[0], p[1], gradient);
                String where = hand.name() + " at (" + p[0] + ", " + p[1] + ")";
                assertEquals(hand.f().applyAsDouble(p[0], p[1]), value, 1e-9 * Math.max(1, Math.abs(value)), where + ": f");
                double dx = hand.dfdx().applyAsDouble(p[0], p[1]);
                assertEquals(dx, gradient[0], 1e-9 * Math.max(1, Math.abs(dx)), where + ": ∂f/∂x");
                if (hand.dfdy() != null) {
                    double dy = hand.dfdy().applyAsDouble(p[0], p[1]);
                    assertEquals(dy, gradient[1], 1e-9 * Math.max(1, Math.abs(dy)), where + ": ∂f/∂y");
                }
            }
        }
    }

    @Test
    void theListedMinimaAreStationaryAndTheDefaultStartsLieInTheDomain() {
        for (String name : Surfaces.names()) {
            Surface s = Surfaces.builtIn(name);
            for (double[] m : s.minima()) {
                double[] g = new double[s.dimensions()];
                s.function().valueAndGradient(m[0], m.length > 1 ? m[1] : 0, g);
                for (double component : g) assertEquals(0, component, 1e-4, name + ": ∇f at a listed minimum");
            }
            assertTrue(s.start()[0] >= s.domain()[0] && s.start()[0] <= s.domain()[1], name);
            if (!s.oneD()) assertTrue(s.start()[1] >= s.domain()[2] && s.start()[1] <= s.domain()[3], name);
        }
    }

    @Test
    void theDoubleWellsLeftMinimumIsTheDeeperOne() {
        SurfaceFunction f = Surfaces.builtIn("double-well").function();
        assertTrue(f.value(-1.035579, 0) < f.value(0.960150, 0));
        assertEquals(-0.305428, f.value(-1.035579, 0), 1e-6);
        assertEquals(0.294146, f.value(0.960150, 0), 1e-6);
    }

    @Test
    void aTypedFormulaWithoutYIsOneDimensional() throws Exception {
        Surface s = Surfaces.resolve("--f", "x^4 - 3*x");
        assertTrue(s.oneD());
        assertArrayEquals(new double[] {-2}, s.start());
        assertEquals(2 * 2 * 2 * 2 - 6, s.function().value(2, 0), 1e-12);
    }
}
