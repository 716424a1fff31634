package gradlab.cli;

import gradlab.io.InputError;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
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
        Network network = Options.network(sample.net);
        NetworkGraph.Result result = network.forward(Options.input(network, sample.input));
        Options.requireFinite(sample.net, result, false);
        var out = spec.commandLine().getOut();
        if (sample.json) {
            out.println(JsonText.pass(result, false));
        } else {
            out.print(Tables.pass(network, result, false));
        }
        out.flush();
        return 0;
    }
}
