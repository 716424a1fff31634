package gradlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerStatisticsTest {
    static final Dataset XOR = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 1));

    /** Units 0 and 2 get a bias of −10, so no input in [0, 1]² switches them on: 2 of 3 dead. */
    @Test
    void deadReluUnitsAreCounted() throws Exception {
        Network net = NetworkFile.parse("n.yaml", "inputs: 2\nlayers:\n"
                + "  - {units: 3, activation: relu, weights: [[1, 1], [1, -1], [0.5, 0.5]], biases: [-10, 0.2, -10]}\n"
                + "  - {units: 1, activation: sigmoid, weights: [[1, 1, 1]], biases: [0]}\n");
        List<LayerStatistics.Layer> stats = LayerStatistics.measure(net, XOR, Loss.QUADRATIC);
        assertEquals(2, stats.get(0).dead());
        assertEquals("2 of 3 units dead", stats.get(0).unitsNote());
        assertEquals(12, stats.get(0).activations().total(), "4 samples × 3 units");
    }

    @Test
    void saturatedSigmoidUnitsAreCountedAndTheirSlopeIsTheOpsOwn() throws Exception {
        Network net = NetworkFile.parse("n.yaml", "inputs: 2\nlayers:\n"
                + "  - {units: 2, activation: sigmoid, weights: [[20, 20], [0.1, 0.1]], biases: [10, 0]}\n"
                + "  - {units: 1, activation: sigmoid, weights: [[1, 1]], biases: [0]}\n");
        LayerStatistics.Layer first = LayerStatistics.measure(net, XOR, Loss.QUADRATIC).get(0);
        assertEquals(1, first.saturated(), "z ≥ 10 for every sample: σ'(z) < 0.0001");
        LayerStatistics.Histogram slope = first.derivatives();
        assertTrue(slope.max() <= 0.25 + 1e-12, "σ' ≤ 0.25, max " + slope.max());
    }
}
