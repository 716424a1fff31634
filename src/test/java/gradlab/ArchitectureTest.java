package gradlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md, checked on the sources. */
class ArchitectureTest {
    static final Path SOURCES = Path.of("src/main/java/gradlab");
    static final List<String> BELOW_THE_APP = List.of("autodiff", "nn", "optim", "data", "surface", "lab", "lesson", "cli", "io");

    @Test
    void nothingBelowTheAppImportsJavaFx() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.resolve("autodiff")), "run from the project root");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> BELOW_THE_APP.contains(SOURCES.relativize(p).getName(0).toString()))
                    .filter(ArchitectureTest::mentionsJavaFx)
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders, "these files below app/ use javafx");
    }

    @Test
    void noSourceFileGrowsPastFourHundredLines() throws IOException {
        List<String> long_;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            long_ = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 400)
                    .map(p -> p + " (" + lines(p) + " lines)").toList();
        }
        assertEquals(List.of(), long_);
    }

    private static boolean mentionsJavaFx(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.matches("\\s*import\\s+(static\\s+)?javafx\\..*"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
