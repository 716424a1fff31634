package gradlab.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The logic gates a two-input truth table compares with, and the one rule for whether a row matches: the
 * output rounded at 0.5 (a non-finite output matches nothing). The truth table on screen and a lesson's
 * {@code truth-table} check both count with {@link #matching}, so they always agree.
 */
public final class TruthGate {
    /** Each gate's outputs for (0,0), (0,1), (1,0), (1,1), in the order a chooser lists them. */
    public static final Map<String, int[]> GATES;

    static {
        Map<String, int[]> g = new LinkedHashMap<>();
        g.put("xor", new int[] {0, 1, 1, 0});
        g.put("and", new int[] {0, 0, 0, 1});
        g.put("or", new int[] {0, 1, 1, 1});
        g.put("nand", new int[] {1, 1, 1, 0});
        g.put("nor", new int[] {1, 0, 0, 0});
        GATES = Collections.unmodifiableMap(g);
    }

    private TruthGate() {}

    public static List<String> names() { return List.copyOf(GATES.keySet()); }

    /** The gate's name as the screen shows it: "XOR". */
    public static String label(String gate) { return gate.toUpperCase(Locale.ROOT); }

    /** The bit an output stands for (rounded at 0.5), or −1 for a non-finite output. */
    public static int bit(double output) { return Double.isFinite(output) ? (output >= 0.5 ? 1 : 0) : -1; }

    /** Whether {@code output} is the gate's answer in row {@code row}. */
    public static boolean matches(String gate, int row, double output) { return bit(output) == GATES.get(gate)[row]; }

    /** How many of the four rows' {@code outputs} are the gate's answers. */
    public static int matching(String gate, double[] outputs) {
        int right = 0;
        for (int r = 0; r < 4; r++) if (matches(gate, r, outputs[r])) right++;
        return right;
    }
}
