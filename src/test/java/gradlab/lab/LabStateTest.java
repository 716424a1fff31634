package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Generators;
import gradlab.explain.GradientCheck;
import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.nn.Activation;
import gradlab.nn.Loss;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class LabStateTest {

    @Test
    void theYamlFormReadsBackToTheSameState() throws InputError {
        LabState state = LabState.defaults().with("data", "spiral").with("learningRate", 0.1).with("perLayer", true).with("batch", 25);
        assertEquals(state, LabState.fromYaml(YamlNode.parse("s.yaml", state.toYaml()), LabState.defaults()));
    }

    /**
     * A value below a setting's range (or a text that is none of its choices) is refused by the state with the
     * settings table's own message, for every setting that can be wrong at all.
     */
    @Test
    void theStateRefusesAValueWithTheTablesMessageForEveryKey() throws Exception {
        var components = LabState.class.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        var constructor = LabState.class.getDeclaredConstructor(types);
        int checked = 0;
        for (int i = 0; i < components.length; i++) {
            Settings.Setting setting = Settings.named(components[i].getName());
            Object bad = switch (setting.kind()) {
                case TEXT -> "nonsense";
                case WHOLE -> (int) setting.min() - 1;
                case NUMBER -> setting.min() == Double.MIN_VALUE ? 0.0 : setting.min() - 1;
                case LONG, FLAG -> null;   // every long and both truth values are fine
            };
            if (bad == null) continue;
            Object[] values = LabState.defaults().toMap().values().toArray();
            values[i] = bad;
            String table = assertThrows(IllegalArgumentException.class, () -> setting.accept(bad)).getMessage();
            var refused = assertThrows(InvocationTargetException.class, () -> constructor.newInstance(values));
            assertEquals(table, refused.getCause().getMessage(), setting.name());
            checked++;
        }
        assertEquals(15, checked, "every setting but the two seeds, the per-layer flag and nothing else");
    }

    @Test
    void keysLeftOutKeepTheirValues() throws InputError {
        LabState state = LabState.fromYaml(YamlNode.parse("s.yaml", "optimizer: adam\nlearningRate: 0.01\n"), LabState.defaults());
        assertEquals("adam", state.optimizer());
        assertEquals(250, state.points());
    }

    @Test
    void badSettingsSayWhereAndWhat() {
        InputError e = assertThrows(InputError.class, () -> LabState.fromYaml(
                YamlNode.parse("lesson.yaml", "data: circle\nlearningRate: -1\n"), LabState.defaults()));
        assertEquals("lesson.yaml:2:15: learningRate: must be a positive number, got -1", e.getMessage());
        InputError unknown = assertThrows(InputError.class, () -> LabState.fromYaml(
                YamlNode.parse("lesson.yaml", "speed: 3\n"), LabState.defaults()));
        assertTrue(unknown.getMessage().startsWith("lesson.yaml:1:1: unknown key 'speed'"), unknown.getMessage());
    }

    @Test
    void dataFitGivesBlobsThreeSoftmaxOutputsAndRegressionALinearOutput() {
        DataFit.Result blobs = DataFit.fit(Presets.playground(), Generators.generate(Generators.Spec.of("blobs", 30, 0, 1)), Loss.QUADRATIC);
        assertEquals(3, blobs.network().outputSize());
        assertEquals(Activation.SOFTMAX, blobs.network().layer(2).activation());
        assertEquals(Loss.CROSS_ENTROPY, blobs.loss());
        DataFit.Result sine = DataFit.fit(blobs.network(), Generators.generate(Generators.Spec.of("sine", 30, 0, 1)), Loss.CROSS_ENTROPY);
        assertEquals(1, sine.network().features().rawCount());
        assertEquals(1, sine.network().outputSize());
        assertEquals(Activation.IDENTITY, sine.network().layer(2).activation());
        assertEquals(Loss.QUADRATIC, sine.loss(), "regression after blobs goes back to the quadratic loss");
        DataFit.Result same = DataFit.fit(Presets.playground(), Generators.generate(Generators.Spec.of("circle", 30, 0, 1)), Loss.QUADRATIC);
        assertTrue(same.changes().isEmpty());
        assertEquals(null, same.loss());
        DataFit.Result backToTwo = DataFit.fit(blobs.network(), Generators.generate(Generators.Spec.of("circle", 30, 0, 1)), Loss.CROSS_ENTROPY);
        assertEquals(Activation.TANH, backToTwo.network().layer(2).activation(), "one softmax unit would always say 1");
        assertEquals(Loss.QUADRATIC, backToTwo.loss());
    }

    @Test
    void theGradientCheckAgreesWithBackpropOnEveryParameterOfASmallNetwork() {
        var net = Presets.playground();
        for (String name : new String[] {"layers.0.weights[2,1]", "layers.1.biases[0]", "layers.2.weights[0,1]"}) {
            GradientCheck.Result r = GradientCheck.check(net, new double[] {0.3, -1.2}, new double[] {1}, Loss.QUADRATIC, name);
            assertTrue(r.relativeError() < 1e-6, r.toString());
        }
    }

    /** One typed table serves the window, the YAML and the lessons: a wrong type is a message, never a cast error. */
    @org.junit.jupiter.api.Test
    void aWrongTypeIsAMessageAndTwoPointFiveIsNeverABatchOfTwo() {
        LabState s = LabState.defaults();
        var notWhole = Assertions.assertThrows(IllegalArgumentException.class, () -> s.with("batch", 2.5));
        Assertions.assertEquals("batch: 2.5 is not a whole number", notWhole.getMessage());
        var notText = Assertions.assertThrows(IllegalArgumentException.class, () -> s.with("optimizer", 3));
        Assertions.assertEquals("optimizer: expected text, got 3", notText.getMessage());
        Assertions.assertEquals(4, s.with("batch", 4.0).batch(), "a whole double is a whole number");
        Assertions.assertEquals(Long.MAX_VALUE, s.with("seed", Long.MAX_VALUE).seed(), "seeds stay exact");
        Assertions.assertThrows(IllegalArgumentException.class, () -> s.with("noise", Double.NaN));
        Assertions.assertEquals(Settings.Effect.LIVE, Settings.named("learningRate").effect());
        Assertions.assertEquals(Settings.Effect.REGENERATE_DATA, Settings.named("noise").effect());
    }

    /** Large type and the log scale belong to the window: an older session that names them still opens. */
    @Test
    void windowOnlySettingsOfOlderFilesAreReadAndLeftOut() throws Exception {
        LabState state = LabState.fromYaml(YamlNode.parse("old.session", "largeType: true\nlogScale: false\nbatch: 5\n"), LabState.defaults());
        assertEquals(LabState.defaults().with("batch", 5), state);
        assertFalse(state.toYaml().contains("largeType"), state.toYaml());
        InputError e = assertThrows(InputError.class, () -> LabState.fromYaml(YamlNode.parse("old.session", "largeType: maybe\n"), LabState.defaults()));
        assertTrue(e.getMessage().startsWith("old.session:1:12: "), e.getMessage());
    }
}
