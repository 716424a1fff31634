package gradlab.data;

import gradlab.io.InputError;
import gradlab.io.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
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
        if (text.startsWith("\uFEFF")) text = text.substring(1);   // a byte-order mark is not part of the first column's name
        String[] lines = text.split("\r?\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) headerLine++;
        if (headerLine == lines.length) throw new InputError(source, 1, 1, "the file is empty (expected a header such as x1,x2,label)");
        List<String> header = new ArrayList<>();
        for (String cell : lines[headerLine].split(",", -1)) header.add(cell.trim().replaceAll("^\"|\"$", ""));
        List<Integer> inputColumns = new ArrayList<>(), targetColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty()) throw new InputError(source, headerLine + 1, columnOf(lines[headerLine], c), "empty column name");
            (header.get(c).toLowerCase().startsWith("x") ? inputColumns : targetColumns).add(c);
        }
        if (inputColumns.isEmpty()) throw new InputError(source, headerLine + 1, 1, "no input columns (their names start with x, e.g. x1,x2,label)");
        if (targetColumns.isEmpty()) throw new InputError(source, headerLine + 1, 1, "no target column (a column whose name does not start with x)");

        List<double[]> inputs = new ArrayList<>(), targets = new ArrayList<>();
        for (int l = headerLine + 1; l < lines.length; l++) {
            if (lines[l].isBlank()) continue;
            String[] cells = lines[l].split(",", -1);
            if (cells.length != header.size()) {
                throw new InputError(source, l + 1, 1, "expected " + header.size() + " values (as in the header), found " + cells.length);
            }
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].trim();
                try {
                    row[c] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new InputError(source, l + 1, columnOf(lines[l], c), "'" + cell + "' in column " + header.get(c) + " is not a number");
                }
                if (!Double.isFinite(row[c])) {
                    throw new InputError(source, l + 1, columnOf(lines[l], c), "'" + cell + "' in column " + header.get(c) + " is not a finite number");
                }
            }
            inputs.add(inputColumns.stream().mapToDouble(c -> row[c]).toArray());
            targets.add(targetColumns.stream().mapToDouble(c -> row[c]).toArray());
        }
        if (inputs.isEmpty()) throw new InputError(source, headerLine + 1, 1, "no data rows after the header");
        double[][] t = targets.toArray(new double[0][]);
        return new Dataset(name, inputs.toArray(new double[0][]), t, classesOf(t));
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
