package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.io.YamlNode;
import gradlab.lab.LabState;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.surface.Surface;
import gradlab.surface.Surfaces;
import org.junit.jupiter.api.Test;

/** Every check kind of SPEC §7, once holding and once not. */
class ChecksTest {
    static final String XOR = "inputs: 2\nlayers:\n  - {units: 2, activation: step, weights: [[1, 1], [-1, -1]], biases: [-0.5, 1.5]}\n"
            + "  - {units: 1, activation: step, weights: [[1, 1]], biases: [-1.5]}\n";

    /** A lab context made of plain fields. */
    static final class Fixed implements LabContext {
        Network network;
        Dataset data = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 1));
        LabState state = LabState.defaults().with("loss", "quadratic");
        int epochs;
        boolean diverged;
        Double answer;
        Integer choice;
        Surface surface;
        double[] start;

        Fixed(String net) throws Exception { network = NetworkFile.parse("n.yaml", net); }

        public Network network() { return network; }
        public Dataset trainingData() { return data; }
        public LabState state() { return state; }
        public int epochsTrained() { return epochs; }
        public boolean diverged() { return diverged; }
        public Double answer() { return answer; }
        public Integer choice() { return choice; }
        public Surface surface() { return surface; }
        public double[] surfaceStart() { return start; }
    }

    static Check check(String yaml) throws Exception {
        return Check.parse(YamlNode.parse("c.yaml", yaml));
    }

    static boolean holds(String yaml, LabContext lab) throws Exception {
        return check(yaml).evaluate(lab).holds();
    }

    @Test
    void truthTable() throws Exception {
        Fixed lab = new Fixed(XOR);
        assertTrue(holds("truth-table: xor", lab));
        assertFalse(holds("truth-table: and", lab));
        assertTrue(check("truth-table: and").evaluate(lab).detail().contains("row (0, 1) gives 1, AND wants 0"));
    }

    @Test
    void outputsAndUnits() throws Exception {
        Fixed lab = new Fixed(XOR);
        assertTrue(holds("outputs: {inputs: [[0, 1], [1, 1]], expect: [[1], [0]]}", lab));
        assertFalse(holds("outputs: {inputs: [[0, 1]], expect: [[0.5]], tolerance: 0.1}", lab));
        assertTrue(holds("unit: {name: 'layers.0[1]', inputs: [[1, 1], [0, 0]], expect: [0, 1]}", lab));
        assertFalse(holds("unit: {name: 'layers.0[0]', inputs: [[0, 0]], expect: [1]}", lab));
    }

    @Test
    void parameterAndSetting() throws Exception {
        Fixed lab = new Fixed(XOR);
        assertTrue(holds("parameter: {name: 'layers.1.biases[0]', between: [-2, -1]}", lab));
        assertFalse(holds("parameter: {name: 'layers.1.biases[0]', between: [0, 1]}", lab));
        assertTrue(holds("setting: {name: optimizer, equals: sgd}", lab));
        assertFalse(holds("setting: {name: optimizer, equals: adam}", lab));
        assertTrue(holds("setting: {name: learningRate, between: [0.01, 0.05]}", lab));
        assertFalse(holds("setting: {name: batch, between: [1, 5]}", lab));
        assertTrue(holds("setting: {name: batch, equals: 10}", lab));
    }

    @Test
    void lossAccuracyTrainedAndDiverged() throws Exception {
        Fixed lab = new Fixed(XOR);
        assertTrue(holds("loss-below: 0.01", lab), "the hand-built XOR is exact");
        assertTrue(holds("accuracy-at-least: 1", lab));
        lab.network.set("layers.1.biases[0]", 5);   // now always 1
        assertFalse(holds("loss-below: 0.01", lab));
        assertFalse(holds("accuracy-at-least: 0.9", lab));
        assertFalse(holds("trained: {epochs-at-most: 10}", lab), "nothing trained yet");
        lab.epochs = 8;
        assertTrue(holds("trained: {epochs-at-most: 10}", lab));
        lab.epochs = 11;
        assertFalse(holds("trained: {epochs-at-most: 10}", lab));
        assertTrue(holds("diverged: false", lab));
        lab.diverged = true;
        assertTrue(holds("diverged: true", lab));
        assertFalse(holds("diverged: false", lab));
    }

    @Test
    void surfaceReach() throws Exception {
        Fixed lab = new Fixed(XOR);
        lab.surface = Surfaces.builtIn("parabola");
        lab.start = new double[] {0.2};
        lab.state = lab.state.with("learningRate", 0.2);
        assertTrue(holds("surface: {reach: [2], within: 0.01, steps-at-most: 30}", lab));
        lab.state = lab.state.with("learningRate", 0.01);
        assertFalse(holds("surface: {reach: [2], within: 0.01, steps-at-most: 30}", lab));
        lab.state = lab.state.with("learningRate", 1.5);
        assertTrue(check("surface: {reach: [2], within: 0.01, steps-at-most: 3000}").evaluate(lab).detail().contains("diverged"));
    }

    @Test
    void gradientRatio() throws Exception {
        Fixed lab = new Fixed("inputs: 2\nseed: 1\nlayers:\n" + "  - {units: 8, activation: sigmoid}\n".repeat(5) + "  - {units: 1, activation: sigmoid}\n");
        lab.data = Generators.generate(Generators.Spec.of("circle", 100, 0, 1));
        assertTrue(holds("gradient-ratio: {first-over-last: {below: 0.05}}", lab));
        assertFalse(holds("gradient-ratio: {first-over-last: {above: 0.05}}", lab));
    }

    @Test
    void answerAndChoice() throws Exception {
        Fixed lab = new Fixed(XOR);
        assertFalse(holds("answer: {expect: 6}", lab), "no answer yet");
        lab.answer = 6.0004;
        assertTrue(holds("answer: {expect: 6, tolerance: 0.001}", lab));
        assertFalse(holds("answer: {expect: 6}", lab));
        lab.answer = -0.0327;   // lesson 6's ∂C/∂w to 4 decimals, where 5 are asked: right as far as it goes
        var rounded = check("answer: {expect: -0.03272, tolerance: 0.000005}").evaluate(lab);
        assertFalse(rounded.holds());
        assertEquals("-0.0327 is right to 4 decimals; give more of them (within 0.000005)", rounded.detail());
        lab.answer = -0.0331;   // as many decimals and wrong: no such comfort
        assertEquals("-0.0331 is not it", check("answer: {expect: -0.03272, tolerance: 0.000005}").evaluate(lab).detail());
        lab.choice = 1;
        assertTrue(holds("choice: {options: [a, b], correct: 1}", lab));
        assertFalse(holds("choice: {options: [a, b], correct: 0}", lab));
    }
}
