package gradlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every one-sample command shares: the network, the input and the output form. */
final class SampleOptions {
    @Option(names = "--net", required = true, paramLabel = "NET", description = "network file (YAML or JSON)")
    Path net;

    @Option(names = "--input", required = true, paramLabel = "X1,X2,...", description = "the raw input values, comma-separated")
    String input;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;
}
