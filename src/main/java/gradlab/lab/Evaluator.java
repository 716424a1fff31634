package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.nn.TargetEncoding;

/**
 * Loss and accuracy of a whole data set, through one graph built for its size and replayed; a set larger than
 * {@link #CHUNK} samples goes through a graph of {@code CHUNK} rows a chunk at a time (the loss summed back as
 * Σ chunk mean × chunk size, over all), so 100,000 points need no graph of 100,000 rows beside the training's.
 */
public final class Evaluator {
    public record Result(double loss, double accuracy) {}

    /** Samples a chunk holds: a graph of this many rows of a 64-wide network is a few MB. */
    static final int CHUNK = 4096;

    private final NetworkGraph graph;          // the whole set at once, or the full chunks
    private final NetworkGraph tail;           // the smaller last chunk; null when there is none or no chunking
    private final boolean chunked;
    private final double[][] features, targets;
    private final boolean classification;
    private final TargetEncoding encoding;
    private final double[] output;

    Evaluator(Network network, Loss loss, double[][] features, double[][] targets, TargetEncoding encoding, boolean classification) {
        this.chunked = features.length > CHUNK;
        this.graph = new NetworkGraph(network, chunked ? CHUNK : features.length, loss);
        int rest = features.length % CHUNK;
        this.tail = chunked && rest > 0 ? new NetworkGraph(network, rest, loss) : null;
        this.features = features;
        this.targets = targets;
        this.classification = classification;
        this.encoding = encoding;
        this.output = new double[network.outputSize()];
        if (!chunked) fill(graph, 0);
    }

    /** Evaluates through {@code graph}, which it fills with every sample (the full-batch trainer's own graph). */
    Evaluator(NetworkGraph graph, double[][] features, double[][] targets, TargetEncoding encoding, boolean classification) {
        this.graph = graph;
        this.tail = null;
        this.chunked = false;
        this.features = features;
        this.targets = targets;
        this.classification = classification;
        this.encoding = encoding;
        this.output = new double[graph.network().outputSize()];
        fill(graph, 0);
    }

    /** Puts samples from {@code first} on into {@code g}'s rows. */
    private void fill(NetworkGraph g, int first) {
        for (int k = 0; k < g.batchSize(); k++) {
            g.setFeatures(k, features[first + k]);
            g.setTarget(k, targets[first + k]);
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
        if (!chunked) {
            double loss = graph.forward();
            return new Result(loss, classification ? correct(graph) / (double) graph.batchSize() : Double.NaN);
        }
        double sum = 0;
        int correct = 0;
        for (int first = 0; first < features.length; first += CHUNK) {
            NetworkGraph g = first + CHUNK <= features.length ? graph : tail;
            fill(g, first);
            sum += g.forward() * g.batchSize();
            if (classification) correct += correct(g);
        }
        return new Result(sum / features.length, classification ? (double) correct / features.length : Double.NaN);
    }

    /** How many of {@code g}'s rows the network puts in their own class. */
    private int correct(NetworkGraph g) {
        double[] out = g.output().value().data, t = g.target().value().data;
        int width = output.length, correct = 0, n = g.batchSize();
        for (int i = 0; i < n; i++) {
            System.arraycopy(out, i * width, output, 0, width);
            int predicted = encoding.predictedClass(output);
            System.arraycopy(t, i * width, output, 0, width);
            if (predicted == encoding.predictedClass(output)) correct++;
        }
        return correct;
    }
}
