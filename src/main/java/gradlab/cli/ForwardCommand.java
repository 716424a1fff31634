package gradlab.cli;

import gradlab.io.InputError;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "forward", mixinStandardHelpOptions = true,
        description = "Runs one input through the network and prints every layer's z and a.")
final class ForwardCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "NET", description = "network file (YAML or JSON)")
    Path net;

    @Option(names = "--input", required = true, paramLabel = "X1,X2,...", description = "the raw input values, comma-separated")
    String input;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError {
        Network network = Options.network(net);
        NetworkGraph.Result result = network.forward(Options.input(network, input));
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Json.pass(result, false)));
        } else {
            out.print(Tables.pass(network, result, false));
        }
        out.flush();
        return 0;
    }
}
