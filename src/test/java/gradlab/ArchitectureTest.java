package gradlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** The layers of ARCHITECTURE.md from the bottom; a package may import its own layer and those below. */
    static final List<List<String>> LAYERS = List.of(List.of("io"), List.of("autodiff"), List.of("nn", "optim", "data"),
            List.of("lab"), List.of("surface"), List.of("lesson"), List.of("cli"), List.of("app"));

    static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) if (LAYERS.get(i).contains(pkg)) return i;
        throw new AssertionError("package gradlab." + pkg + " is in no layer of ARCHITECTURE.md");
    }

    @Test
    void importsPointDown() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) continue;   // gradlab/Main.java sits above everything
                int own = layerOf(relative.getName(0).toString());
                for (String line : Files.readAllLines(file)) {
                    var m = Pattern.compile("\\s*import\\s+(?:static\\s+)?gradlab\\.([a-z]+)\\..*").matcher(line);
                    if (m.matches() && layerOf(m.group(1)) > own) upward.add(relative + " imports gradlab." + m.group(1));
                }
            }
        }
        assertEquals(List.of(), upward, "imports that point up");
    }

    /**
     * Views draw pictures their models publish; they never build a graph or touch autodiff. The feature
     * folders under app/ keep to that: the step-through's graph reaches its view as a {@code GraphPicture}.
     */
    @Test
    void viewsDoNotImportAutodiff() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES.resolve("app"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p).stream().anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?gradlab\\.autodiff\\..*")))
                    .map(p -> SOURCES.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of(), offenders, "files under app/ that import autodiff");
    }

    private static boolean mentionsJavaFx(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.matches("\\s*import\\s+(static\\s+)?javafx\\..*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
