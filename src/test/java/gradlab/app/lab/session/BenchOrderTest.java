package gradlab.app.lab.session;

import gradlab.lab.ImmediateExecutor;
import gradlab.lab.EngineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.stepper.StepperModel;
import gradlab.lab.LabState;
import gradlab.nn.NetworkFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network and the data change together: whoever follows one (the stepper) never meets a network and
 * data that do not fit each other, whatever order a new network, a lesson step or undo brings them in.
 */
class BenchOrderTest {
    private final LabModel lab = new LabModel();
    private final TrainingModel training = new TrainingModel(lab, EngineRunner.on(new ImmediateExecutor()));
    private final StepperModel stepper = new StepperModel(lab, new Selection(lab), training);
    private final List<Throwable> thrown = new ArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @BeforeEach
    void catchWhatListenersThrow() {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));   // where a property's listener's exception goes
    }

    @AfterEach
    void stop() {
        Thread.currentThread().setUncaughtExceptionHandler(before);
        training.close();
    }

    /** Lesson 6's set-up: a 2-3-2 network on a CSV with two target columns. */
    private void lessonSix() throws Exception {
        lab.setUp(NetworkFile.load(Path.of("lessons/networks/backprop-2-3-2.yaml")),
                LabState.defaults().with("data", "lessons/data/backprop-sample.csv"));
    }

    @Test
    void aNewPlaygroundNetworkAfterLessonSixThrowsNothing() throws Exception {
        stepper.stepForward();   // the stepper on: it restarts whenever the network or the data changes
        lessonSix();
        assertEquals(2, lab.network().outputSize());
        lab.newDefaultNetwork();
        assertEquals(List.of(), thrown, "no listener met a 1-output network with 2-column data");
        assertEquals(1, lab.network().outputSize());
        assertTrue(stepper.stepThrough() != null, "the stepper walks the new network");
    }

    @Test
    void aLessonStepAndUndoBringNetworkAndDataTogether() throws Exception {
        stepper.stepForward();
        lessonSix();
        lab.newXorByHand();
        lab.undo();
        lab.undo();
        lab.redo();
        assertEquals(List.of(), thrown);
        assertEquals(lab.dataset().targetCount(), lab.network().outputSize());
    }
}
