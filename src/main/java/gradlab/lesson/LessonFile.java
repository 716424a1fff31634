package gradlab.lesson;

import gradlab.data.CsvData;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.io.YamlNode;
import gradlab.lab.LabState;
import gradlab.nn.Init;
import gradlab.nn.NetworkFile;
import gradlab.surface.Surfaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a lesson file (SPEC §7): YAML front matter between {@code ---} lines, then CommonMark in which
 * every level-2 heading starts a step and fenced {@code lab} and {@code task} blocks hold YAML. The
 * blocks are read with their lines in the .md file, so every error says {@code FILE:LINE:COLUMN}.
 */
public final class LessonFile {
    public static final List<String> PANELS = List.of("network", "data", "loss", "stepper", "truth-table", "surface", "gradients", "compare");
    public static final List<String> LOCKS = List.of("structure", "weights", "data", "settings");
    private static final Set<String> FRONT_KEYS = Set.of("title", "order", "notes");
    private static final Set<String> LAB_KEYS;
    static {
        Set<String> keys = new LinkedHashSet<>(List.of("network", "init", "show", "surface", "start", "lock"));
        keys.addAll(LabState.KEYS);
        LAB_KEYS = keys;
    }
    private static final Set<String> TASK_KEYS = new LinkedHashSet<>(List.of("goal", "check", "hints", "solution", "wrong"));
    private static final Set<String> SOLUTION_KEYS = new LinkedHashSet<>(List.of("parameters", "settings", "train", "answer", "choice"));
    private static final Set<String> WRONG_KEYS;
    static {
        Set<String> keys = new LinkedHashSet<>(SOLUTION_KEYS);
        keys.add("because");
        WRONG_KEYS = keys;
    }

    private final Path file;
    private final String source;
    private final List<String> lines;

    private LessonFile(Path file, String text) {
        this.file = file;
        this.source = file.toString();
        this.lines = List.of(text.split("\r?\n", -1));
    }

    /** A lesson as read: the lesson when it has no error, else null and every error, in the order of their lines. */
    public record Read(Lesson lesson, List<InputError> errors) {}

    /** The lesson in {@code file}, or its first error (by line). */
    public static Lesson load(Path file) throws InputError {
        Read read = read(file);
        if (!read.errors().isEmpty()) throw read.errors().get(0);
        return read.lesson();
    }

    /**
     * Reads {@code file} and reports every error, each with its line: the front matter, each lab block, and
     * each check, hint, solution and wrong approach of a task are read on their own, so one mistake does not
     * hide the next.
     */
    public static Read read(Path file) {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (InputError e) {
            return new Read(null, List.of(e));
        }
        LessonFile reader = new LessonFile(file, text);
        Lesson lesson = reader.parse();
        List<InputError> errors = new ArrayList<>(reader.errors);
        errors.sort(Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
        return new Read(errors.isEmpty() ? lesson : null, List.copyOf(errors));
    }

    public static Lesson parse(Path file, String text) throws InputError {
        LessonFile reader = new LessonFile(file, text);
        Lesson lesson = reader.parse();
        if (!reader.errors.isEmpty()) throw reader.errors.get(0);
        return lesson;
    }

    private final List<InputError> errors = new ArrayList<>();

    private Lesson parse() {
        int body = 0;
        Map<String, YamlNode> front = Map.of();
        if (!lines.isEmpty() && lines.get(0).trim().equals("---")) {
            int end = 1;
            while (end < lines.size() && !lines.get(end).trim().equals("---")) end++;
            if (end == lines.size()) {
                errors.add(new InputError(source, 1, 1, "the front matter opened by '---' is never closed"));
                return null;
            }
            try {
                front = yaml(1, end).map(FRONT_KEYS);
            } catch (InputError e) {
                errors.add(e);
            }
            body = end + 1;
        }
        String title = "";
        int order = Integer.MAX_VALUE;
        List<String> notes = new ArrayList<>();
        if (!front.containsKey("title") && errors.isEmpty()) errors.add(new InputError(source, 1, 1, "missing 'title' in the front matter (--- title: … ---)"));
        try {
            if (front.containsKey("title")) title = front.get("title").string().trim();
            if (front.containsKey("order")) order = front.get("order").integer(0, 1_000_000);
            if (front.containsKey("notes")) {
                YamlNode n = front.get("notes");
                if (n.isList()) for (YamlNode item : n.list()) notes.add(item.string());
                else notes.add(n.string());
            }
        } catch (InputError e) {
            errors.add(e);
        }

        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        String markdown = String.join("\n", lines.subList(body, lines.size()));
        Node document = parser.parse(markdown);
        List<Lesson.Step> steps = new ArrayList<>();
        StepBuilder current = null;
        StringBuilder intro = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int first = body + firstLine(node), last = body + lastLine(node);   // 0-based lines of the file
            if (node instanceof Heading h && h.getLevel() == 2) {
                if (current != null) steps.add(current.build(steps.size()));
                current = new StepBuilder(headingText(h), first + 1);
                continue;
            }
            if (node instanceof FencedCodeBlock code && (code.getInfo().trim().equals("lab") || code.getInfo().trim().equals("task"))) {
                if (current == null) {
                    errors.add(new InputError(source, first + 1, 1, "a ```" + code.getInfo().trim() + " block before the first step (## heading)"));
                    continue;
                }
                boolean closed = last > first && lines.get(last).trim().matches("(`{3,}|~{3,})");
                try {
                    YamlNode block = yaml(first + 1, closed ? last : last + 1);
                    if (code.getInfo().trim().equals("lab")) {
                        if (current.lab != null) throw new InputError(source, first + 1, 1, "a step has at most one lab block (another is at line " + current.lab.line() + ")");
                        current.lab = lab(block, first + 1);
                    } else {
                        if (current.task != null) throw new InputError(source, first + 1, 1, "a step has at most one task block (another is at line " + current.task.line() + ")");
                        current.task = task(block, first + 1);
                    }
                } catch (InputError e) {
                    errors.add(e);
                }
                continue;
            }
            String text = String.join("\n", lines.subList(first, last + 1));
            if (current == null) intro.append(text).append("\n\n");
            else current.text.append(text).append("\n\n");
        }
        if (current != null) steps.add(current.build(steps.size()));
        if (steps.isEmpty()) {
            errors.add(new InputError(source, Math.min(lines.size(), body + 1), 1, "the lesson has no steps (each starts with a '## ' heading)"));
            return null;
        }
        return new Lesson(file, title, order, List.copyOf(notes), intro.toString().strip(), List.copyOf(steps));
    }

    private final class StepBuilder {
        final String title;
        final int line;
        final StringBuilder text = new StringBuilder();
        Lesson.Lab lab;
        Lesson.Task task;

        StepBuilder(String title, int line) {
            this.title = title;
            this.line = line;
        }

        Lesson.Step build(int index) {
            return new Lesson.Step(index, title, line, text.toString().strip(), lab, task);
        }
    }

    /** Lines [from, to) of the file (0-based) as YAML whose marks are lines of the file. */
    private YamlNode yaml(int from, int to) throws InputError {
        String text = "\n".repeat(from) + String.join("\n", lines.subList(from, Math.max(from, to)));
        if (text.isBlank()) throw new InputError(source, from, 1, "the block is empty");
        return YamlNode.parse(source, text);
    }

    private Lesson.Lab lab(YamlNode block, int line) throws InputError {
        Map<String, YamlNode> keys = block.map(LAB_KEYS);
        Path network = null;
        if (keys.containsKey("network")) {
            YamlNode n = keys.get("network");
            network = resolve(block, "network", n);
            if (!Files.isRegularFile(network)) throw n.error("no network file '" + n.string().trim() + "' (looked for " + network + ")");
            NetworkFile.load(network);   // a broken network file fails the lesson, not the step
        }
        Map<String, YamlNode> settings = new LinkedHashMap<>();
        LabState check = LabState.defaults();
        String data = null;
        for (String key : LabState.KEYS) {
            if (!keys.containsKey(key)) continue;
            YamlNode value = keys.get(key);
            if (key.equals("data") && value.string().trim().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                Path csv = resolve(block, key, value);
                CsvData.load(csv);
                data = csv.toString();
                continue;
            }
            check = check.with(key, value);   // a wrong type or range is an error here, at its line
            settings.put(key, value);
        }
        String init = null;
        if (keys.containsKey("init")) {
            YamlNode i = keys.get("init");
            init = i.string().trim();
            String name = init;
            if (Init.byName(name).isEmpty()) throw i.error("unknown init '" + name + "' (expected " + Init.names() + ")");
        }
        List<String> show = names(keys.get("show"), PANELS, "panel");
        List<String> lock = names(keys.get("lock"), LOCKS, "lock");
        String surface = null;
        double[] start = null;
        if (keys.containsKey("surface")) {
            surface = keys.get("surface").string();
            YamlNode s = keys.get("surface");
            try {
                Surfaces.resolve(source, surface);
            } catch (InputError e) {
                throw s.error("surface: " + e.problem() + (e.column() > 1 ? " (column " + e.column() + " of the formula)" : ""));
            }
        }
        if (keys.containsKey("start")) start = keys.get("start").numbers();
        return new Lesson.Lab(line, network, data, settings, init, show, surface, start, lock);
    }

    private List<String> names(YamlNode node, List<String> allowed, String what) throws InputError {
        if (node == null) return List.of();
        List<String> out = new ArrayList<>();
        for (YamlNode item : node.isList() ? node.list() : List.of(node)) {
            String name = item.string().trim();
            if (!allowed.contains(name)) throw item.error("unknown " + what + " '" + name + "' (expected " + String.join(", ", allowed) + ")");
            out.add(name);
        }
        return List.copyOf(out);
    }

    private Lesson.Task task(YamlNode block, int line) throws InputError {
        Map<String, YamlNode> keys = block.map(TASK_KEYS);
        if (!keys.containsKey("goal")) throw block.error("a task needs a 'goal'");
        if (!keys.containsKey("check")) throw block.error("a task needs a 'check' list");
        List<Check> checks = new ArrayList<>();
        int before = errors.size();
        for (YamlNode item : keys.get("check").list()) {
            try {
                checks.add(Check.parse(item));
            } catch (InputError e) {
                errors.add(e);   // the next check, the hints and the solution are still read
            }
        }
        if (checks.isEmpty() && errors.size() == before) throw keys.get("check").error("the check list is empty");
        List<String> hints = new ArrayList<>();
        if (keys.containsKey("hints")) {
            for (YamlNode h : keys.get("hints").list()) {
                if (!h.isScalar()) throw h.error("a hint is one line of text; put it in quotes when it contains ': '");
                hints.add(h.string());
            }
        }
        Lesson.Solution solution = null;
        try {
            if (keys.containsKey("solution")) solution = solution(keys.get("solution").map(SOLUTION_KEYS));
        } catch (InputError e) {
            errors.add(e);
        }
        List<Lesson.Wrong> wrongs = new ArrayList<>();
        if (keys.containsKey("wrong")) {
            YamlNode list = keys.get("wrong");
            if (!list.isList()) throw list.error("'wrong' is a list of approaches, each like '- settings: {optimizer: sgd}' with 'because: …'");
            for (YamlNode item : list.list()) {
                try {
                    wrongs.add(wrong(item));
                } catch (InputError e) {
                    errors.add(e);
                }
            }
        }
        YamlNode goal = keys.get("goal");
        if (!goal.isScalar()) throw goal.error("the goal is one line of text; put it in quotes when it contains ': '");
        return new Lesson.Task(line, goal.string(), List.copyOf(checks), List.copyOf(hints), solution, List.copyOf(wrongs));
    }

    /** One {@code wrong} item: the keys of a solution plus {@code because}, the sentence the student reads. */
    private Lesson.Wrong wrong(YamlNode item) throws InputError {
        if (!item.isMap()) throw item.error("a wrong approach is a mapping like a solution's, with 'because: …'");
        Map<String, YamlNode> keys = item.map(WRONG_KEYS);
        if (!keys.containsKey("because")) throw item.error("a wrong approach needs 'because: …', the sentence the student reads");
        YamlNode because = keys.get("because");
        if (!because.isScalar() || because.string().isBlank()) {
            throw because.error("'because' is one line of text; put it in quotes when it contains ': '");
        }
        if (keys.size() == 1) throw item.error("a wrong approach needs what the student does: parameters, settings, train, answer or choice");
        return new Lesson.Wrong(item.line(), item.column(), solution(keys), because.string().trim());
    }

    private Lesson.Solution solution(Map<String, YamlNode> keys) throws InputError {
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (keys.containsKey("parameters")) {
            for (Map.Entry<String, YamlNode> e : keys.get("parameters").mapAny().entrySet()) parameters.put(e.getKey(), e.getValue().number());
        }
        Map<String, YamlNode> settings = new LinkedHashMap<>();
        if (keys.containsKey("settings")) {
            LabState check = LabState.defaults();
            for (Map.Entry<String, YamlNode> e : keys.get("settings").mapAny().entrySet()) {
                if (!LabState.KEYS.contains(e.getKey())) {
                    throw keys.get("settings").keyNode(e.getKey()).error("unknown setting '" + e.getKey() + "' (expected one of: " + String.join(", ", LabState.KEYS) + ")");
                }
                check = check.with(e.getKey(), e.getValue());
                settings.put(e.getKey(), e.getValue());
            }
        }
        int epochs = 0;
        if (keys.containsKey("train")) {
            Map<String, YamlNode> t = keys.get("train").map(Set.of("epochs"));
            if (!t.containsKey("epochs")) throw keys.get("train").error("train: give 'epochs'");
            epochs = t.get("epochs").integer(1, 100_000);
        }
        Double answer = keys.containsKey("answer") ? keys.get("answer").number() : null;
        Integer choice = keys.containsKey("choice") ? keys.get("choice").integer(0, 1000) : null;
        return new Lesson.Solution(parameters, settings, epochs, answer, choice);
    }

    /** The file a lab key names, inside the lesson's folder only; else an error at the key that quotes nothing of the file. */
    private Path resolve(YamlNode block, String key, YamlNode value) throws InputError {
        try {
            return LessonFolder.resolve(file.toAbsolutePath().getParent(), value.string());
        } catch (IllegalArgumentException e) {
            throw block.keyNode(key).error(key + ": " + e.getMessage());
        }
    }

    private static String headingText(Heading h) {
        StringBuilder out = new StringBuilder();
        for (Node n = h.getFirstChild(); n != null; n = n.getNext()) collect(n, out);
        return out.toString().trim();
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof Text t) out.append(t.getLiteral());
        else if (n instanceof Code c) out.append(c.getLiteral());
        for (Node child = n.getFirstChild(); child != null; child = child.getNext()) collect(child, out);
    }

    private static int firstLine(Node node) {
        List<SourceSpan> spans = ((Block) node).getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = ((Block) node).getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
    }
}
