package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.nn.TargetEncoding;

/** Loss and accuracy of a whole data set, through one graph built for its size and replayed. */
public final class Evaluator {
    public record Result(double loss, double accuracy) {}

    private final NetworkGraph graph;
    private final boolean classification;
    private final TargetEncoding encoding;
    private final double[] output;

    Evaluator(Network network, Loss loss, double[][] features, double[][] targets, TargetEncoding encoding, boolean classification) {
        this(new NetworkGraph(network, features.length, loss), features, targets, encoding, classification);
    }

    /** Evaluates through {@code graph}, which it fills with every sample. */
    Evaluator(NetworkGraph graph, double[][] features, double[][] targets, TargetEncoding encoding, boolean classification) {
        this.graph = graph;
        this.classification = classification;
        this.encoding = encoding;
        this.output = new double[graph.network().outputSize()];
        for (int i = 0; i < features.length; i++) {
            graph.setFeatures(i, features[i]);
            graph.setTarget(i, targets[i]);
        }
    }

    /** Loss and accuracy of {@code network} on all of {@code data}, targets encoded as training encodes them. */
    public static Result evaluate(Network network, Loss loss, Dataset data) {
        TargetEncoding encoding = TargetEncoding.forNetwork(network, data);
        double[][] features = new double[data.size()][], targets = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            features[i] = network.features().compute(data.input(i));
            targets[i] = encoding.encode(data.target(i));
        }
        return new Evaluator(network, loss, features, targets, encoding, data.isClassification()).evaluate();
    }

    public Result evaluate() {
        double loss = graph.forward();
        if (!classification) return new Result(loss, Double.NaN);
        double[] out = graph.output().value().data, t = graph.target().value().data;
        int width = output.length, correct = 0, n = graph.batchSize();
        for (int i = 0; i < n; i++) {
            System.arraycopy(out, i * width, output, 0, width);
            int predicted = encoding.predictedClass(output);
            System.arraycopy(t, i * width, output, 0, width);
            if (predicted == encoding.predictedClass(output)) correct++;
        }
        return new Result(loss, (double) correct / n);
    }
}
