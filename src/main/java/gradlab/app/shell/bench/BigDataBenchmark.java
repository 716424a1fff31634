package gradlab.app.shell.bench;

import gradlab.app.lab.session.LabModel;
import gradlab.app.shell.GradientLabApp;
import gradlab.app.shell.Shell;
import gradlab.lab.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How long big data holds the FX thread, in a real window (a desktop, Xvfb, or Monocle's headless platform:
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}):
 * {@code java -cp target/gradlab.jar gradlab.app.shell.BigDataBenchmark [POINTS]} (100,000 by default).
 * Loads a CSV of that many points (two overlapping Gaussian classes, a fifth held out for validation), saves
 * the session, goes back to the default network and opens the session again; prints, for the load and the
 * open, the time the call held the FX thread (reading, splitting, drawing the points) and the time until the
 * next frame after it.
 */
public final class BigDataBenchmark {
    private BigDataBenchmark() {}

    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("gradlab-bigdata");
        System.setProperty("gradlab.home", dir.resolve("home").toString());
        Path csv = dir.resolve("big.csv"), session = dir.resolve("big.gradlab-session");
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("x1,x2,label\n");
            for (int i = 0; i < points; i++) {
                int label = i % 2;
                double c = label == 1 ? 2 : -2;
                out.write(String.format(Locale.ROOT, "%.5f,%.5f,%d%n", c + 1.5 * random.nextGaussian(), c + 1.5 * random.nextGaussian(), label));
            }
        }
        CountDownLatch done = new CountDownLatch(1);
        StringBuilder report = new StringBuilder();
        Platform.startup(() -> {
            Shell shell = new Shell();
            Stage stage = GradientLabApp.showStyled(shell.root(), 1600, 1000);
            shell.show(Shell.Page.LAB);   // the data view on screen: it draws only while shown
            LabModel model = shell.lab().model();
            model.set(Settings.VALIDATION, 0.2);
            Runnable[] steps = {
                () -> timed(report, "load a CSV of " + points + " points", () -> model.loadCsv(csv)),
                () -> {
                    if (!model.saveSession(session, List.of())) throw new IllegalStateException("could not save " + session);
                    model.newDefaultNetwork();
                },
                () -> timed(report, "open a session of " + points + " points (" + size(session) / 1000 + " kB)", () -> model.openSession(session)),
            };
            new AnimationTimer() {
                private int step = -10;   // a few frames to settle first
                private long ended;
                @Override public void handle(long now) {
                    if (ended != 0) {
                        report.append(String.format(Locale.ROOT, ", next frame %.0f ms after%n", (System.nanoTime() - ended) / 1e6));
                        ended = 0;
                    }
                    if (step >= 0 && step < steps.length) {
                        steps[step].run();
                        if (step != 1) ended = System.nanoTime();
                    }
                    if (++step > steps.length + 2) {
                        stop();
                        shell.close();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        System.out.print(report);
        Platform.exit();
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1L;
        }
    }

    private static void timed(StringBuilder report, String what, Runnable action) {
        long start = System.nanoTime();
        action.run();
        report.append(String.format(Locale.ROOT, "%s: the FX thread held %.0f ms", what, (System.nanoTime() - start) / 1e6));
    }
}
