package gradlab.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML (or JSON) document read as a tree of nodes that remember their line and column, so every
 * complaint about a file can say where. Only the node tree is built (snakeyaml-engine's compose
 * step): no objects are constructed from tags, so loading is safe.
 */
public final class YamlNode {
    private final String source;
    private final Node node;

    private YamlNode(String source, Node node) {
        this.source = source;
        this.node = node;
    }

    /** Lists and mappings nest at most this deep; the program's own files need four levels. */
    public static final int MAX_DEPTH = 64;

    /**
     * Parses {@code text}; {@code source} names it in messages (usually the file name). Any text up to
     * {@link TextFiles#MAX_BYTES} is read (every network the program saves fits), and nesting deeper
     * than {@link #MAX_DEPTH} is refused where it happens instead of overflowing the stack.
     */
    public static YamlNode parse(String source, String text) throws InputError {
        checkNesting(source, text);
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20).setCodePointLimit((int) TextFiles.MAX_BYTES + 1).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) throw new InputError(source, 1, 1, "the file is empty");
            return new YamlNode(source, root.get());
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            throw new InputError(source, line, column, "YAML syntax: " + problem.replace('\n', ' '));
        } catch (YamlEngineException e) {
            throw new InputError(source, 1, 1, "YAML: " + e.getMessage().replace('\n', ' '));
        } catch (StackOverflowError e) {
            throw new InputError(source, 1, 1, "nested too deeply (at most " + MAX_DEPTH + " levels)");
        }
    }

    /**
     * Finds the first '[' or '{' that opens a level deeper than {@link #MAX_DEPTH}, outside quotes and
     * comments, or a line that opens more block lists ("- - - …") than that. Nesting by indentation
     * alone deep enough to matter needs megabytes of spaces; the parser's own overflow is caught above.
     */
    static void checkNesting(String source, String text) throws InputError {
        int depth = 0, line = 1, column = 0, dashes = 0;
        char quote = 0;
        boolean comment = false, lineStart = true;
        char previous = '\n';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (lineStart && quote == 0 && depth == 0) {
                if (c == '-' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                    if (++dashes > MAX_DEPTH) throw new InputError(source, line, column, "nested too deeply (at most " + MAX_DEPTH + " levels)");
                } else if (c != ' ') {
                    lineStart = false;
                }
            }
            if (c == '\n') {
                line++;
                column = 0;
                comment = false;
                lineStart = true;
                dashes = 0;
            } else if (comment) {
                // skip to the end of the line
            } else if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                    column++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (previous == '\n' || Character.isWhitespace(previous) || "[{,:".indexOf(previous) >= 0) quote = c;
            } else if (c == '#' && (previous == '\n' || Character.isWhitespace(previous))) {
                comment = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new InputError(source, line, column, "nested too deeply (at most " + MAX_DEPTH + " levels)");
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            previous = c;
        }
    }

    public String source() { return source; }
    public int line() { return node.getStartMark().map(m -> m.getLine() + 1).orElse(1); }
    public int column() { return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1); }

    /** An error located at this node. */
    public InputError error(String problem) { return new InputError(source, line(), column(), problem); }

    public boolean isMap() { return node instanceof MappingNode; }
    public boolean isList() { return node instanceof SequenceNode; }
    public boolean isScalar() { return node instanceof ScalarNode; }

    /** The entries of a mapping in file order; complains about keys not in {@code allowed}. */
    public Map<String, YamlNode> map(Set<String> allowed) throws InputError {
        if (!(node instanceof MappingNode mapping)) throw error("expected a mapping of keys to values");
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(source, tuple.getKeyNode());
            String name = key.string();
            if (!allowed.contains(name)) {
                throw key.error("unknown key '" + name + "' (expected one of: " + String.join(", ", allowed) + ")");
            }
            if (entries.containsKey(name)) throw key.error("key '" + name + "' appears twice");
            entries.put(name, new YamlNode(source, tuple.getValueNode()));
        }
        return entries;
    }

    /** The entries of a mapping in file order, any keys (for mappings whose keys are data, such as parameter names). */
    public Map<String, YamlNode> mapAny() throws InputError {
        if (!(node instanceof MappingNode mapping)) throw error("expected a mapping of keys to values");
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(source, tuple.getKeyNode());
            String name = key.string();
            if (entries.containsKey(name)) throw key.error("key '" + name + "' appears twice");
            entries.put(name, new YamlNode(source, tuple.getValueNode()));
        }
        return entries;
    }

    /** The YAML key node of {@code name} in this mapping, for errors located at a key; this node if absent. */
    public YamlNode keyNode(String name) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) return new YamlNode(source, k);
            }
        }
        return this;
    }

    public List<YamlNode> list() throws InputError {
        if (!(node instanceof SequenceNode sequence)) throw error("expected a list");
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) items.add(new YamlNode(source, item));
        return items;
    }

    public String string() throws InputError {
        if (!(node instanceof ScalarNode scalar)) throw error("expected a single value, not a list or mapping");
        return scalar.getValue();
    }

    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** A finite number; NaN, infinities and non-numbers are errors that say what was found. */
    public double number() throws InputError {
        String text = string().trim();
        Tag tag = node.getTag();
        if (NOT_FINITE.matcher(text).matches()) {
            throw error("'" + text + "' is not a finite number");
        }
        if (!tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT) && !PLAIN_NUMBER.matcher(text).matches()) {
            throw error("expected a number, found '" + text + "'");
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) throw error("'" + text + "' is too large (not a finite number)");
            return value;
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + text + "'");
        }
    }

    /** A whole number within [min, max]. */
    public int integer(int min, int max) throws InputError {
        String text = string().trim();
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + text + "'");
        }
        if (value < min || value > max) throw error("must be between " + min + " and " + max + ", found " + value);
        return value;
    }

    public long longValue() throws InputError {
        String text = string().trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + text + "'");
        }
    }

    public boolean bool() throws InputError {
        String text = string().trim();
        if (text.equals("true")) return true;
        if (text.equals("false")) return false;
        throw error("expected true or false, found '" + text + "'");
    }

    /** A list of finite numbers. */
    public double[] numbers() throws InputError {
        List<YamlNode> items = list();
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) values[i] = items.get(i).number();
        return values;
    }
}
