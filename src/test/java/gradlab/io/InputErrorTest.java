package gradlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputErrorTest {
    @Test
    void aLineBreakOrControlCharacterInANameOrValueIsEscapedSoTheMessageIsOneLine() {
        InputError e = InputError.option("--data", "unknown data set 'circ\nle\r\t\0\u2028'");
        assertEquals("--data: unknown data set 'circ\\nle\\r\\t\\u0000\\u2028'", e.getMessage());
        assertEquals("unknown data set 'circ\\nle\\r\\t\\u0000\\u2028'", e.problem());
        assertEquals("a\\nb.yaml:3:1: no such key", new InputError("a\nb.yaml", 3, 1, "no such key").getMessage());
        assertEquals("plain 'é' ∂C/∂w", InputError.oneLine("plain 'é' ∂C/∂w"), "printable text is kept as it is");
    }
}
