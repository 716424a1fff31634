package gradlab.cli;

import gradlab.io.InputError;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backprop", mixinStandardHelpOptions = true,
        description = "Forward and backward pass for one sample: z, a, δ = ∂C/∂z, ∂C/∂W, ∂C/∂b and the loss.")
final class BackpropCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SampleOptions sample;

    @Option(names = "--target", required = true, paramLabel = "T1,...", description = "the target output values")
    String target;

    @Option(names = "--loss", paramLabel = "LOSS", description = "quadratic | binary-cross-entropy | cross-entropy (default: the file's, else quadratic)")
    String loss;


    @Override
    public Integer call() throws InputError {
        Network network = Options.network(sample.net);
        double[] x = Options.input(network, sample.input);
        double[] t = Options.target(network, target);
        Loss lossFunction = Options.loss(network, loss);
        NetworkGraph.Result result = network.backprop(x, t, lossFunction);
        Options.requireFinite(sample.net, result, true);
        var out = spec.commandLine().getOut();
        if (sample.json) {
            out.println(JsonText.pass(result, true));
        } else {
            out.print(Tables.pass(network, result, true));
            out.printf("loss (%s): %s%n", lossFunction.fileName(), Tables.num(result.loss()));
        }
        out.flush();
        return 0;
    }
}
