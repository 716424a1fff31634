package gradlab.explain;

import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;

/**
 * The backprop gradient of one named parameter beside its central difference
 * (C(w + h) − C(w − h)) / 2h, for one sample: the numerical check a student can run on any weight.
 */
public final class GradientCheck {
    public record Result(String parameter, double backprop, double numeric, double h) {
        /** |backprop − numeric| relative to their size (0 when both are 0). */
        public double relativeError() {
            double scale = Math.max(Math.abs(backprop), Math.abs(numeric));
            return scale == 0 ? 0 : Math.abs(backprop - numeric) / scale;
        }
    }

    private GradientCheck() {}

    public static Result check(Network network, double[] rawInput, double[] target, Loss loss, String parameter) {
        double h = 1e-5;
        NetworkGraph graph = new NetworkGraph(network, 1, loss);
        graph.setRawInput(0, rawInput);
        graph.setTarget(0, target);
        graph.forwardBackward();
        double backprop = network.gradient(parameter);
        double original = network.get(parameter);
        try {
            network.set(parameter, original + h);
            double plus = graph.forward();
            network.set(parameter, original - h);
            double minus = graph.forward();
            return new Result(parameter, backprop, (plus - minus) / (2 * h), h);
        } finally {
            network.set(parameter, original);
        }
    }

}
