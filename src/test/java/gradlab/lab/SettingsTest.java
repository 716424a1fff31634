package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One table of the lab's settings: typed keys for code, names for files, one check for both. */
class SettingsTest {
    @Test
    void everySettingHasATypedKeyAndTheStateKnowsThemAll() throws Exception {
        List<String> keyed = new ArrayList<>();
        for (Field f : Settings.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Settings.Key.class) keyed.add(((Settings.Key<?>) f.get(null)).name());
        }
        assertEquals(Settings.names(), keyed, "a key per row, in the table's order");
        assertEquals(Settings.names(), List.copyOf(LabState.defaults().toMap().keySet()));
    }

    @Test
    void aValueOfTheWrongKindOrRangeSaysSo() {
        assertEquals("batch: 2.5 is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> Settings.BATCH.setting().accept(2.5)).getMessage());
        assertEquals("batch: must be between 1 and 2147483647, got 0",
                assertThrows(IllegalArgumentException.class, () -> Settings.BATCH.setting().accept(0)).getMessage());
        assertEquals("learningRate: must be a positive number, got 0",
                assertThrows(IllegalArgumentException.class, () -> Settings.LEARNING_RATE.setting().accept(0.0)).getMessage());
        assertEquals("optimizer: expected text, got 3", assertThrows(IllegalArgumentException.class,
                () -> Settings.OPTIMIZER.setting().accept(3)).getMessage());
        assertEquals(Settings.Effect.LIVE, Settings.LEARNING_RATE.setting().effect());
        assertEquals(Settings.Effect.REGENERATE_DATA, Settings.named("noise").effect());
    }
}
