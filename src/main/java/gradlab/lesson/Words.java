package gradlab.lesson;

import gradlab.explain.MathText;
import gradlab.nn.Network;
import gradlab.nn.ParameterName;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a check says, in the student's words: units and parameters by their place in the network
 * ("hidden unit 1 in layer 1"), settings by the names the window gives them ("the L2 penalty"), inputs as
 * points ("(0, 1)"), and numbers rounded only as far as the comparison allows (0.03, never 0.03000;
 * 1.00005 beside a bound of 1.0001, never 1.000). Also reads what a student types: 0.25, −0.25, 0,25, 1/4.
 */
public final class Words {
    private Words() {}

    /** The settings as the window's labels name them. */
    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("data", "the data set"), Map.entry("points", "the number of points"), Map.entry("noise", "the noise"),
            Map.entry("validation", "the share held out for validation"), Map.entry("dataSeed", "the data's seed"),
            Map.entry("steps", "the number of steps in the data"), Map.entry("loss", "the loss"), Map.entry("optimizer", "the optimizer"),
            Map.entry("learningRate", "the learning rate η"), Map.entry("momentum", "the momentum λ"), Map.entry("rho", "the decay ρ"),
            Map.entry("batch", "the batch size"), Map.entry("l1", "the L1 penalty"), Map.entry("l2", "the L2 penalty"),
            Map.entry("patience", "the patience"), Map.entry("seed", "the seed"), Map.entry("epochsPerFrame", "the epochs per frame"),
            Map.entry("perLayer", "the per-layer view"));

    /** A setting by its human name: {@code l2} is "the L2 penalty". */
    public static String setting(String key) {
        return SETTINGS.getOrDefault(key, key);
    }

    /** Unit {@code unit} of layer {@code layer} (both from 0): "hidden unit 2 in layer 1", "output unit 1", "the output unit". */
    public static String unit(Network net, int layer, int unit) {
        if (layer == net.depth() - 1) return net.layer(layer).units() == 1 ? "the output unit" : "output unit " + (unit + 1);
        return "hidden unit " + (unit + 1) + " in layer " + (layer + 1);
    }

    /** A parameter by its place: "the weight from input 2 into hidden unit 1 in layer 1", "the bias of the output unit". */
    public static String parameter(Network net, String name) {
        ParameterName p = ParameterName.parse(name).orElse(null);
        if (p == null || p.layer() >= net.depth()) return name;
        String into = unit(net, p.layer(), p.unit());
        if (!p.weight()) return "the bias of " + into;
        String from = p.layer() == 0 ? "input " + (p.input() + 1) : unit(net, p.layer() - 1, p.input());
        return "the weight from " + from + " into " + into;
    }

    /** Inputs as a point: (0, 1), (0.5, −1). */
    public static String point(double[] inputs) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < inputs.length; i++) out.append(i == 0 ? "" : ", ").append(exact(inputs[i]));
        return out.append(')').toString();
    }

    /** A number the lesson wrote (a bound, an expected value), as short as it is exact: 0.0001, 1.0001, 100 ({@link MathText#exact}). */
    public static String exact(double v) { return MathText.exact(v); }

    /** A measured value next to the range it is compared with, with as many digits as the comparison needs ({@link MathText#near}). */
    public static String near(double v, double low, double high) { return MathText.near(v, low, high); }

    /** A measured value compared with one limit. */
    public static String near(double v, double limit) { return MathText.near(v, limit); }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * What the student typed as a number: a decimal (a comma or a point), with − or -, or a fraction such as
     * 1/4 or −3/8; empty when it is none of these (or divides by zero).
     */
    public static OptionalDouble typedNumber(String text) {
        String s = text.trim().replace('−', '-').replace('–', '-').replace(',', '.').replace(" ", "");
        Matcher fraction = Pattern.compile("(.+)/(.+)").matcher(s);
        if (fraction.matches()) {
            OptionalDouble top = typedNumber(fraction.group(1)), bottom = typedNumber(fraction.group(2));
            if (top.isEmpty() || bottom.isEmpty() || bottom.getAsDouble() == 0) return OptionalDouble.empty();
            double q = top.getAsDouble() / bottom.getAsDouble();
            return Double.isFinite(q) ? OptionalDouble.of(q) : OptionalDouble.empty();
        }
        if (!NUMBER.matcher(s).matches()) return OptionalDouble.empty();
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
