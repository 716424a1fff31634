package gradlab.optim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerKindTest {
    @Test void theKindsAreSpecsSixInItsOrder() {
        assertEquals(List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"), OptimizerKind.ids());
        assertEquals(OptimizerKind.ids(), Optimizers.NAMES);
    }

    @Test void eachKindSaysWhichHyperparametersItHas() {
        assertTrue(OptimizerKind.MOMENTUM.hasMomentum());
        assertTrue(OptimizerKind.NESTEROV.hasMomentum());
        assertFalse(OptimizerKind.SGD.hasMomentum());
        assertTrue(OptimizerKind.RMSPROP.hasRho());
        assertFalse(OptimizerKind.ADAM.hasRho());
        assertTrue(OptimizerKind.ADAGRAD.adaptive());
        assertFalse(OptimizerKind.NESTEROV.adaptive());
    }

    @Test void aKindMakesTheOptimizerOfItsName() {
        for (OptimizerKind k : OptimizerKind.values()) {
            assertEquals(k.id(), k.create(0.1, Optimizers.Settings.defaults()).name());
            assertEquals(k, OptimizerKind.of(k.id()));
        }
    }

    @Test void anUnknownNameIsRefusedWithTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.of("lbfgs"));
        assertEquals("unknown optimizer 'lbfgs' (expected sgd | momentum | nesterov | adagrad | rmsprop | adam)", e.getMessage());
        assertTrue(OptimizerKind.find("lbfgs").isEmpty());
    }
}
