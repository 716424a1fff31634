package gradlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkEditsTest {
    final Network net = Network.create(Features.plain(2), new int[] {3, 1},
            new Activation[] {Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 4);

    @Test
    void addingANeuronKeepsEveryExistingWeight() {
        Network wider = NetworkEdits.addUnit(net, 0);
        assertEquals(4, wider.layer(0).units());
        assertEquals(4, wider.layer(1).inputs());
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 2; i++) assertEquals(net.layer(0).weight(j, i), wider.layer(0).weight(j, i));
            assertEquals(net.layer(1).weight(0, j), wider.layer(1).weight(0, j));
        }
        assertEquals(3, net.layer(0).units(), "the original is untouched");
    }

    @Test
    void removingANeuronDropsItsWeightsOnly_andALayerKeepsOne() {
        Network narrower = NetworkEdits.removeUnit(net, 0);
        assertEquals(2, narrower.layer(0).units());
        assertEquals(net.layer(1).weight(0, 1), narrower.layer(1).weight(0, 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkEdits.removeUnit(net, 1));
    }

    @Test
    void hiddenLayersAreAddedBeforeTheOutputAndRemovedFromTheEnd() {
        Network deeper = NetworkEdits.addHiddenLayer(net, 2);
        assertEquals(3, deeper.depth());
        assertEquals(2, deeper.layer(1).units());
        assertEquals(Activation.SIGMOID, deeper.layer(2).activation(), "the output layer stays the output layer");
        assertEquals(net.layer(0).weight(2, 1), deeper.layer(0).weight(2, 1));
        Network back = NetworkEdits.removeHiddenLayer(deeper);
        assertEquals(2, back.depth());
        assertThrows(IllegalArgumentException.class, () -> NetworkEdits.removeHiddenLayer(
                NetworkEdits.removeHiddenLayer(net)));
    }

    @Test
    void changingFeaturesKeepsTheWeightsOfFeaturesThatStay() {
        Network more = NetworkEdits.setFeatures(net, Features.named(List.of("x1", "x2", "x1*x2")));
        assertEquals(3, more.layer(0).inputs());
        assertEquals(net.layer(0).weight(1, 0), more.layer(0).weight(1, 0));
        assertEquals(net.layer(0).weight(1, 1), more.layer(0).weight(1, 1));
        Network fewer = NetworkEdits.setFeatures(net, Features.named(List.of("x2")));
        assertEquals(net.layer(0).weight(2, 1), fewer.layer(0).weight(2, 0), "x2's weight moves with it");
    }
}
