package gradlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON built as a Jackson tree, for the commands whose output is small and nested; doubles are written so
 * they read back exactly. {@code forward} and {@code backprop} write theirs directly ({@link JsonText}).
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static ArrayNode array(double[] values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double v : values) array.add(v);
        return array;
    }

    static ArrayNode matrix(double[][] rows) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double[] row : rows) array.add(array(row));
        return array;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
