package gradlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of ARCHITECTURE.md, checked on the sources: layers import down, one folder per page under
 * app/ with no page importing another, no import cycle between any two packages, no inline fully-qualified
 * class name reaching around those rules, and a test folder for every app/ folder.
 */
class ArchitectureTest {
    static final Path SOURCES = Path.of("src/main/java/gradlab");
    static final Path TESTS = Path.of("src/test/java/gradlab");
    static final List<String> BELOW_THE_APP = List.of("autodiff", "nn", "optim", "data", "surface", "explain", "lab", "lesson", "cli", "io");

    /** app/ folders that are not pages: the shared pieces every page may use, and the window that holds the pages. */
    static final String COMMON = "common", SHELL = "shell";

    /** app/ packages without a test folder, and why. */
    static final Map<String, String> UNTESTED = Map.of(
            "app.shell.bench", "benchmarks print figures in a real window; they are run, not unit tested");

    @Test
    void nothingBelowTheAppImportsJavaFx() {
        assertTrue(Files.isDirectory(SOURCES.resolve("autodiff")), "run from the project root");
        List<String> offenders = sources().stream()
                .filter(s -> BELOW_THE_APP.contains(s.path().getName(0).toString()))
                .filter(s -> s.imports().stream().anyMatch(i -> i.startsWith("javafx.")))
                .map(s -> s.path().toString()).toList();
        assertEquals(List.of(), offenders, "these files below app/ use javafx");
    }

    /** The layers of ARCHITECTURE.md from the bottom; a package may import its own layer and those below. */
    static final List<List<String>> LAYERS = List.of(List.of("io"), List.of("autodiff"), List.of("nn", "optim", "data"),
            List.of("surface"), List.of("explain"), List.of("lab"), List.of("lesson"), List.of("cli"), List.of("app"));

    static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) if (LAYERS.get(i).contains(pkg)) return i;
        throw new AssertionError("package gradlab." + pkg + " is in no layer of ARCHITECTURE.md");
    }

    @Test
    void importsPointDown() {
        List<String> upward = new ArrayList<>();
        for (Source s : sources()) {
            if (s.path().getNameCount() < 2) continue;   // gradlab/Main.java sits above everything
            int own = layerOf(s.path().getName(0).toString());
            for (String i : s.imports()) {
                Matcher m = Pattern.compile("gradlab\\.([a-z]+)\\..*").matcher(i);
                if (m.matches() && layerOf(m.group(1)) > own) upward.add(s.path() + " imports gradlab." + m.group(1));
            }
        }
        assertEquals(List.of(), upward, "imports that point up");
    }

    /**
     * A page is a folder under app/ (other than common/ and shell/). A page imports app/common and its
     * own sub-folders, never another page nor the shell; app/common imports no other app/ folder; the
     * shell, which holds the pages, may import them all.
     */
    @Test
    void noPageImportsAnother() {
        assertTrue(Files.isDirectory(SOURCES.resolve("app").resolve(COMMON)) && Files.isDirectory(SOURCES.resolve("app").resolve(SHELL)));
        List<String> across = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.pkg().startsWith("gradlab.app")) continue;
            String own = appFolder(s.pkg());
            for (String i : s.imports()) {
                if (!i.startsWith("gradlab.app.")) continue;
                String other = appFolder(i.replaceFirst("\\.[A-Z].*", ""));
                boolean allowed = other.equals(own) || own.equals(SHELL) || (!own.equals(COMMON) && other.equals(COMMON));
                if (!allowed) across.add(s.path() + " (app/" + own + ") imports " + i);
            }
        }
        assertEquals(List.of(), across, "app/ folders importing one another");
    }

    @Test
    void everyClassUnderAppSitsInAFolder() {
        List<String> loose = sources().stream().filter(s -> s.pkg().equals("gradlab.app")).map(s -> s.path().toString()).toList();
        assertEquals(List.of(), loose, "classes directly in app/, outside any page folder");
    }

    /** No two packages import each other, directly or around a longer loop (sub-folders of one page included). */
    @Test
    void noImportCycleBetweenPackages() {
        Map<String, Set<String>> graph = packageGraph(sources());
        assertEquals(List.of(), cycles(graph), "packages that import each other (each list is one cycle's packages)");
    }

    @Test
    void theCycleFinderFindsLoopsOfAnyLength() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a", "d"));
        graph.put("d", Set.of());
        graph.put("e", Set.of("d"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
        graph.put("d", Set.of("e"));
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e")), cycles(graph));
    }

    /**
     * Every dependency shows in an import line: no class is named inline with its package in the code
     * (comments and strings aside). The one exception is a real clash: a second class of a simple name the
     * file already imports from elsewhere (commonmark's {@code Node} beside JavaFX's).
     */
    @Test
    void noInlineFullyQualifiedClassNames() {
        List<String> inline = new ArrayList<>();
        for (Source s : sources()) {
            Set<String> imported = new TreeSet<>();
            for (String i : s.imports()) imported.add(i.substring(i.lastIndexOf('.') + 1));
            for (String name : inlineNames(s.text())) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (!imported.contains(simple) || s.imports().contains(name)) inline.add(s.path() + ": " + name);
            }
        }
        assertEquals(List.of(), inline, "inline fully-qualified class names (import them instead)");
    }

    @Test
    void theInlineNameFinderSkipsImportsCommentsAndStrings() {
        String text = """
                package gradlab.lab;
                import java.util.List;
                /** See {@link gradlab.nn.Network}. */
                class A {
                    // gradlab.io.InputError in a comment
                    Object p = java.util.regex.Pattern.compile("gradlab.lab.X and \\" java.util.Map");
                    char c = '"'; gradlab.app.common.Numbers n; String t = \"""
                        javafx.scene.Node in a text block
                        \""";
                    double d = Math.max(1, 2) + list.size();
                }
                """;
        assertEquals(List.of("java.util.regex.Pattern", "gradlab.app.common.Numbers"), inlineNames(text));
    }

    /** Every folder under app/ has a test folder of its own, mirroring it, with at least one test in it. */
    @Test
    void everyAppFolderHasItsOwnTests() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Source s : sources()) if (s.pkg().startsWith("gradlab.app.")) packages.add(s.pkg().substring("gradlab.".length()));
        assertTrue(packages.contains("app.lab") && packages.contains("app.race"), "the pages are found: " + packages);
        List<String> untested = new ArrayList<>();
        for (String pkg : packages) {
            if (UNTESTED.containsKey(pkg)) continue;
            Path folder = TESTS.resolve(pkg.replace('.', '/'));
            boolean hasTest;
            try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                hasTest = files.anyMatch(p -> p.getFileName().toString().endsWith("Test.java"));
            }
            if (!hasTest) untested.add(pkg);
        }
        assertEquals(List.of(), untested, "app/ folders without a *Test.java of their own in src/test/java (mirroring the package)");
    }

    /**
     * Views draw pictures their models publish; they never build a graph or touch autodiff. The folders
     * under app/ keep to that: the step-through's graph reaches its view as a {@code GraphPicture}.
     */
    @Test
    void viewsDoNotImportAutodiff() {
        List<String> offenders = sources().stream().filter(s -> s.pkg().startsWith("gradlab.app"))
                .filter(s -> s.imports().stream().anyMatch(i -> i.startsWith("gradlab.autodiff.")))
                .map(s -> s.path().toString()).sorted().toList();
        assertEquals(List.of(), offenders, "files under app/ that import autodiff");
    }

    // ---- reading the sources

    /** One source file: its path below gradlab/, its package, what it imports (static imports as their class), its text. */
    record Source(Path path, String pkg, List<String> imports, String text) {}

    static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

    static List<Source> sources() {
        List<Source> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                String code = withoutCommentsAndStrings(text);
                Matcher p = PACKAGE.matcher(code);
                String pkg = p.find() ? p.group(1) : "";
                List<String> imports = new ArrayList<>();
                Matcher m = IMPORT.matcher(code);
                while (m.find()) {
                    String name = m.group(2);
                    if (m.group(1) != null && m.group(3) == null) name = name.substring(0, name.lastIndexOf('.'));   // a static member: its class
                    imports.add(name);
                }
                all.add(new Source(SOURCES.relativize(file), pkg, imports, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The folder directly under app/ that a package gradlab.app.X[.…] belongs to: X. */
    static String appFolder(String pkg) {
        String rest = pkg.equals("gradlab.app") ? "" : pkg.substring("gradlab.app.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** Package → the project packages it imports (itself left out). A static import counts as its class's package. */
    static Map<String, Set<String>> packageGraph(List<Source> sources) {
        Set<String> known = new TreeSet<>();
        for (Source s : sources) known.add(s.pkg());
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Source s : sources) {
            Set<String> out = graph.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String i : s.imports()) {
                if (!i.startsWith("gradlab.")) continue;
                String target = known.contains(i) ? i : i.replaceFirst("\\.[A-Z].*", "");   // a package (wildcard) or a class's package
                if (!target.equals(s.pkg())) out.add(target);
            }
        }
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan's algorithm), each sorted, in order of their first package. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String v : new TreeSet<>(graph.keySet())) if (!index.containsKey(v)) connect(v, graph, index, low, stack, onStack, found, counter);
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<List<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : new TreeSet<>(graph.getOrDefault(v, Set.of()))) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }

    static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|javafx|gradlab|org|com|picocli|jdk|sun)(?:\\.[a-z_][a-z0-9_]*)*\\.[A-Z]\\w*)");

    /** The fully-qualified class names written in the code, outside package and import lines, comments and strings. */
    static List<String> inlineNames(String text) {
        List<String> names = new ArrayList<>();
        for (String line : withoutCommentsAndStrings(text).split("\n")) {
            if (line.matches("\\s*(package|import)\\b.*")) continue;
            Matcher m = QUALIFIED.matcher(line);
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    /** The text with comments and the insides of string, text-block and char literals blanked out; lines stay where they were. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                if (end < 0) end = n;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = i + 3;
                while (end < n && !s.startsWith("\"\"\"", end)) end += s.charAt(end) == '\\' ? 2 : 1;
                end = Math.min(n, end + 3);
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                end = i + 1;
                while (end < n && s.charAt(end) != quote && s.charAt(end) != '\n') end += s.charAt(end) == '\\' ? 2 : 1;
                end = Math.min(n, end + 1);
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            i = end;
        }
        return out.toString();
    }
}
