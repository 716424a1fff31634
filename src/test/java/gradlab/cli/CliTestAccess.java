package gradlab.cli;

/** Lets tests of other packages compare with what the command line prints. */
public final class CliTestAccess {
    private CliTestAccess() {}

    public static String stderrOf(String... args) {
        return CliRun.of(args).err();
    }
}
