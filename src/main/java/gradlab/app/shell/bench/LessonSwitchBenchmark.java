package gradlab.app.shell.bench;

import gradlab.app.shell.GradientLabApp;
import gradlab.app.lesson.LessonLibrary;
import gradlab.app.shell.Shell;
import gradlab.lesson.Lesson;
import gradlab.lesson.LessonFile;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long a lesson takes to open and a step to switch, in the real window: reading the lesson file,
 * then for every step of every lesson, setting the lab up as the step says and laying the window out.
 * Prints the median and the slowest. Needs a display (a desktop, or Xvfb):
 * {@code java -cp target/gradlab.jar gradlab.app.shell.bench.LessonSwitchBenchmark}
 */
public final class LessonSwitchBenchmark {
    private LessonSwitchBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("gradlab.home", Files.createTempDirectory("gradlab-bench").toString());
        CountDownLatch done = new CountDownLatch(1);
        List<Double> opens = new ArrayList<>(), switches = new ArrayList<>();
        Platform.startup(() -> {
            Shell shell = new Shell();
            Stage stage = GradientLabApp.showStyled(shell.root(), 1600, 1000);
            Scene scene = stage.getScene();
            try {
                for (int round = 0; round < 2; round++) {   // the first round warms the JIT up; the second is timed
                    for (Lesson listed : LessonLibrary.load(LessonLibrary.courseFolder()).lessons()) {
                        long t0 = System.nanoTime();
                        Lesson lesson = LessonFile.load(listed.file());
                        shell.openLesson(lesson);
                        shell.lessons().goTo(0);
                        layout(scene);
                        if (round == 1) opens.add((System.nanoTime() - t0) / 1e6);
                        for (int i = 1; i < lesson.steps().size(); i++) {
                            long t1 = System.nanoTime();
                            shell.lessons().goTo(i);
                            layout(scene);
                            if (round == 1) switches.add((System.nanoTime() - t1) / 1e6);
                        }
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
            shell.close();
            stage.close();
            done.countDown();
        });
        done.await();
        report("open a lesson (read, set up step 1, lay out)", opens);
        report("switch to another step (set up, lay out)", switches);
        Platform.exit();
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private static void report(String what, List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-48s n=%d  median %.1f ms  slowest %.1f ms%n", what, v.length, v[v.length / 2], v[v.length - 1]);
    }
}
