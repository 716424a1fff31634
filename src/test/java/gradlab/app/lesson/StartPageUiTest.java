package gradlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.common.TextAudit;
import gradlab.app.shell.GradientLabApp;
import gradlab.lesson.Lesson;
import gradlab.lesson.LessonFile;
import gradlab.lesson.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The start page tells the student what happened to their progress and to the lessons that did not load. */
@ExtendWith(ApplicationExtension.class)
class StartPageUiTest {
    StartPage page;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            page = new StartPage(() -> { }, () -> { }, () -> { }, () -> { });
            Scene scene = new Scene(page, 1100, 800);
            GradientLabApp.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aProgressFileSetAsideIsSaidOnTheStartPageWithWhenAndWhy(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("gradlab-start");
        Path file = dir.resolve("progress.yaml");
        Files.writeString(file, "lessons: {a: {step: [oops\n");
        Progress progress = Progress.load(file);
        robot.interact(() -> page.show(List.of(), progress, List.of(), l -> { }));
        Label notice = robot.lookup("#progress-notice").queryAs(Label.class);
        assertTrue(notice.isVisible(), "the notice is on the page");
        assertTrue(notice.getText().startsWith("At ") && notice.getText().contains("could not be read (" + file + ":"), notice.getText());
        robot.interact(() -> page.show(List.of(), Progress.load(dir.resolve("fresh.yaml")), List.of(), l -> { }));
        assertFalse(robot.lookup("#progress-notice").query().isVisible(), "nothing to say: no notice");
    }

    @Test
    void everyErrorOfABrokenLessonHasItsOwnLineAndAFolderHasAWayBack(FxRobot robot) {
        List<String> broken = List.of("x.md:14:1: unknown key 'learnRate'", "x.md:22:18: unknown gate 'xand'");
        AtomicInteger back = new AtomicInteger();
        robot.interact(() -> {
            page.show(List.of(), Progress.load(Path.of("no-such-folder/progress.yaml")), broken, l -> { });
            page.showSource("Lessons from /somewhere", back::incrementAndGet);
        });
        assertEquals(broken, robot.lookup(".lesson-problem").queryAllAs(Label.class).stream().map(Label::getText).toList());
        robot.clickOn("#back-to-course");
        assertEquals(1, back.get());
        robot.interact(() -> page.showSource("The built-in course", null));
        assertFalse(robot.lookup("#back-to-course").query().isVisible(), "in the course there is nothing to go back to");
    }

    /** A lesson with every task done offers a review, not "Continue" as if something were left. */
    @Test
    void aFinishedLessonOffersAReview(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("gradlab-start");
        Files.writeString(dir.resolve("one.md"), "---\ntitle: One\n---\n## Only step\nWords.\n```task\ngoal: Say 1.\ncheck:\n  - answer: {expect: 1, tolerance: 0.1}\n```\n");
        Lesson lesson = LessonFile.load(dir.resolve("one.md"));
        Progress progress = Progress.load(dir.resolve("progress.yaml"));
        robot.interact(() -> page.show(List.of(lesson), progress, List.of(), l -> { }));
        assertEquals("Start →", robot.lookup("#lesson-1").queryAs(Button.class).getText());
        progress.put(progress.keyOf(lesson), Progress.Entry.empty().withDone(0));
        robot.interact(() -> page.show(List.of(lesson), progress, List.of(), l -> { }));
        assertEquals("Review from step 1 →", robot.lookup("#lesson-1").queryAs(Button.class).getText());
    }

    /** A tester's Continue said nothing of where it went, and went to the step just finished. */
    @Test
    void continueSaysTheStepItOpensTheFirstNotDoneAfterTheLastDone(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("gradlab-start");
        Lesson four = LessonModelTest.fourSteps(dir);
        Progress progress = Progress.load(dir.resolve("progress.yaml"));
        progress.put(progress.keyOf(four), Progress.Entry.empty().withStep(1).withDone(0).withDone(1));   // left on step 2, done
        robot.interact(() -> page.show(List.of(four), progress, List.of(), l -> { }));
        Button go = robot.lookup("#lesson-1").queryAs(Button.class);
        assertEquals("Continue at step 3 →", go.getText());
        assertEquals("Opens step 3 of 4: Read this", go.getTooltip().getText());
    }

    /** The bars' widths on the page as shown, after a layout. */
    List<Double> barWidths(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".progress-bar").queryAllAs(ProgressBar.class).stream().map(ProgressBar::getWidth).toList();
    }

    /** The progress bars were squeezed to a sliver in presenter mode's large type: they keep their length. */
    @Test
    void theProgressBarsKeepTheirLengthInLargeType(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("gradlab-start");
        List<Lesson> lessons = new ArrayList<>();
        for (String title : List.of("Sigmoid neurons: the learning slowdown and cross-entropy", "Why a step against the gradient lowers the loss",
                "Plateaus, saddle points and local minima")) {
            Path file = dir.resolve(lessons.size() + ".md");
            Files.writeString(file, "---\ntitle: \"" + title + "\"\nnotes: [003, 002, 000]\n---\n## Only step\n```task\ngoal: Say 1.\ncheck:\n  - answer: {expect: 1, tolerance: 0.1}\n```\n");
            lessons.add(LessonFile.load(file));
        }
        Progress progress = Progress.load(dir.resolve("progress.yaml"));
        progress.put(progress.keyOf(lessons.get(0)), Progress.Entry.empty().withStep(0).withHints(0, 1));
        robot.interact(() -> {
            page.getScene().getWindow().setWidth(1280);
            page.getScene().getWindow().setHeight(720);
            page.show(lessons, progress, List.of(), l -> { });
        });
        List<Double> normal = barWidths(robot);
        robot.interact(() -> page.setStyle("-fx-font-size: 24px;"));   // large type, as presenting sets it
        List<Double> large = barWidths(robot);
        robot.interact(() -> page.setStyle(""));
        assertEquals(3, normal.size());
        assertEquals(normal, large, "the bars in large type as long as in normal type");
        assertTrue(normal.stream().allMatch(w -> w >= 120), "long enough to read a third from: " + normal);
    }

    /** Presenting on a 1024 × 768 projector, the subtitle and the buttons below the list were cut to "…". */
    @Test
    void inLargeTypeOnA1024PixelScreenEveryTextOnThePageShowsWhole(FxRobot robot) {
        LessonLibrary.Loaded course = LessonLibrary.load(Path.of("lessons"));
        Progress progress = Progress.load(Path.of("no-such-folder/progress.yaml"));
        robot.interact(() -> {
            page.getScene().getWindow().setWidth(1024);
            page.getScene().getWindow().setHeight(768);
            page.setStyle("-fx-font-size: 24px;");
            page.show(course.lessons(), progress, List.of(), l -> { });
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (TextAudit.Problem p : TextAudit.measure(page.getScene(), "start", TextAudit.PRESENTER_MINIMUM)) problems.add(p.line());
            page.setStyle("");
        });
        assertEquals(List.of(), problems);
    }
}
