package gradlab.app.lesson;

import gradlab.io.InputError;
import gradlab.lesson.Check;
import gradlab.lesson.HeadlessLab;
import gradlab.lesson.LabContext;
import gradlab.lesson.Lesson;
import gradlab.lesson.Progress;
import gradlab.lesson.WrongApproaches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A lesson being worked through: which step is open, what its task's last check said, how many hints
 * are showing, and the student's progress (saved after every change). Entering a step hands its lab
 * set-up to the window through {@link Target}; checks run against the window's {@link LabContext}.
 */
public final class LessonModel {
    /** What the window does for a lesson: set itself up as a step says, and be checked. */
    public interface Target {
        /** Sets the window up: network, settings, data, surface, panels shown, controls locked. */
        void setUp(HeadlessLab.SetUp setUp);

        /** The window's state as checks see it, with the panel's typed answer and chosen option. */
        LabContext context(Double answer, Integer choice);

        /** Says something in the status bar (an error looks like one). */
        void say(String message, boolean error);
    }

    /** What the panel shows for the open step. */
    public record StepPicture(Lesson lesson, int index, Lesson.Step step, boolean done, String result, boolean passed,
                              int hintsShown, Set<Integer> doneSteps) {}

    private final Target target;
    private final Progress progress;
    private final ReadOnlyObjectWrapper<StepPicture> picture = new ReadOnlyObjectWrapper<>();
    private Lesson lesson;
    private int index;
    private String result = "";
    private boolean passed;

    public LessonModel(Target target, Progress progress) {
        this.target = target;
        this.progress = progress;
    }

    public ReadOnlyObjectProperty<StepPicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public Lesson lesson() { return lesson; }
    public Progress progress() { return progress; }

    /** Opens {@code next} at the step the student reached last time. */
    public void open(Lesson next) {
        lesson = next;
        int reached = progress.of(key()).step();
        goTo(Math.min(reached, next.steps().size() - 1));
    }

    public void close() {
        lesson = null;
        picture.set(null);
    }

    private String key() { return progress.keyOf(lesson); }

    /**
     * Enters step {@code i}: sets the window up as the step starts, from the nearest lab block at or before
     * it. Entering in order, continuing there after a restart and Reset step give the same lab.
     */
    public void goTo(int i) {
        if (lesson == null || i < 0 || i >= lesson.steps().size()) return;
        index = i;
        result = "";
        passed = false;
        setUpStep();
        save(progress.of(key()).withStep(i));
        publish();
    }

    public void next() { goTo(index + 1); }
    public void back() { goTo(index - 1); }

    /** Puts the window back as the step started it (its own lab block, or the nearest one before it). */
    public void resetStep() {
        if (lesson == null) return;
        setUpStep();
        result = "";
        passed = false;
        publish();
    }

    private void setUpStep() {
        try {
            HeadlessLab.SetUp s = HeadlessLab.startOf(lesson, index);
            target.setUp(s);
        } catch (InputError e) {
            target.say(e.getMessage(), true);
        }
    }

    /**
     * Runs the step's checks against the window. A pass marks the task done; a failure says why (first the
     * {@code because} of a wrong approach the student's state matches) and, after each failed check, shows
     * one more hint.
     */
    public void check(Double answer, Integer choice) {
        Lesson.Task task = currentTask();
        if (task == null) return;
        if (answer != null) save(progress.of(key()).withAnswer(index, answer));
        String failing = null;
        LabContext context = target.context(answer, choice);
        for (Check c : task.checks()) {
            Check.Result r = c.evaluate(context);
            if (!r.holds()) {
                failing = r.detail();
                break;
            }
        }
        passed = failing == null;
        if (passed) {
            result = "✔ Done. " + (index + 1 < lesson.steps().size() ? "On to the next step." : "That was the last step of this lesson.");
            save(progress.of(key()).withDone(index));
        } else {
            String because = WrongApproaches.matching(task, context).map(w -> w.because() + "\n").orElse("");
            result = because + "Not yet: " + failing + ".";
            int shown = Math.min(task.hints().size(), progress.of(key()).hints().getOrDefault(index, 0) + 1);
            save(progress.of(key()).withHints(index, shown));
        }
        publish();
    }

    /**
     * A check that costs nothing to run (truth tables, outputs, units, parameters, settings) runs after
     * every edit, so a truth table whose rows all turn right completes its task without a click.
     */
    /** Live checks run so far, counted by tests (what one edit costs), never read by the program. */
    static final AtomicLong LIVE_CHECKS = new AtomicLong();

    public void checkLive() {
        Lesson.Task task = currentTask();
        if (task == null || passed || isDone()) return;
        LIVE_CHECKS.incrementAndGet();
        for (Check c : task.checks()) {
            if (!(c instanceof Check.TruthTable || c instanceof Check.Outputs || c instanceof Check.Unit
                    || c instanceof Check.Parameter || c instanceof Check.Setting)) return;
        }
        LabContext context = target.context(null, null);
        for (Check c : task.checks()) if (!c.evaluate(context).holds()) return;
        passed = true;
        result = "✔ Done. " + (index + 1 < lesson.steps().size() ? "On to the next step." : "That was the last step of this lesson.");
        save(progress.of(key()).withDone(index));
        publish();
    }

    /** Shows one more hint, whatever the student did: e.g. after a second divergence the next hint appears. */
    public void revealHint() {
        Lesson.Task task = currentTask();
        if (task == null) return;
        int shown = Math.min(task.hints().size(), progress.of(key()).hints().getOrDefault(index, 0) + 1);
        save(progress.of(key()).withHints(index, shown));
        publish();
    }

    private boolean isDone() { return progress.of(key()).done().contains(index); }

    private Lesson.Task currentTask() {
        return lesson == null ? null : lesson.steps().get(index).task();
    }

    private void save(Progress.Entry entry) {
        progress.put(key(), entry).ifPresent(problem -> target.say(problem, true));
    }

    private void publish() {
        Progress.Entry entry = progress.of(key());
        picture.set(new StepPicture(lesson, index, lesson.steps().get(index), entry.done().contains(index), result, passed,
                entry.hints().getOrDefault(index, 0), entry.done()));
    }

    /** The lessons' titles in order, for lists. */
    public static List<Lesson> sorted(List<Lesson> lessons) {
        List<Lesson> out = new ArrayList<>(lessons);
        out.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::title));
        return out;
    }
}
