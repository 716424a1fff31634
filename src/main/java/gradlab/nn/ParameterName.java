package gradlab.nn;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of parameter names (SPEC §1): {@code layers.L.weights[u,i]} is the weight from input
 * (or unit of the layer below) i into unit u of layer L, {@code layers.L.biases[u]} unit u's bias; all
 * from 0. Spaces after the comma are allowed when reading; {@link #toString} writes the canonical form.
 */
public record ParameterName(int layer, boolean weight, int unit, int input) {
    private static final Pattern GRAMMAR = Pattern.compile("layers\\.(\\d+)\\.(weights|biases)\\[(\\d+)(?:,\\s*(\\d+))?]");

    public ParameterName {
        if (layer < 0 || unit < 0 || (weight && input < 0)) throw new IllegalArgumentException("negative index in a parameter name");
    }

    public static ParameterName weight(int layer, int unit, int input) { return new ParameterName(layer, true, unit, input); }

    public static ParameterName bias(int layer, int unit) { return new ParameterName(layer, false, unit, -1); }

    /**
     * The name {@code text} spells; IllegalArgumentException saying what is wrong when it is not a
     * parameter name (a weight needs [unit,input], a bias [unit]). Whether a network has it is
     * {@link Network#has}'s question.
     */
    public static ParameterName read(String text) {
        Matcher m = GRAMMAR.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a parameter name: '" + text + "' (e.g. layers.0.weights[1,0], layers.0.biases[1])");
        }
        boolean weight = m.group(2).equals("weights");
        if (weight != (m.group(4) != null)) throw new IllegalArgumentException(text + ": weights take [unit,input], biases take [unit]");
        try {
            int layer = Integer.parseInt(m.group(1)), unit = Integer.parseInt(m.group(3));
            return weight ? weight(layer, unit, Integer.parseInt(m.group(4))) : bias(layer, unit);
        } catch (NumberFormatException tooLong) {
            throw new IllegalArgumentException(text + ": an index is too large");
        }
    }

    /** {@link #read}, or empty instead of the exception. */
    public static Optional<ParameterName> parse(String text) {
        try {
            return Optional.of(read(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override public String toString() {
        return "layers." + layer + (weight ? ".weights[" + unit + "," + input + "]" : ".biases[" + unit + "]");
    }
}
