package gradlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §1's parameter names, read and written in one place. */
class ParameterNameTest {
    @Test
    void weightsAndBiasesRoundTrip() {
        ParameterName w = ParameterName.read("layers.1.weights[0,2]");
        assertEquals(ParameterName.weight(1, 0, 2), w);
        assertEquals("layers.1.weights[0,2]", w.toString());
        assertEquals(ParameterName.bias(0, 3), ParameterName.read(" layers.0.biases[3] "));
        assertEquals("layers.0.weights[1,0]", ParameterName.read("layers.0.weights[1, 0]").toString(), "a space after the comma reads, the canonical form has none");
    }

    @Test
    void notANameSaysWhy() {
        assertEquals("not a parameter name: 'layer.0.biases[1]' (e.g. layers.0.weights[1,0], layers.0.biases[1])",
                assertThrows(IllegalArgumentException.class, () -> ParameterName.read("layer.0.biases[1]")).getMessage());
        assertEquals("layers.0.biases[1,2]: weights take [unit,input], biases take [unit]",
                assertThrows(IllegalArgumentException.class, () -> ParameterName.read("layers.0.biases[1,2]")).getMessage());
        assertEquals("layers.0.weights[1]: weights take [unit,input], biases take [unit]",
                assertThrows(IllegalArgumentException.class, () -> ParameterName.read("layers.0.weights[1]")).getMessage());
        assertTrue(ParameterName.read("layers.0.biases[1]").unit() == 1);
        assertEquals(Optional.empty(), ParameterName.parse("layers.99999999999.biases[0]"));
        assertEquals(Optional.empty(), ParameterName.parse(null));
    }

    @Test
    void theNetworkReadsTheSameGrammar() {
        Network net = Network.create(Features.plain(2), new int[] {3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID}, Init.GLOROT_UNIFORM, 1);
        net.set(ParameterName.weight(1, 0, 2).toString(), 0.75);
        assertEquals(0.75, net.get("layers.1.weights[0, 2]"));
        assertEquals(2, net.unitOf("layers.0.biases[2]"));
        assertEquals("layers.1.weights[0,3]: out of range for a 1x3 layer",
                assertThrows(IllegalArgumentException.class, () -> net.get("layers.1.weights[0,3]")).getMessage());
    }
}
