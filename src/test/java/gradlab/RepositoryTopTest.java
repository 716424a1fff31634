package gradlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top of the repository holds the project and nothing a run left behind: a test or a command that
 * writes into the working folder shows up here (tests write only into their own temporary folders).
 */
class RepositoryTopTest {
    static final Path TOP = Path.of("");
    static final Set<String> ALLOWED = Set.of("pom.xml", "README.md", "src", "lessons", "assets", ".ci", ".gitignore", ".git");

    @Test
    void theTopOfTheRepositoryHoldsOnlyTheProject() throws IOException {
        assertTrue(Files.isRegularFile(TOP.resolve("pom.xml")), "run from the project root");
        List<PathMatcher> ignored = ignoredByGit(TOP.resolve(".gitignore"));
        List<String> strays = new ArrayList<>();
        try (Stream<Path> entries = Files.list(TOP.toAbsolutePath())) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (ALLOWED.contains(name) || isLicence(name)) continue;
                if (ignored.stream().anyMatch(m -> m.matches(Path.of(name)))) continue;
                strays.add("'" + name + "'");
            }
        }
        assertEquals(List.of(), strays, "files at the top of the repository that are not part of the project");
    }

    static boolean isLicence(String name) {
        return name.matches("(?i)(licen[cs]e|copying)(\\.md|\\.txt)?");
    }

    /** The patterns of {@code .gitignore} that can match a name at the top, as glob matchers on that name. */
    static List<PathMatcher> ignoredByGit(Path gitignore) throws IOException {
        List<PathMatcher> matchers = new ArrayList<>();
        if (!Files.isRegularFile(gitignore)) return matchers;
        for (String line : Files.readAllLines(gitignore)) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#") || pattern.startsWith("!")) continue;
            if (pattern.startsWith("/")) pattern = pattern.substring(1);
            if (pattern.endsWith("/")) pattern = pattern.substring(0, pattern.length() - 1);
            if (pattern.contains("/")) continue;   // names a path below the top
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        }
        return matchers;
    }

    @Test
    void aStrayNetworkIsSeenAndGitIgnoredFilesAreNot(@TempDir Path dir) throws IOException {
        Path gitignore = dir.resolve(".gitignore");
        Files.writeString(gitignore, "# build\ntarget/\n*.log\n/shot*.png\nsrc/generated/\n");
        List<PathMatcher> ignored = ignoredByGit(gitignore);
        assertTrue(ignored.stream().anyMatch(m -> m.matches(Path.of("target"))));
        assertTrue(ignored.stream().anyMatch(m -> m.matches(Path.of("shot1.png"))));
        assertTrue(ignored.stream().noneMatch(m -> m.matches(Path.of("1e400"))));
        assertEquals(3, ignored.size(), "a pattern below the top ignores nothing at the top");
        assertTrue(isLicence("LICENSE") && isLicence("licence.md") && !isLicence("abc"));
    }
}
