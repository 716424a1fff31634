package gradlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataTest {

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral", "blobs", "sine", "steps", "symmetric-steps"})
    void everyGeneratorMakesTheAskedNumberOfPointsReproducibly(String name) {
        Dataset a = Generators.generate(Generators.Spec.of(name, 101, 0.1, 5));
        Dataset b = Generators.generate(Generators.Spec.of(name, 101, 0.1, 5));
        assertEquals(101, a.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.input(i), b.input(i));
    }

    @Test
    void circleWithoutNoiseLabelsInsideHalfTheRadiusAsClassOne() {
        Dataset circle = Generators.generate(Generators.Spec.of("circle", 400, 0, 1));
        int inside = 0;
        for (int i = 0; i < circle.size(); i++) {
            double r = Math.hypot(circle.input(i)[0], circle.input(i)[1]);
            assertEquals(r < 2.5 ? 1 : 0, circle.classOf(i), "point " + i + " at radius " + r);
            assertTrue(r <= 5);
            if (r < 2.5) inside++;
        }
        assertEquals(200, inside);
    }

    @Test
    void xorQuadrantsAreLabelledBySignOfTheProduct() {
        Dataset xor = Generators.generate(Generators.Spec.of("xor", 300, 0, 2));
        for (int i = 0; i < xor.size(); i++) {
            double[] x = xor.input(i);
            assertEquals(x[0] * x[1] >= 0 ? 1 : 0, xor.classOf(i));
            assertTrue(Math.abs(x[0]) >= 0.3 && Math.abs(x[1]) >= 0.3, "Playground's padding of 0.3");
        }
    }

    @Test
    void theXorTableIsTheFourTruthTableRows() {
        Dataset table = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 0));
        assertEquals(4, table.size());
        assertArrayEquals(new double[] {1}, table.target(1));
        assertArrayEquals(new double[] {0}, table.target(3));
    }

    @Test
    void stepsMakeAStaircaseOfNEqualSteps_andSymmetricStepsMirrorIt() {
        Dataset steps = Generators.generate(new Generators.Spec("steps", 9, 0, 0, 4));
        assertEquals(0.25, steps.target(0)[0]);
        assertEquals(1.0, steps.target(8)[0]);
        Dataset mirrored = Generators.generate(new Generators.Spec("symmetric-steps", 9, 0, 0, 4));
        for (int i = 0; i < 9; i++) assertEquals(mirrored.target(i)[0], mirrored.target(8 - i)[0], 1e-15);
        assertEquals(3, Generators.generate(Generators.Spec.of("blobs", 30, 0, 0)).classes());
    }

    @Test
    void pointsCanBeAddedAndRemovedOneAtATime() {
        Dataset table = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 0));
        Dataset more = table.withPoint(new double[] {0.5, 0.5}, new double[] {1});
        assertEquals(5, more.size());
        assertEquals(4, table.size(), "the original is unchanged");
        int nearest = more.nearest(0.45, 0.55, 0.2);
        assertEquals(4, nearest);
        Dataset fewer = more.withoutPoint(nearest);
        assertEquals(4, fewer.size());
        assertEquals(-1, fewer.nearest(0.45, 0.55, 0.2));
    }

    @Test
    void aValidationSplitHoldsOutTheRatioAndKeepsTheTrainingOrder() {
        Dataset data = Generators.generate(Generators.Spec.of("sine", 100, 0, 0));
        Dataset.Split split = data.split(0.2, 3);
        assertEquals(80, split.training().size());
        assertEquals(20, split.validation().size());
        for (int i = 1; i < 80; i++) assertTrue(split.training().input(i)[0] > split.training().input(i - 1)[0]);
        assertEquals(100, data.split(0, 3).training().size());
    }

    @Test
    void csvColumnsStartingWithXAreInputs_theOthersTargets() throws InputError {
        Dataset d = CsvData.parse("d.csv", "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", "d");
        assertEquals(4, d.size());
        assertEquals(2, d.inputCount());
        assertEquals(2, d.classes());
        Dataset reg = CsvData.parse("r.csv", "x,y\n0.5,0.25\n1,2.5\n", "r");
        assertEquals(0, reg.classes());
        assertArrayEquals(new double[] {2.5}, reg.target(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ragged row    | 'x1,x2,label\n0,0,0\n0,1\n'        | d.csv:3:1: expected 3 values (as in the header), found 2
            non-number    | 'x1,x2,label\n0,0,0\n0, abc,1\n'  | d.csv:3:4: 'abc' in column x2 is not a number
            infinity      | 'x1,label\nInfinity,1\n'          | d.csv:2:1: 'Infinity' in column x1 is not a finite number
            no inputs     | 'a,b\n1,2\n'                      | d.csv:1:1: no input columns
            no targets    | 'x1,x2\n1,2\n'                    | d.csv:1:1: no target column
            empty         | ''                                | d.csv:1:1: the file is empty
            header only   | 'x1,y\n'                          | d.csv:1:1: no data rows
            """)
    void badCsvSaysFileLineColumn(String what, String text, String expected) {
        InputError e = assertThrows(InputError.class, () -> CsvData.parse("d.csv", text.replace("\\n", "\n"), "d"));
        assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
    }
}
