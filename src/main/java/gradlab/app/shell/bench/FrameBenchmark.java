package gradlab.app.shell.bench;

import gradlab.app.lab.MainWindow;
import gradlab.lab.Settings;
import gradlab.app.shell.GradientLabApp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import gradlab.app.lab.session.LabModel;

/**
 * Frame-time benchmark: the main window training Playground's B1-size network (2-4-2-1 tanh, circle,
 * 250 points) at 20 epochs per frame with its 100 x 100 heatmap, measured over a number of frames.
 * Prints the time between frames (what the audience sees) and the window's own work per frame.
 * Runs in a real window (a desktop, or Xvfb): {@code java -cp target/gradlab.jar gradlab.app.shell.bench.FrameBenchmark [FRAMES] [EPOCHS_PER_FRAME] [no-gradients]};
 * "no-gradients" hides the gradient panel, to measure what its per-layer measurements cost.
 */
public final class FrameBenchmark {
    private FrameBenchmark() {}

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int epochsPerFrame = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CountDownLatch done = new CountDownLatch(1);
        long[] intervals = new long[frames];
        long[] work = new long[frames];
        int[] epochs = new int[2];
        Platform.startup(() -> {
            MainWindow window = new MainWindow();
            Stage stage = GradientLabApp.showStyled(window.root(), 1400, 900);
            LabModel model = window.model();
            if (args.length > 2 && args[2].equals("no-gradients")) {   // the same frames without the per-layer measurements
                window.showPanels(List.of("network", "data", "loss", "stepper"), List.of());
            }
            model.set(Settings.EPOCHS_PER_FRAME, epochsPerFrame);
            model.set(Settings.VALIDATION, 0.0);
            new AnimationTimer() {
                private long last;
                private int frame = -60;   // one second of warm-up
                @Override public void handle(long now) {
                    long start = System.nanoTime();
                    window.training().onFrame();
                    long spent = System.nanoTime() - start;
                    if (frame == -60) window.training().play();
                    if (frame == 0) epochs[0] = window.training().snapshotProperty().get().epoch();
                    if (frame >= 0 && frame < frames) {
                        intervals[frame] = now - last;
                        work[frame] = spent;
                    }
                    last = now;
                    if (++frame == frames) {
                        epochs[1] = window.training().snapshotProperty().get().epoch();
                        stop();
                        window.close();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5 + frames / 10, TimeUnit.MINUTES)) throw new IllegalStateException("the benchmark did not finish");
        double seconds = Arrays.stream(intervals).sum() / 1e9;
        System.out.printf(Locale.ROOT, "%d frames, %d epochs per frame asked, B1-size network, 100x100 heatmap%n", frames, epochsPerFrame);
        System.out.printf(Locale.ROOT, "frame interval: %s%n", stats(intervals));
        System.out.printf(Locale.ROOT, "window work per frame (snapshot, heatmap, redraws): %s%n", stats(work));
        System.out.printf(Locale.ROOT, "frames per second: %.1f   epochs trained: %d (%.1f per frame)%n",
                frames / seconds, epochs[1] - epochs[0], (epochs[1] - epochs[0]) / (double) frames);
        Platform.exit();
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms",
                mean, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
