package gradlab.data;

import gradlab.io.InputError;
import gradlab.io.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV data (SPEC §4): a header row, then one sample per row; columns whose names start with {@code x}
 * are inputs (in file order), the others targets. Targets that are all 0/1 with one column, or one-hot
 * rows, make a classification set.
 */
public final class CsvData {
    private CsvData() {}

    public static Dataset load(Path file) throws InputError {
        return parse(file.toString(), TextFiles.read(file), file.getFileName().toString());
    }

    public static Dataset parse(String source, String text, String name) throws InputError {
        int at = text.startsWith("\uFEFF") ? 1 : 0;   // a byte-order mark is not part of the first column's name
        int headerLine = 1;
        int lineEnd = lineEnd(text, at);
        while (at < text.length() && text.substring(at, lineEnd).isBlank()) {   // blank lines before the header
            at = nextLine(text, at);
            lineEnd = lineEnd(text, at);
            headerLine++;
        }
        if (text.substring(at, lineEnd).isBlank()) throw new InputError(source, 1, 1, "the file is empty (expected a header such as x1,x2,label)");
        String headerText = text.substring(at, lineEnd);
        List<String> header = new ArrayList<>();
        for (int from = 0; ; ) {   // the header's cells, trimmed and without one quote at either end
            int comma = headerText.indexOf(',', from);
            String cell = headerText.substring(from, comma < 0 ? headerText.length() : comma).trim();
            if (cell.startsWith("\"")) cell = cell.substring(1);
            if (cell.endsWith("\"")) cell = cell.substring(0, cell.length() - 1);
            header.add(cell);
            if (comma < 0) break;
            from = comma + 1;
        }
        int[] inputColumns = new int[header.size()], targetColumns = new int[header.size()];
        int inputs = 0, targets = 0;
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty()) throw new InputError(source, headerLine, columnOf(headerText, c), "empty column name");
            if (header.get(c).toLowerCase().startsWith("x")) inputColumns[inputs++] = c; else targetColumns[targets++] = c;
        }
        if (inputs == 0) throw new InputError(source, headerLine, 1, "no input columns (their names start with x, e.g. x1,x2,label)");
        if (targets == 0) throw new InputError(source, headerLine, 1, "no target column (a column whose name does not start with x)");

        int rowsFrom = nextLine(text, at);
        NumberRows.Table table = NumberRows.read(source, text, rowsFrom, text.length(), headerLine + 1, header.toArray(new String[0]));
        if (table.rows() == 0) throw new InputError(source, headerLine, 1, "no data rows after the header");
        double[][] t = table.rows(Arrays.copyOf(targetColumns, targets));
        return Dataset.owning(name, table.rows(Arrays.copyOf(inputColumns, inputs)), t, classesOf(t));
    }

    /** Where the line after the one starting at {@code from} starts (the text's end after the last line). */
    private static int nextLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** Where the line starting at {@code from} ends: its {@code \n}, less a {@code \r} before it (or the text's end). */
    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? text.length() : newline;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The 1-based character column where cell {@code index} of {@code line} starts. */
    private static int columnOf(String line, int index) {
        int column = 0;
        for (int c = 0; c < index; c++) column = line.indexOf(',', column) + 1;
        while (column < line.length() && line.charAt(column) == ' ') column++;
        return column + 1;
    }

    private static int classesOf(double[][] targets) {
        int width = targets[0].length;
        for (double[] row : targets) {
            double sum = 0;
            for (double v : row) {
                if (v != 0 && v != 1) return 0;
                sum += v;
            }
            if (width > 1 && sum != 1) return 0;
        }
        return width == 1 ? 2 : width;
    }
}
