package gradlab.io;

/**
 * Bad input with where it is: {@code FILE:LINE:COLUMN: what is wrong} for a place in a file (lines and
 * columns count from 1), {@code --option: what is wrong} for a setting. The command line prints
 * {@link #getMessage()} and exits 2; the app shows it and keeps what the user had. The message is always
 * one line: a line break or other control character in a quoted name or value is written as an escape
 * ({@code \n}, {@code \u0000}).
 */
public final class InputError extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public InputError(String source, int line, int column, String problem) {
        super(line > 0 ? oneLine(source) + ":" + line + ":" + column + ": " + oneLine(problem) : oneLine(source) + ": " + oneLine(problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = oneLine(problem);
    }

    /**
     * {@code text} with every line break and control character escaped ({@code \n}, {@code \r},
     * {@code \t}, {@code \u0000}), so a quoted name or value can never split a message over two lines.
     */
    public static String oneLine(String text) {
        if (text == null) return "null";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (control && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out == null) continue;
            if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (control) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out == null ? text : out.toString();
    }

    /** An error about a command-line option or a setting rather than a place in a file. */
    public static InputError option(String option, String problem) {
        return new InputError(option, 0, 0, problem);
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }
    /** The message without its location. */
    public String problem() { return problem; }
}
