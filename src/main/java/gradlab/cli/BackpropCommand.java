package gradlab.cli;

import gradlab.io.InputError;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backprop", mixinStandardHelpOptions = true,
        description = "Forward and backward pass for one sample: z, a, δ = ∂C/∂z, ∂C/∂W, ∂C/∂b and the loss.")
final class BackpropCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "NET", description = "network file (YAML or JSON)")
    Path net;

    @Option(names = "--input", required = true, paramLabel = "X1,X2,...", description = "the raw input values, comma-separated")
    String input;

    @Option(names = "--target", required = true, paramLabel = "T1,...", description = "the target output values")
    String target;

    @Option(names = "--loss", paramLabel = "LOSS", description = "quadratic | binary-cross-entropy | cross-entropy (default: the file's, else quadratic)")
    String loss;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError {
        Network network = Options.network(net);
        double[] x = Options.input(network, input);
        double[] t = Options.target(network, target);
        Loss lossFunction = Options.loss(network, loss);
        NetworkGraph.Result result = network.backprop(x, t, lossFunction);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Json.pass(result, true)));
        } else {
            out.print(Tables.pass(network, result, true));
            out.printf("loss (%s): %s%n", lossFunction.fileName(), Tables.num(result.loss()));
        }
        out.flush();
        return 0;
    }
}
