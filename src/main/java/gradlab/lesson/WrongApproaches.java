package gradlab.lesson;

import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.lab.LabState;
import gradlab.nn.Network;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a task's wrong approaches (SPEC §7) the student's state matches: its settings equal, its
 * parameters within 1e-9, its answer within the task's tolerance, its choice the one chosen. When a
 * check fails, the matching approach's {@code because} is the first thing the student reads.
 */
public final class WrongApproaches {
    /** How close a parameter must be to a wrong approach's value to count as that value. */
    public static final double PARAMETER_TOLERANCE = 1e-9;

    private WrongApproaches() {}

    /** The first wrong approach of {@code task} that {@code lab} matches, if any. */
    public static Optional<Lesson.Wrong> matching(Lesson.Task task, LabContext lab) {
        for (Lesson.Wrong wrong : task.wrongs()) if (matches(wrong.approach(), task, lab)) return Optional.of(wrong);
        return Optional.empty();
    }

    /**
     * Whether {@code lab} is in the state {@code approach} leads to. Training is not a state: an approach that
     * only trains matches nothing, so its sentence is never shown for a state it cannot recognise.
     */
    static boolean matches(Lesson.Solution approach, Lesson.Task task, LabContext lab) {
        boolean said = false;
        LabState state = lab.state();
        for (Map.Entry<String, YamlNode> e : approach.settings().entrySet()) {
            said = true;
            if (!sameSetting(state, e.getKey(), e.getValue())) return false;
        }
        Network network = lab.network();
        for (Map.Entry<String, Double> p : approach.parameters().entrySet()) {
            said = true;
            if (!network.has(p.getKey()) || !(Math.abs(network.get(p.getKey()) - p.getValue()) <= PARAMETER_TOLERANCE)) return false;
        }
        if (approach.answer() != null) {
            said = true;
            Double typed = lab.answer();
            if (typed == null || !(Math.abs(typed - approach.answer()) <= answerTolerance(task))) return false;
        }
        if (approach.choice() != null) {
            said = true;
            if (!approach.choice().equals(lab.choice())) return false;
        }
        return said;
    }

    private static boolean sameSetting(LabState state, String key, YamlNode value) {
        Object now = state.toMap().get(key);
        Object wanted;
        try {
            wanted = state.with(key, value).toMap().get(key);
        } catch (InputError | RuntimeException e) {
            return false;   // the lesson was checked when it loaded; a value this state refuses is not the student's
        }
        if (now instanceof Number a && wanted instanceof Number b) {
            double x = a.doubleValue(), y = b.doubleValue();
            return x == y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
        }
        return wanted.equals(now);
    }

    /** The tolerance of the task's answer check (0 when it has none). */
    private static double answerTolerance(Lesson.Task task) {
        for (Check c : task.checks()) if (c instanceof Check.Answer a) return a.tolerance();
        return 0;
    }
}
