package gradlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.lab.LabState;
import gradlab.lab.Presets;
import gradlab.lesson.HeadlessLab;
import gradlab.lesson.LabContext;
import gradlab.lesson.Lesson;
import gradlab.lesson.LessonFile;
import gradlab.lesson.Lint;
import gradlab.lesson.Progress;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.surface.Surface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson model over a window that is only its state: what the student reads after a check. */
class LessonModelTest {
    /** A window reduced to what a lesson sets up and checks. */
    static final class FakeWindow implements LessonModel.Target {
        Network network = Presets.playground();
        LabState state = LabState.defaults();
        Surface surface;
        double[] start;
        List<String> show = List.of(), lock = List.of();
        final List<String> said = new ArrayList<>();

        @Override public void setUp(HeadlessLab.SetUp s) {
            network = s.network();
            state = s.state();
            surface = s.surface();
            start = s.start();
            show = s.show();
            lock = s.lock();
        }

        @Override public LabContext context(Double answer, Integer choice) {
            return new LabContext() {
                @Override public Network network() { return network; }
                @Override public Dataset trainingData() { return null; }
                @Override public LabState state() { return state; }
                @Override public int epochsTrained() { return 0; }
                @Override public boolean diverged() { return false; }
                @Override public Double answer() { return answer; }
                @Override public Integer choice() { return choice; }
                @Override public Surface surface() { return surface; }
                @Override public double[] surfaceStart() { return start; }
            };
        }

        @Override public void say(String message, boolean error) { said.add(message); }
    }

    static final String RAVINE = """
            ---
            title: Momentum
            ---
            ## The ravine
            ```lab
            surface: ravine
            start: [-4, 1]
            optimizer: sgd
            learningRate: 0.099
            show: [surface]
            ```
            ```task
            goal: Get within 0.001 of the minimum in at most 30 steps.
            check:
              - surface: {reach: [0, 0], within: 0.001, steps-at-most: 30}
            hints:
              - Try momentum.
            solution:
              settings: {optimizer: momentum, learningRate: 0.1, momentum: 0.3}
            wrong:
              - settings: {optimizer: sgd, learningRate: 0.09}
                because: Plain descent at its best rate still ends 0.01 away.
            ```
            """;

    @Test
    void whenTheStudentsStateIsAWrongApproachItsBecauseComesFirstBeforeAnyHint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ravine.md");
        Files.writeString(file, RAVINE);
        Lesson lesson = LessonFile.load(file);
        FakeWindow window = new FakeWindow();
        LessonModel model = new LessonModel(window, Progress.load(dir.resolve("progress.yaml")));
        model.open(lesson);

        model.check(null, null);
        String plain = model.pictureProperty().get().result();
        assertTrue(plain.startsWith("Not yet: after 30 steps"), plain);

        window.state = window.state.with("learningRate", 0.09);
        model.check(null, null);
        String result = model.pictureProperty().get().result();
        assertTrue(result.startsWith("Plain descent at its best rate still ends 0.01 away.\nNot yet: "), result);
        assertEquals(1, model.pictureProperty().get().hintsShown());
    }

    /** Everything a step's set-up decides, as text: network, settings, data file, surface, start, panels, locks. */
    static String lab(FakeWindow w) {
        return NetworkFile.format(w.network) + w.state.toYaml() + (w.surface == null ? "no surface" : w.surface.title())
                + Arrays.toString(w.start) + " show " + w.show + " lock " + w.lock;
    }

    @Test
    void enteringAStepContinuingThereAfterARestartAndResetStepGiveTheSameLabInEveryStepOfTheCourse(@TempDir Path dir) throws Exception {
        int compared = 0;
        for (Path file : Lint.lessonFiles(Path.of("lessons"))) {
            Lesson lesson = LessonFile.load(file);
            Path progressFile = dir.resolve(file.getFileName() + ".progress.yaml");
            FakeWindow inOrder = new FakeWindow();
            LessonModel walking = new LessonModel(inOrder, Progress.load(progressFile));
            walking.open(lesson);
            for (int k = 0; k < lesson.steps().size(); k++) {
                if (k > 0) walking.next();
                String entered = lab(inOrder);
                String where = lesson.file().getFileName() + " step " + (k + 1);

                FakeWindow restarted = new FakeWindow();   // a new window: the playground, as the program opens
                LessonModel continuing = new LessonModel(restarted, Progress.load(progressFile));
                continuing.open(lesson);
                assertEquals(k, continuing.pictureProperty().get().index(), where + ": Continue opens the step reached");
                assertEquals(entered, lab(restarted), where + ": Continue after a restart");

                inOrder.state = inOrder.state.with("learningRate", 0.777).with("batch", 3);
                inOrder.network.set("layers.0.biases[0]", 0.4242);
                inOrder.show = List.of("compare");
                walking.resetStep();
                assertEquals(entered, lab(inOrder), where + ": Reset step");
                compared++;
            }
        }
        assertTrue(compared >= 40, compared + " steps compared");
    }

    /** Two number tasks, a step to read, and a question with options. */
    static final String FOUR_STEPS = """
            ---
            title: Four steps
            ---
            ## One quarter
            ```task
            goal: What is one quarter?
            check:
              - answer: {expect: 0.25, tolerance: 0.001}
            ```
            ## One half
            ```task
            goal: What is one half?
            check:
              - answer: {expect: 0.5, tolerance: 0.001}
            hints:
              - Two quarters.
            wrong:
              - answer: 2
                because: That is two, not a half.
            ```
            ## Read this
            Only words here.
            ## Which is larger
            ```task
            goal: Which is larger?
            check:
              - choice: {options: [a quarter, a half], correct: 1}
            ```
            """;

    static Lesson fourSteps(Path dir) throws Exception {
        Path file = dir.resolve("four.md");
        Files.writeString(file, FOUR_STEPS);
        return LessonFile.load(file);
    }

    static Progress.Entry done(int step, Integer... steps) {
        Progress.Entry e = Progress.Entry.empty().withStep(step);
        for (int s : steps) e = e.withDone(s);
        return e;
    }

    /** A tester's Continue opened the step just finished; it opens the first step after the last finished one not yet done. */
    @Test
    void continueOpensTheFirstUnfinishedStepAfterTheLastFinishedOne(@TempDir Path dir) throws Exception {
        Lesson four = fourSteps(dir);
        assertEquals(0, LessonModel.resumeAt(four, Progress.Entry.empty()), "never opened: step 1");
        assertEquals(1, LessonModel.resumeAt(four, done(1)), "nothing finished: where the student was");
        assertEquals(1, LessonModel.resumeAt(four, done(0, 0)), "step 1 done and still open: step 2, not step 1 again");
        assertEquals(2, LessonModel.resumeAt(four, done(1, 0, 1)), "the step to read, not yet gone past");
        assertEquals(3, LessonModel.resumeAt(four, done(3, 0, 1)), "the step to read was gone past: finished");
        assertEquals(1, LessonModel.resumeAt(four, done(3, 0, 3)), "the last task done, step 2's skipped: back to step 2");
        assertEquals(0, LessonModel.resumeAt(four, done(3, 0, 1, 3)), "every task done: the lesson is reviewed from step 1");

        Progress progress = Progress.load(dir.resolve("progress.yaml"));
        LessonModel model = new LessonModel(new FakeWindow(), progress);
        model.open(four);
        model.check(0.25, null);
        model.close();   // back to the list with step 1 done and open
        LessonModel again = new LessonModel(new FakeWindow(), Progress.load(dir.resolve("progress.yaml")));
        again.open(four);
        assertEquals(1, again.pictureProperty().get().index(), "Continue opens step 2");
    }

    /** A tester's typed answer was gone after Continue though the step was marked done: it comes back, with its feedback. */
    @Test
    void theAnswerLastGivenAndItsFeedbackComeBackWhenTheStepIsEnteredAgain(@TempDir Path dir) throws Exception {
        Lesson four = fourSteps(dir);
        Path file = dir.resolve("progress.yaml");
        LessonModel model = new LessonModel(new FakeWindow(), Progress.load(file));
        model.open(four);
        model.check(0.25, null);
        model.next();
        model.check(2.0, null);
        String said = model.pictureProperty().get().result();
        assertEquals("That is two, not a half.\nNot yet: 2 is not it.", said);
        model.goTo(3);
        model.check(null, 0);

        LessonModel reopened = new LessonModel(new FakeWindow(), Progress.load(file));   // after a restart
        reopened.open(four);
        LessonModel.StepPicture p = reopened.pictureProperty().get();
        assertEquals(3, p.index(), "the step to read was gone past: the question is the first unfinished step");
        assertEquals(0, p.choice(), "the option chosen");
        assertEquals("Not yet: 'a quarter' is not it.", p.result());
        reopened.goTo(1);
        p = reopened.pictureProperty().get();
        assertEquals(2.0, p.answer(), "the number typed");
        assertEquals(said, p.result(), "the feedback it had, the wrong approach's words first");
        assertEquals(1, p.hintsShown(), "entering the step again shows no more hints than before");
        reopened.goTo(0);
        p = reopened.pictureProperty().get();
        assertEquals(0.25, p.answer());
        assertTrue(p.done() && p.result().isEmpty(), "a done step: the panel says it was done earlier");
    }
}
