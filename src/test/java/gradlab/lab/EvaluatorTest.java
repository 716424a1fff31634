package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkGraph;
import gradlab.nn.TargetEncoding;
import org.junit.jupiter.api.Test;

/** A big set is evaluated a chunk at a time, and gives what one graph of the whole set gives. */
class EvaluatorTest {
    @Test
    void chunksGiveTheWholeSetsLossAndAccuracy() {
        int n = 2 * Evaluator.CHUNK + 17;   // two full chunks and a short one
        Dataset data = Generators.generate(Generators.Spec.of("spiral", n, 0.1, 3));
        Network network = TrainerTest.xorNet(5);   // a sigmoid output: binary cross-entropy applies
        for (Loss loss : new Loss[] {Loss.QUADRATIC, Loss.BINARY_CROSS_ENTROPY}) {
            TargetEncoding encoding = TargetEncoding.forNetwork(network, data);
            double[][] features = new double[n][], targets = new double[n][];
            for (int i = 0; i < n; i++) {
                features[i] = network.features().compute(data.input(i));
                targets[i] = encoding.encode(data.target(i));
            }
            Evaluator.Result whole = new Evaluator(new NetworkGraph(network, n, loss), features, targets, encoding, true).evaluate();
            Evaluator.Result chunked = new Evaluator(network, loss, features, targets, encoding, true).evaluate();
            assertEquals(whole.loss(), chunked.loss(), 1e-12 * Math.abs(whole.loss()), loss.toString());
            assertEquals(whole.accuracy(), chunked.accuracy(), 0.0, loss.toString());
            assertEquals(whole.loss(), Evaluator.evaluate(network, loss, data).loss(), 1e-12 * Math.abs(whole.loss()));
        }
    }
}
