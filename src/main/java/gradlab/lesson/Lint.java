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
 * does not hold on the step's starting state and does hold after the solution, that none of its wrong
 * approaches completes it, and that checks which need one have a wrong approach. Each problem is one
 * line {@code FILE:LINE:COLUMN: ...}.
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
        LessonFile.Read read = LessonFile.read(file);
        if (read.lesson() == null) return new Report(file, null, 0, 0, read.errors().stream().map(InputError::getMessage).toList());
        Lesson lesson = read.lesson();
        List<String> problems = new ArrayList<>();
        for (Lesson.Step step : lesson.steps()) {
            Lesson.Task task = step.task();
            if (task == null) continue;
            String at = file + ":" + task.line() + ":1: ";
            String where = at + "step " + (step.index() + 1) + " '" + step.title() + "': ";
            if (task.wrongs().isEmpty() && task.checks().stream().anyMatch(Lint::needsWrong)) {
                problems.add(at + "no wrong approach shows that the check discriminates");
            }
            if (task.solution() != null) {
                try {
                    HeadlessLab lab = HeadlessLab.atStep(lesson, step.index());
                    if (allHold(task, lab) == null) problems.add(where + "the task already holds at the step's start");
                    lab.applySolution(task.solution());
                    String failing = allHold(task, lab);
                    if (failing != null) problems.add(where + "the solution does not do the task: " + failing);
                    else problems.addAll(othersThatPass(lesson, step, task, where));
                } catch (InputError e) {
                    problems.add(where + e.getMessage());
                } catch (RuntimeException e) {
                    problems.add(where + "cannot be checked: " + e.getMessage());
                }
            }
            for (Lesson.Wrong wrong : task.wrongs()) {
                String wrongAt = file + ":" + wrong.line() + ":" + wrong.column() + ": ";
                try {
                    HeadlessLab lab = HeadlessLab.atStep(lesson, step.index());
                    lab.applySolution(wrong.approach());
                    if (allHold(task, lab) == null) problems.add(wrongAt + "wrong approach completes the task: " + wrong.because());
                } catch (InputError e) {
                    problems.add(wrongAt + "the wrong approach cannot be tried: " + e.problem());
                } catch (RuntimeException e) {
                    problems.add(wrongAt + "the wrong approach cannot be tried: " + e.getMessage());
                }
            }
        }
        return new Report(file, lesson.title(), lesson.steps().size(), lesson.taskCount(), List.copyOf(problems));
    }

    /**
     * Checks whose outcome a start state and one solution cannot show to discriminate: a wrong approach must
     * show that something near the solution fails (SPEC §7).
     */
    static boolean needsWrong(Check check) {
        return check instanceof Check.LossBelow || check instanceof Check.AccuracyAtLeast || check instanceof Check.Trained
                || check instanceof Check.SurfaceReach || check instanceof Check.GradientRatio || check instanceof Check.Diverged
                || check instanceof Check.Parameter || check instanceof Check.Setting;
    }

    /**
     * Answers and choices are tested without a wrong approach: with the rest of the solution as it is, every
     * other option and the expected value moved by ten tolerances either way (1% of it, at least 0.01, when
     * the tolerance is 0) must fail.
     */
    private static List<String> othersThatPass(Lesson lesson, Lesson.Step step, Lesson.Task task, String where) throws InputError {
        List<String> problems = new ArrayList<>();
        Lesson.Solution solution = task.solution();
        for (Check check : task.checks()) {
            if (check instanceof Check.Answer a && solution.answer() != null) {
                double move = a.tolerance() > 0 ? 10 * a.tolerance() : Math.max(0.01, Math.abs(a.expect()) / 100);
                for (double off : new double[] {a.expect() - move, a.expect() + move}) {
                    HeadlessLab lab = HeadlessLab.atStep(lesson, step.index());
                    lab.applySolution(solution.withAnswer(off));
                    if (allHold(task, lab) == null) {
                        problems.add(where + "the answer " + Words.exact(off) + ", ten tolerances from " + Words.exact(a.expect()) + ", completes the task too");
                    }
                }
            }
            if (check instanceof Check.Choice c && solution.choice() != null) {
                for (int i = 0; i < c.options().size(); i++) {
                    if (i == c.correct()) continue;
                    HeadlessLab lab = HeadlessLab.atStep(lesson, step.index());
                    lab.applySolution(solution.withChoice(i));
                    if (allHold(task, lab) == null) problems.add(where + "option " + i + " '" + c.options().get(i) + "' completes the task too");
                }
            }
        }
        return problems;
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
