package gradlab.app.lab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The inspector names a weight or bias as the diagram and the lessons count (from 1); the file's name is a tooltip. */
class InspectorWordsTest {
    @Test
    void wordsCountFromOneAndTheFileNameStaysOutOfThem() {
        assertEquals("Layer 1: weight from input 2 into neuron 1", Inspector.describe("layers.0.weights[0,1]"));
        assertEquals("Layer 2: weight from neuron 3 of layer 1 into neuron 1", Inspector.describe("layers.1.weights[0,2]"));
        assertEquals("Layer 2: bias of neuron 2", Inspector.describe("layers.1.biases[1]"));
        assertTrue(Inspector.fileName("layers.1.biases[1]").contains("layers.1.biases[1] (counted from 0)"));
    }
}
