package gradlab.io;

/**
 * Bad input with where it is: {@code FILE:LINE:COLUMN: what is wrong} for a place in a file (lines and
 * columns count from 1), {@code --option: what is wrong} for a setting. The command line prints
 * {@link #getMessage()} and exits 2; the app shows it and keeps what the user had.
 */
public final class InputError extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public InputError(String source, int line, int column, String problem) {
        super(line > 0 ? source + ":" + line + ":" + column + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
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
