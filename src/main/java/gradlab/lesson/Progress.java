package gradlab.lesson;

import gradlab.io.AtomicFiles;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.io.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A student's progress through the lessons, kept in one small YAML file in their home folder
 * ({@code ~/.gradlab/progress.yaml}) and written atomically after every change. A broken file is set
 * aside beside it (never deleted) with a message, and progress starts afresh: it never stops the program.
 */
public final class Progress {
    /**
     * One lesson: the step entered last, the tasks done, and by step index the hints shown, the numbers typed and
     * the options chosen (the last answer given to each step, right or not, so that reopening shows it).
     */
    public record Entry(int step, Set<Integer> done, Map<Integer, Integer> hints, Map<Integer, Double> answers, Map<Integer, Integer> choices,
                        Map<Integer, Kept> kept) {
        public static Entry empty() { return new Entry(0, Set.of(), Map.of(), Map.of(), Map.of(), Map.of()); }

        public Entry(int step, Set<Integer> done, Map<Integer, Integer> hints, Map<Integer, Double> answers, Map<Integer, Integer> choices) {
            this(step, done, hints, answers, choices, Map.of());
        }

        public Entry withStep(int s) { return new Entry(s, done, hints, answers, choices, kept); }

        /** The lab as the student had it when the task of step {@code stepIndex} was done. */
        public Entry withKept(int stepIndex, Kept lab) {
            return new Entry(step, done, hints, answers, choices, with(kept, stepIndex, lab));
        }

        public Entry withDone(int stepIndex) {
            Set<Integer> d = new TreeSet<>(done);
            d.add(stepIndex);
            return new Entry(step, Set.copyOf(d), hints, answers, choices, kept);
        }

        public Entry withHints(int stepIndex, int shown) {
            return new Entry(step, done, with(hints, stepIndex, shown), answers, choices, kept);
        }

        public Entry withAnswer(int stepIndex, double answer) {
            return new Entry(step, done, hints, with(answers, stepIndex, answer), choices, kept);
        }

        public Entry withChoice(int stepIndex, int option) {
            return new Entry(step, done, hints, answers, with(choices, stepIndex, option), kept);
        }

        /** {@code map} with {@code value} under {@code stepIndex}, as an unmodifiable copy. */
        private static <V> Map<Integer, V> with(Map<Integer, V> map, int stepIndex, V value) {
            Map<Integer, V> copy = new TreeMap<>(map);
            copy.put(stepIndex, value);
            return Map.copyOf(copy);
        }
    }

    /**
     * The lab a task was done with, as text: the network as a SPEC §1 file and the settings as {@code key: value}
     * lines (what a session file holds), so that revisiting the done step shows what the student did.
     */
    public record Kept(String network, String settings) {}

    private final Path file;
    private final Map<String, Entry> lessons = new LinkedHashMap<>();
    private String message;

    private Progress(Path file) {
        this.file = file;
    }

    /** The progress file in the user's home folder (the system property {@code gradlab.home} overrides the folder). */
    public static Path defaultFile() {
        String home = System.getProperty("gradlab.home", System.getProperty("user.home"));
        return Path.of(home, ".gradlab", "progress.yaml");
    }

    /** Reads {@code file}; a missing file is no progress yet, a broken one is set aside. Never throws. */
    public static Progress load(Path file) {
        Progress p = new Progress(file);
        if (!Files.exists(file)) return p;
        try {
            YamlNode root = YamlNode.parse(file.toString(), TextFiles.read(file));
            for (Map.Entry<String, YamlNode> lesson : root.map(Set.of("lessons")).get("lessons").mapAny().entrySet()) {
                p.lessons.put(lesson.getKey(), entry(lesson.getValue()));
            }
        } catch (InputError | RuntimeException e) {
            p.lessons.clear();
            LocalDateTime now = LocalDateTime.now();
            Path aside = file.resolveSibling(file.getFileName() + ".broken-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            String when = "At " + now.format(DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.ENGLISH));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                p.message = when + " your progress file could not be read (" + e.getMessage() + "), so it was set aside as " + aside
                        + " and your progress starts afresh.";
            } catch (IOException moveFailed) {
                p.message = when + " your progress file could not be read (" + e.getMessage() + "); your progress starts afresh.";
            }
        }
        return p;
    }

    private static Entry entry(YamlNode node) throws InputError {
        Map<String, YamlNode> keys = node.map(Set.of("step", "done", "hints", "answers", "choices", "kept"));
        int step = keys.containsKey("step") ? keys.get("step").integer(0, 10_000) : 0;
        Set<Integer> done = new TreeSet<>();
        if (keys.containsKey("done")) for (YamlNode d : keys.get("done").list()) done.add(d.integer(0, 10_000));
        Map<Integer, Integer> hints = new TreeMap<>();
        if (keys.containsKey("hints")) {
            for (Map.Entry<String, YamlNode> h : keys.get("hints").mapAny().entrySet()) hints.put(Integer.parseInt(h.getKey()), h.getValue().integer(0, 1000));
        }
        Map<Integer, Double> answers = new TreeMap<>();
        if (keys.containsKey("answers")) {
            for (Map.Entry<String, YamlNode> a : keys.get("answers").mapAny().entrySet()) answers.put(Integer.parseInt(a.getKey()), a.getValue().number());
        }
        Map<Integer, Integer> choices = new TreeMap<>();
        if (keys.containsKey("choices")) {
            for (Map.Entry<String, YamlNode> c : keys.get("choices").mapAny().entrySet()) choices.put(Integer.parseInt(c.getKey()), c.getValue().integer(0, 1000));
        }
        Map<Integer, Kept> kept = new TreeMap<>();
        if (keys.containsKey("kept")) {
            for (Map.Entry<String, YamlNode> k : keys.get("kept").mapAny().entrySet()) {
                Map<String, YamlNode> lab = k.getValue().map(Set.of("network", "settings"));
                if (lab.containsKey("network") && lab.containsKey("settings")) {
                    kept.put(Integer.parseInt(k.getKey()), new Kept(lab.get("network").string(), lab.get("settings").string()));
                }
            }
        }
        return new Entry(step, Set.copyOf(done), Map.copyOf(hints), Map.copyOf(answers), Map.copyOf(choices), Map.copyOf(kept));
    }

    /** What went wrong reading the file, once, for the status bar. */
    public Optional<String> message() { return Optional.ofNullable(message); }

    public Entry of(String lesson) { return lessons.getOrDefault(lesson, Entry.empty()); }

    /**
     * The key {@code lesson}'s progress is kept under: its title and file name, never where the folder is, so
     * a moved or copied folder keeps its progress. Progress kept under the old key (the lesson file's absolute
     * path) moves to the new one when exactly one old key has this file name; it is written with the next change.
     */
    public String keyOf(Lesson lesson) {
        String key = lesson.title() + " (" + lesson.file().getFileName() + ")";
        if (lessons.containsKey(key)) return key;
        String name = lesson.file().getFileName().toString();
        List<String> old = lessons.keySet().stream().filter(k -> isPathKey(k, name)).toList();
        if (old.size() == 1) lessons.put(key, lessons.remove(old.get(0)));
        return key;
    }

    private static boolean isPathKey(String key, String fileName) {
        try {
            Path p = Path.of(key);
            return p.isAbsolute() && p.getFileName() != null && p.getFileName().toString().equals(fileName);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Records {@code entry} for {@code lesson} and writes the file; a failed write is said, never thrown. */
    public Optional<String> put(String lesson, Entry entry) {
        lessons.put(lesson, entry);
        try {
            AtomicFiles.writeString(file, format(), true);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Progress could not be saved to " + file + ": " + TextFiles.reason(e));
        }
    }

    String format() {
        StringBuilder out = new StringBuilder("# Gradient Lab: your progress through the lessons\nlessons:\n");
        for (Map.Entry<String, Entry> e : lessons.entrySet()) {
            Entry v = e.getValue();
            out.append("  \"").append(e.getKey().replace("\\", "\\\\").replace("\"", "\\\"")).append("\":\n");
            out.append("    step: ").append(v.step()).append('\n');
            out.append("    done: ").append(new TreeSet<>(v.done())).append('\n');
            out.append("    hints: {");
            out.append(String.join(", ", new TreeMap<>(v.hints()).entrySet().stream().map(h -> h.getKey() + ": " + h.getValue()).toList()));
            out.append("}\n    answers: {");
            out.append(String.join(", ", new TreeMap<>(v.answers()).entrySet().stream().map(a -> a.getKey() + ": " + a.getValue()).toList()));
            out.append("}\n    choices: {");
            out.append(String.join(", ", new TreeMap<>(v.choices()).entrySet().stream().map(c -> c.getKey() + ": " + c.getValue()).toList()));
            out.append("}\n");
            if (!v.kept().isEmpty()) {
                out.append("    kept:\n");
                for (Map.Entry<Integer, Kept> k : new TreeMap<>(v.kept()).entrySet()) {
                    out.append("      ").append(k.getKey()).append(":\n");
                    block(out, "network", k.getValue().network());
                    block(out, "settings", k.getValue().settings());
                }
            }
        }
        return out.toString();
    }

    /** A literal block ({@code KEY: |}) of a kept lab, its lines indented under the step's number. */
    private static void block(StringBuilder out, String key, String text) {
        out.append("        ").append(key).append(": |\n");
        for (String line : text.split("\n")) if (!line.isBlank()) out.append("          ").append(line).append('\n');
    }
}
