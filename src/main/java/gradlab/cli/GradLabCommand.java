package gradlab.cli;

import gradlab.io.InputError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar gradlab.jar COMMAND ...}. Bad input exits 2, internal failure 1. */
@Command(name = "gradlab", mixinStandardHelpOptions = true, version = "Gradient Lab 0.1",
        description = "See neural networks learn. With no command, opens the app.",
        subcommands = {ForwardCommand.class, BackpropCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class GradLabCommand implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_FAILURE = 1;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with this program's error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GradLabCommand());
        cli.setExecutionExceptionHandler(GradLabCommand::handle);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputError) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        err.println("internal error: " + e);
        return INTERNAL_FAILURE;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
