package gradlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.nn.NetworkGraph;

/** The JSON shapes of SPEC §4, built with Jackson; doubles are written so they read back exactly. */
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

    /** {"output":[..], "layers":[{"z","a"[, "delta","dW","db"]}, ...][, "loss"]}. */
    static ObjectNode pass(NetworkGraph.Result result, boolean withGradients) {
        ObjectNode root = object();
        root.set("output", array(result.output()));
        ArrayNode layers = root.putArray("layers");
        for (NetworkGraph.LayerResult layer : result.layers()) {
            ObjectNode node = layers.addObject();
            node.set("z", array(layer.z()));
            node.set("a", array(layer.a()));
            if (withGradients) {
                node.set("delta", array(layer.delta()));
                node.set("dW", matrix(layer.dW()));
                node.set("db", array(layer.db()));
            }
        }
        if (withGradients) root.put("loss", result.loss());
        return root;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
