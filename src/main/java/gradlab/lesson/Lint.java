package gradlab.lesson;

import gradlab.io.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code lint} (SPEC §7): loads every lesson and, for every task with a solution, proves that the task
 * does not hold on the step's starting state and does hold after the solution. Each problem is one line
 * {@code FILE:LINE:COLUMN: ...}.
 */
public final class Lint {
    public record Report(Path file, String title, int steps, int tasks, List<String> problems) {}

    private Lint() {}

    /** The lesson files of {@code path}: the file itself, or every .md file of a folder but README.md, sorted. */
    public static List<Path> lessonFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
    }

    public static Report check(Path file) {
        Lesson lesson;
        try {
            lesson = LessonFile.load(file);
        } catch (InputError e) {
            return new Report(file, null, 0, 0, List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (Lesson.Step step : lesson.steps()) {
            Lesson.Task task = step.task();
            if (task == null || task.solution() == null) continue;
            String where = file + ":" + task.line() + ":1: step " + (step.index() + 1) + " '" + step.title() + "': ";
            try {
                HeadlessLab lab = HeadlessLab.atStep(lesson, step.index());
                if (allHold(task, lab) == null) problems.add(where + "the task already holds at the step's start");
                lab.applySolution(task.solution());
                String failing = allHold(task, lab);
                if (failing != null) problems.add(where + "the solution does not do the task: " + failing);
            } catch (InputError e) {
                problems.add(where + e.getMessage());
            } catch (RuntimeException e) {
                problems.add(where + "cannot be checked: " + e.getMessage());
            }
        }
        return new Report(file, lesson.title(), lesson.steps().size(), lesson.taskCount(), List.copyOf(problems));
    }

    /** Null when every check holds, else what the first failing one says. */
    static String allHold(Lesson.Task task, LabContext lab) {
        for (Check check : task.checks()) {
            Check.Result r = check.evaluate(lab);
            if (!r.holds()) return r.detail();
        }
        return null;
    }
}
