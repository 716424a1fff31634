package gradlab.lab;

import gradlab.data.Dataset;
import gradlab.nn.Activation;
import gradlab.nn.Layer;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.TargetEncoding;

/**
 * The benchmark's yardstick: the same training written by hand with plain loops over flat row-major
 * double[] weights and {@code Math.tanh}, no graph, no autodiff (the "plain Java" peer of the training
 * issue). It trains a copy of the same network on
 * the same data in the same order, batch-mean gradients and SGD, and records the whole-set loss after
 * every epoch as SPEC asks. Timing both in one run cancels out how busy the machine is; the two final
 * losses agree, which checks the yardstick too.
 */
public final class HandWrittenReference {
    private final double[][] w;      // w[l][j * inputs + i], one flat row-major array per layer
    private final int[] inputs;
    private final double[][] b;
    private final Activation[] act;
    private final boolean crossEntropy;
    private final double[][] x;
    private final double[][] t;
    private final double rate;
    private final int batch;
    private final double[][] a, delta;
    private final double[][] gw;
    private final double[][] gb;

    public HandWrittenReference(Network network, Dataset data, TrainingConfig config) {
        int depth = network.depth();
        w = new double[depth][];
        inputs = new int[depth];
        b = new double[depth][];
        act = new Activation[depth];
        gw = new double[depth][];
        gb = new double[depth][];
        a = new double[depth + 1][];
        delta = new double[depth][];
        a[0] = new double[network.inputSize()];
        for (int l = 0; l < depth; l++) {
            Layer layer = network.layer(l);
            w[l] = layer.weights().value().data.clone();
            inputs[l] = layer.inputs();
            b[l] = layer.biases().toArray()[0];
            act[l] = layer.activation();
            gw[l] = new double[w[l].length];
            gb[l] = new double[layer.units()];
            a[l + 1] = new double[layer.units()];
            delta[l] = new double[layer.units()];
        }
        if (config.loss() == Loss.CROSS_ENTROPY) throw new IllegalArgumentException("the reference has no softmax");
        crossEntropy = config.loss() == Loss.BINARY_CROSS_ENTROPY;
        TargetEncoding encoding = TargetEncoding.forNetwork(network, data);
        x = new double[data.size()][];
        t = new double[data.size()][];
        for (int s = 0; s < data.size(); s++) {
            x[s] = network.features().compute(data.input(s));
            t[s] = encoding.encode(data.target(s));
        }
        rate = config.learningRate();
        batch = config.batchSize();
    }

    private static double f(Activation act, double z) {
        return switch (act) {
            case TANH -> Math.tanh(z);
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case RELU -> z > 0 ? z : 0;
            default -> z;
        };
    }

    private static double df(Activation act, double z, double y) {
        return switch (act) {
            case TANH -> 1 - y * y;
            case SIGMOID -> y * (1 - y);
            case RELU -> z > 0 ? 1 : 0;
            default -> 1;
        };
    }

    private void forward(double[] input) {
        System.arraycopy(input, 0, a[0], 0, input.length);
        for (int l = 0; l < w.length; l++) {
            int in = inputs[l];
            for (int j = 0; j < b[l].length; j++) {
                double z = b[l][j];
                for (int i = 0; i < in; i++) z += w[l][j * in + i] * a[l][i];
                a[l + 1][j] = f(act[l], z);
                delta[l][j] = z;   // keep z for relu's derivative
            }
        }
    }

    private double loss(double[] target) {
        double[] y = a[w.length];
        double c = 0;
        for (int k = 0; k < y.length; k++) {
            c += crossEntropy ? -(target[k] * Math.log(y[k]) + (1 - target[k]) * Math.log(1 - y[k])) : 0.5 * (y[k] - target[k]) * (y[k] - target[k]);
        }
        return c;
    }

    private void backward(double[] target) {
        int last = w.length - 1;
        double[] y = a[last + 1];
        for (int k = 0; k < y.length; k++) {
            double dy = crossEntropy ? -target[k] / y[k] + (1 - target[k]) / (1 - y[k]) : y[k] - target[k];
            delta[last][k] = dy * df(act[last], delta[last][k], y[k]);
        }
        for (int l = last; l >= 0; l--) {
            int in = inputs[l], out = b[l].length;
            for (int j = 0; j < out; j++) {
                gb[l][j] += delta[l][j];
                for (int i = 0; i < in; i++) gw[l][j * in + i] += delta[l][j] * a[l][i];
            }
            if (l == 0) break;
            for (int i = 0; i < in; i++) {
                double sum = 0;
                for (int j = 0; j < out; j++) sum += w[l][j * in + i] * delta[l][j];
                delta[l - 1][i] = sum * df(act[l - 1], delta[l - 1][i], a[l][i]);
            }
        }
    }

    /** One epoch in file order; returns the whole-set loss after it. */
    public double epoch() {
        for (int start = 0; start < x.length; start += batch) {
            int end = Math.min(x.length, start + batch);
            for (int s = start; s < end; s++) {
                forward(x[s]);
                backward(t[s]);
            }
            double scale = rate / (end - start);
            for (int l = 0; l < w.length; l++) {
                for (int j = 0; j < b[l].length; j++) {
                    b[l][j] -= scale * gb[l][j];
                    gb[l][j] = 0;
                }
                for (int k = 0; k < w[l].length; k++) {
                    w[l][k] -= scale * gw[l][k];
                    gw[l][k] = 0;
                }
            }
        }
        double total = 0;
        for (int s = 0; s < x.length; s++) {
            forward(x[s]);
            total += loss(t[s]);
        }
        return total / x.length;
    }
}
