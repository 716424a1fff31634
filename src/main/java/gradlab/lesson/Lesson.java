package gradlab.lesson;

import gradlab.io.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A lesson file (SPEC §7) as read: its front matter, the introduction, and its steps, each with the
 * step's Markdown text, the {@code lab} state it starts from (or null: it keeps the previous step's) and
 * its {@code task} (or null).
 */
public record Lesson(Path file, String title, int order, List<String> notes, String intro, List<Step> steps) {
    public record Step(int index, String title, int line, String text, Lab lab, Task task) {}

    /**
     * A {@code lab} block. {@code settings} are window settings by LabState's names (each checked when
     * read); {@code network} is resolved against the lesson's folder; {@code init} re-draws the weights.
     */
    public record Lab(int line, Path network, String data, Map<String, YamlNode> settings, String init, List<String> show,
                      String surface, double[] start, List<String> lock) {}

    /** A {@code task} block; {@code wrongs} are what a student may try that must not complete it. */
    public record Task(int line, String goal, List<Check> checks, List<String> hints, Solution solution, List<Wrong> wrongs) {}

    /** What lint applies to prove a task can be done: parameters, settings, training, an answer, a choice. */
    public record Solution(Map<String, Double> parameters, Map<String, YamlNode> settings, int trainEpochs, Double answer,
                           Integer choice) {
        /** This solution with the typed answer replaced: lint tries answers off by ten tolerances. */
        public Solution withAnswer(double a) { return new Solution(parameters, settings, trainEpochs, a, choice); }

        /** This solution with another option chosen: lint tries every other option. */
        public Solution withChoice(int c) { return new Solution(parameters, settings, trainEpochs, answer, c); }
    }

    /**
     * A {@code wrong} approach (SPEC §7): a solution that must not complete the task, and {@code because}, the
     * sentence the student reads when their state matches it. {@code line} and {@code column} locate the item.
     */
    public record Wrong(int line, int column, Solution approach, String because) {}

    public int taskCount() {
        return (int) steps.stream().filter(s -> s.task() != null).count();
    }

    /** The lab block in force at step {@code index}: the step's own, else the nearest one before it. */
    public Lab labAt(int index) {
        for (int i = index; i >= 0; i--) if (steps.get(i).lab() != null) return steps.get(i).lab();
        return null;
    }
}
