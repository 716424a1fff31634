package gradlab.cli;

import gradlab.io.InputError;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line: {@code java -jar gradlab.jar COMMAND ...}. Bad input is one line on stderr,
 * {@code FILE:LINE:COLUMN: what is wrong} or {@code --option: what is wrong}, and exit 2; an internal
 * failure (including running out of memory) is one line and exit 1. Never a stack trace.
 */
@Command(name = "gradlab", mixinStandardHelpOptions = true, version = "Gradient Lab 0.1",
        description = "See neural networks learn. With no command, opens the app.")
public final class GradLabCommand implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_FAILURE = 1;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The commands under their picocli names, in the order help lists them. Picocli reads a command's
     * annotations when the command is added, which is most of a start, so a command line that names one
     * of them builds only that one.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("forward", ForwardCommand::new);
        COMMANDS.put("backprop", BackpropCommand::new);
        COMMANDS.put("train", TrainCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("surface", SurfaceCommand::new);
        COMMANDS.put("slice", SliceCommand::new);
        COMMANDS.put("lint", LintCommand::new);
        COMMANDS.put("audit", AuditCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** The names of the commands, in help order. */
    static Set<String> commandNames() { return COMMANDS.keySet(); }

    /** Builds the whole command line with this program's error handling. */
    public static CommandLine commandLine() { return commandLine(new String[0]); }

    /** Builds the command line for {@code args}: only their command when they name one (other than help), else all. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new GradLabCommand());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) cli.addSubcommand(named.get());
        else COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        // converters and handlers reach the subcommands present when they are set
        CommandLine.ITypeConverter<Double> finite = GradLabCommand::finiteNumber;
        cli.registerConverter(Double.class, finite);
        cli.registerConverter(double.class, finite);
        cli.setExecutionExceptionHandler(GradLabCommand::handle);
        cli.setParameterExceptionHandler((e, unmatched) -> {
            e.getCommandLine().getErr().println(oneLine(e));
            return BAD_INPUT;
        });
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            try {
                return runLast.execute(parsed);
            } catch (OutOfMemoryError e) {
                parsed.commandSpec().commandLine().getErr().println("out of memory: the run needs more than this JVM's "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (try a smaller network or data set)");
                return INTERNAL_FAILURE;
            } catch (StackOverflowError e) {
                parsed.commandSpec().commandLine().getErr().println("internal error: the input is nested too deeply (stack overflow)");
                return INTERNAL_FAILURE;
            }
        });
        return cli;
    }

    private static Double finiteNumber(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("is not a number");
        }
        if (!Double.isFinite(value)) throw new CommandLine.TypeConversionException("is not a finite number");
        return value;
    }

    /** A picocli complaint as one line that starts with the option (or word) it is about. */
    static String oneLine(CommandLine.ParameterException e) {
        String help = "(see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            boolean noValue = e.getMessage().startsWith("Missing required parameter for option");
            String names = specs.stream().map(GradLabCommand::nameOf).collect(Collectors.joining(", "));
            return names + (noValue ? ": needs a value " : ": required ") + help;
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String word = words.isEmpty() ? "?" : words.get(0);
            if (word.startsWith("-")) return word + ": unknown option " + help;
            if (e.getCommandLine().getCommandSpec().subcommands().size() > 1 && e.getCommandLine().getParent() == null) {
                return word + ": unknown command (expected " + String.join(", ", e.getCommandLine().getSubcommands().keySet()) + ")";
            }
            return word + ": unexpected argument " + help;
        }
        ArgSpec arg = e.getArgSpec();
        String value = e.getValue();
        if (arg != null && value != null && e.getMessage().startsWith("Invalid value")) {
            return nameOf(arg) + ": '" + value + "' " + what(arg, e.getMessage());
        }
        return e.getMessage().replace('\n', ' ').replace("\r", "");
    }

    private static String what(ArgSpec arg, String message) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "is not a whole number";
        if (type.isEnum()) {
            return "is not one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (arg.auxiliaryTypes().length > 0 && arg.auxiliaryTypes()[0].isEnum()) {
            return "is not one of " + Arrays.stream(arg.auxiliaryTypes()[0].getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        int colon = message.lastIndexOf("': ");
        String reason = colon >= 0 ? message.substring(colon + 3) : message;
        return reason.startsWith("'") ? "is not valid" : reason.replace('\n', ' ');
    }

    private static String nameOf(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputError) {
            err.println(e.getMessage().replace('\n', ' '));
            return BAD_INPUT;
        }
        err.println("internal error: " + String.valueOf(e).replace('\n', ' '));
        return INTERNAL_FAILURE;
    }

    public static int run(String... args) {
        return commandLine(args).execute(args);
    }
}
