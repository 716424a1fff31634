package gradlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurfaceSliceCommandTest {
    static final String XOR = Path.of("lessons/networks/xor-2-4-1.yaml").toString();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void surfaceJsonIsTheSpecsShape() throws Exception {
        CliRun run = CliRun.of("surface", "--f", "bowl", "--start", "1,2", "--lr", "0.1", "--steps", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json.readTree(run.out());
        assertEquals("x^2 + y^2", root.get("f").asText());
        assertEquals("finished", root.get("status").asText());
        assertEquals(2, root.get("steps").asInt());
        assertEquals(3, root.get("path").size(), "path[0] is the start, path[k] the point after k updates");
        assertEquals(0.64, root.get("path").get(2).get(0).asDouble(), 1e-12);
        assertEquals(1.28, root.get("path").get(2).get(1).asDouble(), 1e-12);
        assertEquals(0.64 * 0.64 + 1.28 * 1.28, root.get("path").get(2).get(2).asDouble(), 1e-12);
    }

    @Test
    void aOneDimensionalPathHasPairsAndADivergingRunStaysFinite() throws Exception {
        JsonNode root = json.readTree(CliRun.of("surface", "--f", "parabola", "--start", "0.2", "--lr", "1.5", "--steps", "500", "--json").out());
        assertEquals("diverged", root.get("status").asText());
        for (JsonNode point : root.get("path")) {
            assertEquals(2, point.size());
            assertTrue(Double.isFinite(point.get(0).asDouble()) && Math.abs(point.get(0).asDouble()) < 1e7);
        }
        assertEquals(root.get("path").size() - 1, root.get("steps").asInt());
    }

    @Test
    void sliceJsonFollowsSpecSix() throws Exception {
        CliRun run = CliRun.of("slice", "--net", XOR, "--data", "xor-table", "--axes", "layers.1.weights[0,0],layers.1.biases[0]",
                "--span", "1", "--grid", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json.readTree(run.out());
        assertEquals("layers.1.weights[0,0]", root.get("axes").get(0).asText());
        double c1 = root.get("center").get(0).asDouble();
        assertEquals(c1 - 1, root.get("x").get(0).asDouble(), 1e-15);
        assertEquals(c1 + 1, root.get("x").get(2).asDouble(), 1e-15);
        assertEquals(3, root.get("loss").size());
        assertEquals(3, root.get("loss").get(0).size());
        CliRun trained = CliRun.of("train", "--net", XOR, "--data", "xor-table", "--epochs", "1", "--lr", "1e-300", "--no-shuffle", "--json");
        assertEquals(json.readTree(trained.out()).get("loss").asDouble(), root.get("loss").get(1).get(1).asDouble(), 1e-12,
                "the centre is the network's loss on the data (a step of 1e-300 changes nothing)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "surface --f nosuch                              | --f:1:1: 'nosuch' is neither a built-in surface",
            "surface --f x^2+*y --start 0,0                  | --f:1:5: unexpected '*'",
            "surface --f bowl --start 1e400,0                | --start: ",
            "surface --f bowl --start 2e6,0                  | --start: values must be within ±1e6, got 2000000",
            "surface --f bowl --start 1                      | --start: takes two values (x,y), got 1",
            "surface --f x^2+y --lr 0.1                      | --start: a formula needs a start point (--start x,y)",
            "surface --f bowl --steps 100001                 | --steps: must be between 0 and 100000, got 100001",
            "slice --data xor-table --axes layers.7.biases[0],layers.1.biases[0] | --axes: layers.7.biases[0]: there are 2 layers",
            "slice --data xor-table --axes layers.1.biases[0],layers.1.biases[0] | --axes: the two axes name the same parameter layers.1.biases[0]",
            "slice --data xor-table --axes layers.1.biases[0]                    | --axes: expected two parameter names separated by a comma, got 1",
            "slice --data xor-table --axes layers.1.biases[0],layers.1.biases[3] | --axes: layers.1.biases[3]: out of range",
            "slice --data xor-table --axes layers.0.biases[0],layers.1.biases[0] --grid 1      | --grid: must be between 2 and 501, got 1",
            "slice --data xor-table --axes layers.0.biases[0],layers.1.biases[0] --grid 100000 | --grid: must be between 2 and 501, got 100000",
            "slice --data sine --axes layers.0.biases[0],layers.1.biases[0]                    | --data: the data has 1 input column(s)",
    })
    void badInputIsOneLocatedLine(String args, String start) {
        String[] words = args.trim().split("\\s+");
        if (words[0].equals("slice")) {
            String[] withNet = new String[words.length + 2];
            withNet[0] = "slice";
            withNet[1] = "--net";
            withNet[2] = XOR;
            System.arraycopy(words, 1, withNet, 3, words.length - 1);
            words = withNet;
        }
        CliRun run = CliRun.of(words);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(start.trim()), run.err());
        assertEquals(1, run.err().strip().split("\n").length, run.err());
    }
}
