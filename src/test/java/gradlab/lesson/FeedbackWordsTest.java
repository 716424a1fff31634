package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a failed check says: the student's words, numbers rounded only as far as the comparison allows. */
class FeedbackWordsTest {
    static final String BLANK = "inputs: 2\nlayers:\n  - {units: 2, activation: step, weights: [[0, 0], [0, 0]], biases: [0, 0]}\n"
            + "  - {units: 1, activation: step, weights: [[0, 0]], biases: [0]}\n";
    static final String TWO_OUT = "inputs: 2\nlayers:\n  - {units: 2, activation: identity, weights: [[1, 0], [0, 1]], biases: [0, 0]}\n";

    static String says(String check, LabContextFactory lab) throws Exception {
        return ChecksTest.check(check).evaluate(lab.make()).detail();
    }

    interface LabContextFactory {
        LabContext make() throws Exception;
    }

    @Test
    void aUnitIsNamedByItsPlaceAndItsInputsArePoints() throws Exception {
        assertEquals("hidden unit 1 in layer 1 gives 1 for (0, 0); it should give 0",
                says("unit: {name: 'layers.0[0]', inputs: [[0, 0]], expect: [0], tolerance: 0}", () -> new ChecksTest.Fixed(BLANK)));
        assertEquals("the output unit gives 1 for (0, 1); it should give 0 (± 0.05)",
                says("unit: {name: 'layers.1[0]', inputs: [[0, 1]], expect: [0]}", () -> new ChecksTest.Fixed(BLANK)));
    }

    @Test
    void outputsSayWhichOutputOnlyWhenThereAreSeveral() throws Exception {
        assertEquals("for (0, 1) the network gives 1; it should give 0 (± 0.05)",
                says("outputs: {inputs: [[0, 1]], expect: [[0]]}", () -> new ChecksTest.Fixed(BLANK)));
        assertEquals("for (0.5, 1) output 2 gives 1; it should give 0.9 (± 0.05)",
                says("outputs: {inputs: [[0.5, 1]], expect: [[0.5, 0.9]]}", () -> new ChecksTest.Fixed(TWO_OUT)));
    }

    @Test
    void settingsAndParametersByTheirHumanNamesWithNumbersAsShortAsTheRangeAllows() throws Exception {
        ChecksTest.Fixed lab = new ChecksTest.Fixed(BLANK);
        lab.state = lab.state.with("l2", 0.03).with("learningRate", 1.0);
        assertEquals("the L2 penalty is 0.03; it should be between 0.0001 and 0.01", says("setting: {name: l2, between: [0.0001, 0.01]}", () -> lab));
        assertEquals("the learning rate η is 1; it should be between 1.0001 and 100", says("setting: {name: learningRate, between: [1.0001, 100]}", () -> lab));
        lab.state = lab.state.with("learningRate", 1.00005);
        assertEquals("the learning rate η is 1.00005; it should be between 1.0001 and 100", says("setting: {name: learningRate, between: [1.0001, 100]}", () -> lab),
                "never rounded onto the other side of a bound");
        assertEquals("the optimizer is sgd; it should be nesterov", says("setting: {name: optimizer, equals: nesterov}", () -> lab));
        lab.network.set("layers.0.weights[1,0]", 0.123456);
        assertEquals("the weight from input 1 into hidden unit 2 in layer 1 is 0.12; it should be between 0.5 and 2",
                says("parameter: {name: 'layers.0.weights[1,0]', between: [0.5, 2]}", () -> lab));
        assertEquals("the bias of the output unit is 0; it should be between -2 and -1", says("parameter: {name: 'layers.1.biases[0]', between: [-2, -1]}", () -> lab));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.25|0.25", "−0.25|-0.25", "'0,25'|0.25", "1/4|0.25", " -3 / 8 |-0.375", "1e-3|0.001", ".5|0.5"})
    void aTypedAnswerMayBeADecimalOrAFraction(String typed, double value) {
        assertEquals(OptionalDouble.of(value), Words.typedNumber(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "1/0", "Infinity", "NaN", "0x10", "1/", "2d", "''"})
    void anythingElseIsNotANumber(String typed) {
        assertEquals(OptionalDouble.empty(), Words.typedNumber(typed));
    }
}
