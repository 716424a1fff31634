package gradlab.app.lesson;

import gradlab.io.InputError;
import gradlab.lesson.Check;
import gradlab.lesson.HeadlessLab;
import gradlab.lesson.LabContext;
import gradlab.lesson.Lesson;
import gradlab.lesson.Progress;
import gradlab.lesson.WrongApproaches;
import gradlab.io.YamlNode;
import gradlab.lab.LabState;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
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

    /**
     * What the panel shows for the open step; {@code answer} and {@code choice}: what the student last typed or
     * chose for it (kept in the progress file), null when nothing.
     */
    public record StepPicture(Lesson lesson, int index, Lesson.Step step, boolean done, String result, boolean passed,
                              int hintsShown, Set<Integer> doneSteps, Double answer, Integer choice, String earlier) {}

    private final Target target;
    private final Progress progress;
    private final ReadOnlyObjectWrapper<StepPicture> picture = new ReadOnlyObjectWrapper<>();
    private Lesson lesson;
    private int index;
    private String result = "";
    private boolean passed;
    private boolean labKept;   // the open done step shows the lab its task was done with

    public LessonModel(Target target, Progress progress) {
        this.target = target;
        this.progress = progress;
    }

    public ReadOnlyObjectProperty<StepPicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public Lesson lesson() { return lesson; }
    public Progress progress() { return progress; }

    /** Opens {@code next} where Continue goes: {@link #resumeAt}. */
    public void open(Lesson next) {
        lesson = next;
        goTo(resumeAt(next, progress.of(key())));
    }

    /**
     * The step Continue opens: the first unfinished step after the last finished one; when every step after
     * that is finished, the first unfinished step before it (a task skipped); when every task is done (or every
     * step of a lesson without tasks is finished), step 1, to review the lesson from its start. A step with a
     * task is finished when its task is done; a step without one when the student has gone on past it (to a
     * later step entered or done). With no step finished, the step entered last (step 1 for a lesson never opened).
     */
    public static int resumeAt(Lesson lesson, Progress.Entry entry) {
        int n = lesson.steps().size();
        if (n == 0) return 0;
        if (lesson.taskCount() > 0 && doneTasks(lesson, entry) == lesson.taskCount()) return 0;
        int reached = entry.step();
        for (int d : entry.done()) reached = Math.max(reached, d);
        boolean[] finished = new boolean[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            finished[i] = lesson.steps().get(i).task() != null ? entry.done().contains(i) : i < reached;
            if (finished[i]) last = i;
        }
        if (last < 0) return Math.min(entry.step(), n - 1);   // nothing finished yet: where the student was
        for (int i = last + 1; i < n; i++) if (!finished[i]) return i;
        for (int i = 0; i < n; i++) if (!finished[i]) return i;
        return 0;
    }

    /** How many of {@code lesson}'s tasks {@code entry} has done (a step index beyond the lesson's steps counts for none). */
    public static int doneTasks(Lesson lesson, Progress.Entry entry) {
        int count = 0;
        for (int d : entry.done()) if (d < lesson.steps().size() && lesson.steps().get(d).task() != null) count++;
        return count;
    }

    public void close() {
        lesson = null;
        picture.set(null);
    }

    private String key() { return progress.keyOf(lesson); }

    /**
     * Enters step {@code i}: sets the window up as the step starts, from the nearest lab block at or before
     * it. Entering in order, continuing there after a restart and Reset step give the same lab; but a step whose
     * task was done with the lab (not a typed answer) shows the network and settings it was done with, kept in the
     * progress file, so that "Done earlier" stands beside what was done (Reset step still gives the lesson's lab).
     */
    public void goTo(int i) {
        if (lesson == null || i < 0 || i >= lesson.steps().size()) return;
        index = i;
        result = "";
        passed = false;
        labKept = false;
        if (!(isDone() && keptLab())) setUpStep();
        save(progress.of(key()).withStep(i));
        restoreFeedback();
        publish();
    }

    /**
     * A step whose task only asks for a number or an option, entered with the student's last answer to it kept:
     * the answer's feedback again, as the check said it (a done task's says "Done earlier", shown by the panel).
     * Nothing is counted: no hint is added.
     */
    private void restoreFeedback() {
        Lesson.Task task = currentTask();
        Progress.Entry entry = progress.of(key());
        if (task == null || entry.done().contains(index)) return;
        Double answer = entry.answers().get(index);
        Integer choice = entry.choices().get(index);
        if (answer == null && choice == null) return;
        for (Check c : task.checks()) if (!(c instanceof Check.Answer || c instanceof Check.Choice)) return;   // the lab was set up afresh
        Verdict v = judge(task, target.context(answer, choice));
        result = v.text();
        passed = v.passed();
        if (passed) save(progress.of(key()).withDone(index));
    }

    private String doneText() {
        return "✔ Done. " + (index + 1 < lesson.steps().size() ? "On to the next step." : "That was the last step of this lesson.");
    }

    /** What a check says: passed, and the words the student reads. */
    private record Verdict(boolean passed, String text) {}

    private Verdict judge(Lesson.Task task, LabContext context) {
        for (Check c : task.checks()) {
            Check.Result r = c.evaluate(context);
            if (!r.holds()) {
                String because = WrongApproaches.matching(task, context).map(w -> w.because() + "\n").orElse("");
                return new Verdict(false, because + "Not yet: " + r.detail() + ".");
            }
        }
        return new Verdict(true, doneText());
    }

    public void next() { goTo(index + 1); }
    public void back() { goTo(index - 1); }

    /** Puts the window back as the step started it (its own lab block, or the nearest one before it). */
    public void resetStep() {
        if (lesson == null) return;
        labKept = false;
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
        if (choice != null) save(progress.of(key()).withChoice(index, choice));
        Verdict v = judge(task, target.context(answer, choice));
        passed = v.passed();
        result = v.text();
        if (passed) {
            save(keep(progress.of(key()).withDone(index), task));
        } else {
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
        result = doneText();
        save(keep(progress.of(key()).withDone(index), task));
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

    /** Whether {@code task} looks at the lab (not only at a typed number or a chosen option). */
    private static boolean looksAtLab(Lesson.Task task) {
        return task.checks().stream().anyMatch(c -> !(c instanceof Check.Answer || c instanceof Check.Choice));
    }

    /** {@code entry} with the lab as it is now kept for the open step, when its task looks at the lab. */
    private Progress.Entry keep(Progress.Entry entry, Lesson.Task task) {
        if (!looksAtLab(task)) return entry;
        LabContext now = target.context(null, null);
        if (now.network() == null) return entry;
        return entry.withKept(index, new Progress.Kept(NetworkFile.format(now.network()), now.state().toYaml()));
    }

    /**
     * Sets the window up with the lab the open step's task was done with (the step's panels, locks and surface),
     * when one is kept and still reads; false (nothing done) otherwise.
     */
    private boolean keptLab() {
        Progress.Kept kept = progress.of(key()).kept().get(index);
        if (kept == null) return false;
        try {
            HeadlessLab.SetUp start = HeadlessLab.startOf(lesson, index);
            Network network = NetworkFile.parse("progress", kept.network());
            LabState state = LabState.fromYaml(YamlNode.parse("progress", kept.settings()), start.state());
            target.setUp(new HeadlessLab.SetUp(network, state, start.csv(), start.surface(), start.start(), start.show(), start.lock()));
            labKept = true;
            return true;
        } catch (InputError | RuntimeException e) {
            return false;   // the step starts afresh; the panel says so
        }
    }

    /** What a done step says when nothing was checked since it was entered: whether the lab shows what was done. */
    private String earlier() {
        Lesson.Task task = currentTask();
        if (task == null || !looksAtLab(task)) return "✔ Done earlier.";
        return labKept ? "✔ Done earlier: the lab is as you left it then. ⟲ Reset step starts the step afresh."
                : "✔ Done earlier. The lab is as the step starts, not as you left it.";
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
                entry.hints().getOrDefault(index, 0), entry.done(), entry.answers().get(index), entry.choices().get(index), earlier()));
    }

    /** The lessons' titles in order, for lists. */
    public static List<Lesson> sorted(List<Lesson> lessons) {
        List<Lesson> out = new ArrayList<>(lessons);
        out.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::title));
        return out;
    }
}
