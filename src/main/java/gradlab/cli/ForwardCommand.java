package gradlab.cli;

import gradlab.io.InputError;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "forward", mixinStandardHelpOptions = true,
        description = "Runs one input through the network and prints every layer's z and a.")
final class ForwardCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SampleOptions sample;


    @Override
    public Integer call() throws InputError {
        return run(sample.net, sample.input, sample.json, spec.commandLine().getOut());
    }

    /** The command's work, also run without picocli by {@link QuickCommand}: prints the pass, returns 0. */
    static int run(Path net, String input, boolean json, PrintWriter out) throws InputError {
        Network network = Options.network(net);
        NetworkGraph.Result result = network.forward(Options.input(network, input));
        Options.requireFinite(net, result, false);
        if (json) {
            out.println(JsonText.pass(result, false));
        } else {
            out.print(Tables.pass(network, result, false));
        }
        out.flush();
        return 0;
    }
}
