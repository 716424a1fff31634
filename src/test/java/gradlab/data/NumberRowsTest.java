package gradlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.io.InputError;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV files and a session's rows are read by hand, one pass, with the same numbers and the same located errors as ever. */
class NumberRowsTest {

    /** Every way a number can be written gives the double {@link Double#parseDouble} gives, to the last bit. */
    @Test
    void aNumberReadsAsDoubleParseDoubleReadsIt() {
        Random random = new Random(7);
        for (int i = 0; i < 4_000; i++) {
            double v = switch (i % 5) {
                case 0 -> random.nextGaussian() * 3;
                case 1 -> random.nextDouble() * 1e6 - 5e5;
                case 2 -> random.nextInt(2000) - 1000;
                case 3 -> random.nextGaussian() * 1e-7;
                default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
            };
            for (String text : new String[] {Double.toString(v), String.format(Locale.ROOT, "%.5f", v), String.format(Locale.ROOT, "%.15f", v),
                    String.format(Locale.ROOT, "%.0f", v), String.format(Locale.ROOT, "%.3e", v)}) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(NumberRows.number(text, 0, text.length())), text);
            }
        }
        for (String text : new String[] {"0", "-0", "+1", ".5", "5.", "-.25", "007", "9007199254740993", "0.1000000000000000055511151231257827",
                "123456789012345678901234567890", "0.0000000000000000000000001", "1e308", "4.9e-324", "0x1p3", "1d", "2.5f", "NaN", "-Infinity"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(NumberRows.number(text, 0, text.length())), text);
        }
        for (String text : new String[] {"", "-", ".", "1.2.3", "1,5", "abc", "--1", "1e"}) {
            assertThrows(NumberFormatException.class, () -> NumberRows.number(text, 0, text.length()), text);
        }
    }

    @Test
    void aQuotedHeaderWindowsLineEndsABomAndBlankLinesReadAsPlainOnes() throws InputError {
        Dataset d = CsvData.parse("d.csv", "\uFEFF\r\n  \n\"x1\", \"x2\" ,\"label\"\r\n0.5,-1,1\r\n\r\n   \n-2, 3.25 ,0\r\n", "d");
        assertEquals(2, d.size());
        assertEquals(2, d.inputCount());
        assertEquals(2, d.classes());
        assertArrayEquals(new double[] {0.5, -1}, d.input(0));
        assertArrayEquals(new double[] {-2, 3.25}, d.input(1));
        assertArrayEquals(new double[] {0}, d.target(1));
    }

    @Test
    void inputColumnsAreTheXColumnsWhereverTheyStand() throws InputError {
        Dataset d = CsvData.parse("d.csv", "y,x1,z,x2\n1,2,3,4\n", "d");
        assertArrayEquals(new double[] {2, 4}, d.input(0));
        assertArrayEquals(new double[] {1, 3}, d.target(0));
        assertEquals(0, d.classes(), "targets that are not 0/1 are a regression");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NaN                  | 'x1,label\n0,1\nNaN,1\n'              | d.csv:3:1: 'NaN' in column x1 is not a finite number
            too large            | 'x1,label\n0,1\n1e999,0\n'            | d.csv:3:1: '1e999' in column x1 is not a finite number
            negative infinity    | 'x1,label\n0, -Infinity\n'            | d.csv:2:4: '-Infinity' in column label is not a finite number
            empty cell           | 'x1,x2,label\n0,,1\n'                 | d.csv:2:3: '' in column x2 is not a number
            too many cells       | 'x1,label\n0,1,2\n'                   | d.csv:2:1: expected 2 values (as in the header), found 3
            ragged before a typo | 'x1,x2,label\n0,abc\n'                | d.csv:2:1: expected 3 values (as in the header), found 2
            after blank lines    | '\n\nx1,label\n\n0,1\n1,x\n'          | d.csv:6:3: 'x' in column label is not a number
            Windows line ends    | 'x1,label\r\n0,1\r\n2,oops\r\n'       | d.csv:3:3: 'oops' in column label is not a number
            empty column name    | 'x1,,label\n0,1,2\n'                  | d.csv:1:4: empty column name
            blank lines only     | '\n  \n\n'                            | d.csv:1:1: the file is empty (expected a header such as x1,x2,label)
            """)
    void aBrokenRowSaysFileLineAndColumn(String what, String text, String expected) {
        InputError e = assertThrows(InputError.class, () -> CsvData.parse("d.csv", text.replace("\\n", "\n").replace("\\r", "\r"), "d"));
        assertEquals(expected, e.getMessage(), what);
    }

    /** A big file reads row for row (the rows array grows as it goes). */
    @Test
    void manyRowsReadInOrder() throws InputError {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 5000; i++) text.append(i).append(',').append(i * 0.5).append(',').append(i % 2).append('\n');
        Dataset d = CsvData.parse("d.csv", text.toString(), "d");
        assertEquals(5000, d.size());
        for (int i = 0; i < 5000; i += 499) {
            assertArrayEquals(new double[] {i, i * 0.5}, d.input(i));
            assertEquals(i % 2, d.classOf(i));
        }
        assertTrue(d.isClassification());
    }
}
