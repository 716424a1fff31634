package gradlab.cli;

import gradlab.io.InputError;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The command line's quick path: {@code forward --net NET --input X1,X2,... [--json]} in its plain form is
 * run without building picocli, whose reading of the commands' annotations was more than half of the
 * command's start (175 classes; measured with -Xlog:class+load). Anything else (another command, help,
 * another option, an option twice or without its value, a value that looks like an option, a file name
 * the platform refuses) goes to {@link GradLabCommand}, which answers it as it always did. Errors in the
 * run itself are answered as GradLabCommand's handler answers them: one line, exit 2 for bad input, 1 otherwise.
 */
public final class QuickCommand {
    /** Not for this path: let picocli answer. */
    public static final int NOT_QUICK = -1;

    private QuickCommand() {}

    /** The exit code, or {@link #NOT_QUICK}. This class and what it runs load no picocli class. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, false), new PrintWriter(System.err, true), args);
    }

    /** The same, printing to {@code out} and {@code err}. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length < 3 || !args[0].equals("forward")) return NOT_QUICK;
        String net = null, input = null;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            String value = null;
            String name = word;
            int equals = word.indexOf('=');
            if (word.startsWith("--") && equals > 0) {
                name = word.substring(0, equals);
                value = word.substring(equals + 1);
            }
            switch (name) {
                case "--json" -> {
                    if (json || value != null) return NOT_QUICK;
                    json = true;
                }
                case "--net", "--input" -> {
                    if (value == null) {
                        if (i + 1 == args.length) return NOT_QUICK;
                        value = args[++i];
                    }
                    if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return NOT_QUICK;
                    if (name.equals("--net")) {
                        if (net != null) return NOT_QUICK;
                        net = value;
                    } else {
                        if (input != null) return NOT_QUICK;
                        input = value;
                    }
                }
                default -> {
                    return NOT_QUICK;
                }
            }
        }
        if (net == null || input == null) return NOT_QUICK;
        Path file;
        try {
            file = Path.of(net);
        } catch (InvalidPathException e) {
            return NOT_QUICK;
        }
        try {
            return ForwardCommand.run(file, input, json, out);
        } catch (InputError e) {
            out.flush();
            err.println(InputError.oneLine(e.getMessage()));
            err.flush();
            return GradLabCommand.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("out of memory: the run needs more than this JVM's " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB (try a smaller network or data set)");
            return GradLabCommand.INTERNAL_FAILURE;
        } catch (StackOverflowError e) {
            out.flush();
            err.println("internal error: the input is nested too deeply (stack overflow)");
            return GradLabCommand.INTERNAL_FAILURE;
        } catch (RuntimeException e) {
            out.flush();
            err.println("internal error: " + InputError.oneLine(String.valueOf(e)));
            err.flush();
            return GradLabCommand.INTERNAL_FAILURE;
        }
    }
}
