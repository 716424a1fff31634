package gradlab.cli;

import gradlab.io.InputError;
import gradlab.io.TextFiles;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
@Command(name = "gradlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
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
        // every command answers -V with the program's version, not only the top one
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        // converters and handlers reach the subcommands present when they are set
        CommandLine.ITypeConverter<Double> finite = GradLabCommand::finiteNumber;
        cli.registerConverter(Double.class, finite);
        cli.registerConverter(double.class, finite);
        CommandLine.ITypeConverter<Path> path = GradLabCommand::fileName;
        cli.registerConverter(Path.class, path);
        cli.setExecutionExceptionHandler(GradLabCommand::handle);
        cli.setParameterExceptionHandler((e, unmatched) -> {
            e.getCommandLine().getErr().println(InputError.oneLine(oneLine(e)));
            return BAD_INPUT;
        });
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            try {
                Integer asJson = helpAsJson(parsed);
                return asJson != null ? asJson : runLast.execute(parsed);
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

    private static Path fileName(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(TextFiles.notAFileName(text, e));
        }
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

    /**
     * {@code --help} or {@code --version} together with {@code --json}: the answer as one JSON object on
     * stdout (see {@link HelpJson}), exit 0. Null when neither is asked with {@code --json}.
     */
    private static Integer helpAsJson(CommandLine.ParseResult parsed) {
        if (!parsed.originalArgs().contains("--json")) return null;
        for (CommandLine command : parsed.asCommandLineList()) {
            if (command.getCommand() instanceof CommandLine.HelpCommand && command.getParent() != null) {
                // `help [COMMAND] --json`: the named command's help, else the whole program's
                CommandLine parent = command.getParent();
                String named = parsed.originalArgs().stream().skip(1).filter(word -> !word.startsWith("-")).findFirst().orElse(null);
                if (named != null && !parent.getSubcommands().containsKey(named)) return null;   // help says it is unknown
                command = named != null ? parent.getSubcommands().get(named) : parent;
                command.getOut().println(HelpJson.help(command));
                command.getOut().flush();
                return 0;
            }
            String json = command.isUsageHelpRequested() ? HelpJson.help(command)
                    : command.isVersionHelpRequested() ? HelpJson.version(command) : null;
            if (json != null) {
                command.getOut().println(json);
                command.getOut().flush();
                return 0;
            }
        }
        return null;
    }

    /**
     * A picocli complaint in this program's words, as one line that starts with the option (or, for a
     * missing or extra word, the command) it is about; picocli's own wording never reaches the user.
     */
    static String oneLine(CommandLine.ParameterException e) {
        CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
        String help = "(see '" + command.qualifiedName() + " --help')";
        String message = String.valueOf(e.getMessage());
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return nameOf(twice.getOverwritten()) + ": given twice";
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing() == null ? List.of() : missing.getMissing();
            ArgSpec first = specs.isEmpty() ? e.getArgSpec() : specs.get(0);
            int found = message.indexOf("but found '");
            if (message.startsWith("Expected parameter") && first != null && found >= 0) {
                String next = message.substring(found + "but found '".length(), Math.max(found + "but found '".length(), message.length() - 1));
                return nameOf(first) + ": needs a value before " + next + " " + help;
            }
            if (message.startsWith("Missing required parameter for option") && first != null) {
                return nameOf(first) + ": needs a value " + help;
            }
            List<ArgSpec> positional = specs.stream().filter(ArgSpec::isPositional).toList();
            if (!positional.isEmpty()) {
                ArgSpec what = positional.get(0);
                String description = String.join(" ", what.description());
                return command.qualifiedName().replace("gradlab ", "") + ": missing " + what.paramLabel()
                        + (description.isEmpty() ? "" : " (" + description + ")") + " " + help;
            }
            String names = specs.stream().map(GradLabCommand::nameOf).collect(Collectors.joining(", "));
            return (names.isEmpty() ? command.qualifiedName() : names) + ": required " + help;
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String word = words.isEmpty() ? "?" : words.get(0);
            if (word.startsWith("-")) return InputError.oneLine(word) + ": unknown option " + help;
            if (command.subcommands().size() > 1 && e.getCommandLine().getParent() == null) {
                return InputError.oneLine(word) + ": unknown command (expected " + String.join(", ", e.getCommandLine().getSubcommands().keySet()) + ")";
            }
            return InputError.oneLine(word) + ": unexpected argument " + help;
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            ArgSpec arg = e.getArgSpec();
            return (arg != null ? nameOf(arg) : command.qualifiedName()) + ": given too many values " + help;
        }
        ArgSpec arg = e.getArgSpec();
        String value = e.getValue();
        if (arg != null && value != null && message.startsWith("Invalid value")) {
            if (arg.typeInfo().isBoolean()) return nameOf(arg) + ": takes no value, got '" + InputError.oneLine(value) + "'";
            return nameOf(arg) + ": '" + InputError.oneLine(value) + "' " + what(arg, message);
        }
        int unknown = message.indexOf("Unknown subcommand '");
        if (unknown >= 0 && message.lastIndexOf('\'') > unknown + 20) {   // `help NAME` with a NAME no command has
            String name = message.substring(unknown + 20, message.lastIndexOf('\''));
            CommandLine top = e.getCommandLine().getParent() != null ? e.getCommandLine().getParent() : e.getCommandLine();
            return InputError.oneLine(name) + ": unknown command (expected " + String.join(", ", top.getSubcommands().keySet()) + ")";
        }
        // anything picocli may add later: located on the option or the command, never its raw wording alone
        String where = arg != null ? nameOf(arg) : command.qualifiedName();
        return where + ": not understood (" + InputError.oneLine(message) + ") " + help;
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
        Matcher invalid = INVALID_VALUE.matcher(message);
        String reason = invalid.matches() ? invalid.group(1) : message;
        return reason.startsWith("'") || reason.contains("cannot convert") || reason.contains("Exception") ? "is not valid" : InputError.oneLine(reason);
    }

    /** picocli's "Invalid value for option '--x': REASON" (or "... positional parameter at index 0 (LABEL): REASON"). */
    private static final Pattern INVALID_VALUE = Pattern.compile(
            "(?s)Invalid value for (?:option '[^']*'|positional parameter at index \\d+ \\([^)]*\\)): (.*)");

    private static String nameOf(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputError) {
            err.println(InputError.oneLine(e.getMessage()));
            return BAD_INPUT;
        }
        err.println("internal error: " + InputError.oneLine(String.valueOf(e)));
        return INTERNAL_FAILURE;
    }

    public static int run(String... args) {
        return commandLine(args).execute(args);
    }
}
