package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gradlab.io.InputError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {
    static double value(String formula, double x, double y) throws InputError {
        return Surfaces.resolve("--f", formula).function().value(x, y);
    }

    @ParameterizedTest(name = "{0} at x={1}, y={2} is {3}")
    @CsvSource(delimiter = '|', value = {
            "-x^2           | 3   | 0  | -9",
            "2^3^2 + 0*x    | 0   | 0  | 512",
            "(2^3)^2 + 0*x  | 0   | 0  | 64",
            "x - y - 1      | 5   | 2  | 2",
            "x / y / 2      | 8   | 2  | 2",
            "2 * x ^ 2      | 3   | 0  | 18",
            "-2^2 + x       | 0   | 0  | -4",
            "x^-1           | 4   | 0  | 0.25",
            "(-x)^2         | 3   | 0  | 9",
            "x*y + 3e-2*x   | 2   | 5  | 10.06",
            "sin(pi/2) * x  | 3   | 0  | 3",
            "e^x            | 1   | 0  | 2.718281828459045",
            "sqrt(abs(x)) + tanh(0*y) + sigmoid(0*y) + relu(-y) | -4 | 1 | 2.5",
            "log(exp(x)) + cos(0*y) + tan(0*x) | 2 | 1 | 3",
            "x \u2212 1     | 3   | 0  | 2",
    })
    void precedenceAsInTheSpec(String formula, double x, double y, double expected) throws InputError {
        assertEquals(expected, value(formula, x, y), 1e-12);
    }

    @ParameterizedTest(name = "''{0}'' fails at column {1}")
    @CsvSource(delimiter = '|', value = {
            "x^2 + z          | 7  | unknown name 'z' (use x, y, pi, e, or a function: sin, cos, tan, exp, log, sqrt, abs, tanh, sigmoid, relu)",
            "x^2 +            | 6  | the formula ends too early: expected a number, x, y or '('",
            "(x + 1           | 7  | missing ')' for the '(' at column 1",
            "x + 1)           | 6  | ')' without a matching '('",
            "2x               | 2  | expected an operator (+ - * / ^) before 'x'",
            "sin x            | 5  | sin needs its argument in parentheses: sin(x)",
            "x ** 2           | 4  | unexpected '*': expected a number, x, y, a function or '('",
            "x + 1e999        | 5  | '1e999' is too large",
            "x + 1..2         | 5  | '1..2' is not a number",
            "'   '            | 1  | the formula is empty",
            "3 + 4            | 1  | the formula uses neither x nor y",
            "foo              | 1  | 'foo' is neither a built-in surface (parabola, bowl, ravine, rosenbrock, himmelblau, saddle, double-well, plateau, beale) nor a formula in x and y",
    })
    void errorsSayTheColumn(String formula, int column, String problem) {
        InputError e = assertThrows(InputError.class, () -> Surfaces.resolve("--f", formula));
        assertEquals("--f:1:" + column + ": " + problem, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void deepNestingIsRefusedNotAStackOverflow() {
        InputError e = assertThrows(InputError.class, () -> Surfaces.resolve("--f", "(".repeat(5000) + "x" + ")".repeat(5000)));
        assertEquals("--f:1:101: nested too deeply (at most 100 levels)", e.getMessage());
    }

    /** 15,000 operators in a row are one level deep: parsed, evaluated and differentiated without deep recursion. */
    @org.junit.jupiter.api.Test
    void aFlatChainOfFifteenThousandOperatorsComputes() throws InputError {
        double[] gradient = new double[2];
        SurfaceFunction halves = Surfaces.resolve("--f", "x" + "/2*2".repeat(7_500) + " + y").function();
        assertEquals(3 + 5, halves.valueAndGradient(3, 5, gradient), 1e-9);
        assertEquals(1, gradient[0], 1e-9);
        assertEquals(1, gradient[1], 1e-12);
        SurfaceFunction sum = Surfaces.resolve("--f", "x" + " - y".repeat(15_000)).function();
        assertEquals(2 - 15_000.0, sum.valueAndGradient(2, 1, gradient), 1e-9);
        assertEquals(1, gradient[0]);
        assertEquals(-15_000, gradient[1]);
        Surface signs = Surfaces.resolve("--f", "1" + "+x-x".repeat(5_000) + "+x*x");
        assertEquals(1, signs.dimensions(), "no y anywhere in the chain: 1-D");
        assertEquals(5, signs.function().value(2, 0), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void deepRightAssociativePowersAndSignsAreRefusedWhereTheyGetTooDeep() {
        InputError powers = assertThrows(InputError.class, () -> Surfaces.resolve("--f", "x" + "^1".repeat(15_000)));
        assertEquals("--f:1:202: nested too deeply (at most 100 levels)", powers.getMessage());
        InputError signs = assertThrows(InputError.class, () -> Surfaces.resolve("--f", "-".repeat(15_000) + "x"));
        assertEquals("--f:1:101: nested too deeply (at most 100 levels)", signs.getMessage());
    }
}
