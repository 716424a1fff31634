package gradlab.data;

import gradlab.io.InputError;
import java.util.Arrays;

/**
 * Lines of comma-separated numbers read by hand, in one pass over the text: no regular expression, no
 * stream, no string per line or per plain number. It reads a CSV file's data rows and a session's
 * {@code rows} block. Blank lines are skipped; a line ends at {@code \n} (a {@code \r} before it belongs
 * to the line break); a cell is trimmed of spaces. A plain decimal of at most 15 or so digits ({@code -1.25},
 * {@code 3}, {@code .5}) is converted directly, exactly as {@link Double#parseDouble} would (the digits as
 * a whole number divided by an exact power of ten: one correctly rounded division); anything else (an
 * exponent, many digits) goes through {@link Double#parseDouble}. Every problem is one located line:
 * {@code FILE:LINE:COLUMN: what}.
 */
public final class NumberRows {
    private NumberRows() {}

    /** The numbers read: {@code rows} rows of {@code width} values, row after row in {@code values}. */
    public record Table(double[] values, int rows, int width) {
        /** Row {@code r}'s values in the columns {@code columns}, as one array per row. */
        double[][] rows(int[] columns) {
            double[][] out = new double[rows][columns.length];
            for (int r = 0; r < rows; r++) {
                double[] row = out[r];
                int base = r * width;
                for (int c = 0; c < columns.length; c++) row[c] = values[base + columns[c]];
            }
            return out;
        }

        /**
         * A data set named {@code name} whose first {@code inputs} columns are its inputs and the others its
         * targets, with {@code classes} classes (0: regression), without a further copy of the numbers.
         */
        public Dataset dataset(String name, int inputs, int classes) {
            int[] in = new int[inputs], out = new int[width - inputs];
            for (int c = 0; c < width; c++) {
                if (c < inputs) in[c] = c; else out[c - inputs] = c;
            }
            return Dataset.owning(name, rows(in), rows(out), classes);
        }
    }

    /**
     * Reads the lines of {@code text} between offsets {@code from} and {@code to} (a line's start; the
     * first one is line {@code firstLine} of {@code source}); each line that is not blank holds one number per
     * name in {@code names} (the columns' names, as messages call them).
     */
    public static Table read(String source, String text, int from, int to, int firstLine, String[] names) throws InputError {
        int width = names.length;
        double[] values = new double[Math.max(width, 16 * width)];
        int rows = 0, line = firstLine;
        int start = from;
        while (start < to) {
            int newline = text.indexOf('\n', start);
            int next = newline < 0 || newline >= to ? to : newline + 1;
            int end = newline < 0 || newline >= to ? to : newline;
            if (end > start && text.charAt(end - 1) == '\r') end--;
            if (!blank(text, start, end)) {
                if ((rows + 1) * width > values.length) values = Arrays.copyOf(values, Math.max(values.length * 2, (rows + 1) * width));
                readRow(source, text, start, end, line, names, values, rows * width);
                rows++;
            }
            line++;
            start = next;
        }
        return new Table(rows * width == values.length ? values : Arrays.copyOf(values, rows * width), rows, width);
    }

    private static void readRow(String source, String text, int start, int end, int line, String[] names, double[] into, int at) throws InputError {
        int width = names.length;
        int cellStart = start;
        for (int c = 0; c < width; c++) {
            int comma = text.indexOf(',', cellStart);
            boolean last = c == width - 1, commaInLine = comma >= 0 && comma < end;
            if (last == commaInLine) throw ragged(source, text, start, end, line, width);   // too few cells, or too many
            int cellEnd = last ? end : comma;
            int ts = cellStart, te = cellEnd;
            while (ts < te && text.charAt(ts) <= ' ') ts++;
            while (te > ts && text.charAt(te - 1) <= ' ') te--;
            double v;
            String what = null;
            try {
                v = number(text, ts, te);
                if (!Double.isFinite(v)) what = "is not a finite number";
            } catch (NumberFormatException e) {
                v = Double.NaN;
                what = "is not a number";
            }
            if (what != null) {
                int column = cellStart;
                while (column < end && text.charAt(column) == ' ') column++;
                throw new InputError(source, line, column - start + 1, "'" + text.substring(ts, te) + "' in column " + names[c] + " " + what);
            }
            into[at + c] = v;
            cellStart = cellEnd + 1;
        }
    }

    private static InputError ragged(String source, String text, int start, int end, int line, int width) {
        int cells = 1;
        for (int i = start; i < end; i++) if (text.charAt(i) == ',') cells++;
        return new InputError(source, line, 1, "expected " + width + " values (as in the header), found " + cells);
    }

    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }

    /** Exact powers of ten as doubles (10^22 is the largest one a double holds exactly). */
    private static final double[] POWERS = new double[23];
    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private static final long EXACT = 1L << 53;

    /**
     * The number in {@code text[from, to)}, exactly as {@link Double#parseDouble} reads it (NaN and the
     * infinities too: the caller rejects them); a {@link NumberFormatException} for text that is not a number.
     */
    static double number(String text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) negative = text.charAt(i++) == '-';
        long digits = 0;
        int decimals = -1;
        boolean any = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                any = true;
                if (decimals >= 0) decimals++;
                if (digits >= EXACT) return slow(text, from, to);
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return slow(text, from, to);
            }
        }
        if (!any || decimals >= POWERS.length) return slow(text, from, to);
        double v = decimals <= 0 ? digits : digits / POWERS[decimals];
        return negative ? -v : v;
    }

    private static double slow(String text, int from, int to) {
        return Double.parseDouble(text.substring(from, to));
    }
}
