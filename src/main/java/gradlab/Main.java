package gradlab;

import gradlab.app.shell.GradientLabApp;
import gradlab.cli.GradLabCommand;
import gradlab.cli.QuickCommand;

/**
 * The one entry point: no arguments opens the app, anything else is the command line. It is not a
 * JavaFX Application itself, so the runnable jar starts without a module path and the command line
 * never touches a display.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            GradientLabApp.launchApp(args);
            return;
        }
        int quick = QuickCommand.run(args);   // `forward` in its plain form, without building picocli
        System.exit(quick != QuickCommand.NOT_QUICK ? quick : GradLabCommand.run(args));
    }
}
