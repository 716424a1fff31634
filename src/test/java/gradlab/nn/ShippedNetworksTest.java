package gradlab.nn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every network file the project ships loads, and the XOR one computes XOR. */
class ShippedNetworksTest {
    @Test
    void everyShippedNetworkFileLoads() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("lessons")), Files.walk(Path.of("src/main/resources/gradlab/networks")))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Network net = NetworkFile.load(file);
            assertTrue(net.depth() >= 1, file.toString());
        }
        Network xor = NetworkFile.load(Path.of("lessons/networks/xor-by-hand.yaml"));
        assertTrue(xor.predict(new double[] {0, 1})[0] == 1 && xor.predict(new double[] {1, 1})[0] == 0);
    }
}
