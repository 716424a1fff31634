package gradlab.app.shell.bench;

import gradlab.app.shell.GradientLabApp;
import gradlab.app.race.SurfaceModel;
import gradlab.app.shell.Shell;
import gradlab.surface.Surfaces;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Frame times of the busiest views, in a real window (a desktop, or Xvfb):
 * {@code java -cp target/gradlab.jar gradlab.app.shell.bench.ViewFrameBenchmark surface|surface3d|twins [FRAMES]}.
 * "surface": six racers on Rosenbrock's 200 × 200 contour, one step each per frame; "surface3d": the
 * same on the 100 × 100 mesh in 3-D (its wireframe where the display has no 3-D); "twins": the
 * sigmoid-vs-ReLU twins playing.
 */
public final class ViewFrameBenchmark {
    private ViewFrameBenchmark() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "surface";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        System.setProperty("gradlab.home", Files.createTempDirectory("gradlab-bench").toString());
        long[] intervals = new long[frames];
        CountDownLatch done = new CountDownLatch(1);
        boolean[] hardware3d = new boolean[1];
        Platform.startup(() -> {
            Shell shell = new Shell();
            Stage stage = GradientLabApp.showStyled(shell.root(), 1600, 1000);
            SurfaceModel model = shell.surfaces().model();
            boolean surface = which.startsWith("surface");
            if (surface) {
                shell.show(Shell.Page.SURFACES);
                shell.surfaces().setThreeD(which.equals("surface3d"));
                hardware3d[0] = shell.surfaces().view3d().isHardware();
                model.setSurface(Surfaces.builtIn("rosenbrock"));
                model.setRacers(List.of(new SurfaceModel.Racer("sgd", 0.001, 0.9, 0.9), new SurfaceModel.Racer("momentum", 0.001, 0.9, 0.9),
                        new SurfaceModel.Racer("nesterov", 0.001, 0.9, 0.9), new SurfaceModel.Racer("adagrad", 0.5, 0.9, 0.9),
                        new SurfaceModel.Racer("rmsprop", 0.01, 0.9, 0.9), new SurfaceModel.Racer("adam", 0.05, 0.9, 0.9)));
            } else {
                shell.show(Shell.Page.COMPARE);
                shell.compare().setPlaying(true);
            }
            new AnimationTimer() {
                private long last;
                private int frame = -60;
                @Override public void handle(long now) {
                    if (surface) model.stepForward();
                    if (frame >= 0) intervals[frame] = now - last;
                    last = now;
                    if (++frame == frames) {
                        stop();
                        shell.close();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        long[] sorted = intervals.clone();
        Arrays.sort(sorted);
        double seconds = Arrays.stream(intervals).sum() / 1e9;
        String what = which.equals("surface3d") ? which + (hardware3d[0] ? " (lit mesh)" : " (wireframe: no 3-D on this display)") : which;
        System.out.printf(Locale.ROOT, "%s: %d frames, %.1f fps, median frame %.2f ms, p95 %.2f ms, max %.2f ms%n", what, frames,
                frames / seconds, sorted[frames / 2] / 1e6, sorted[(int) (frames * 0.95)] / 1e6, sorted[frames - 1] / 1e6);
        Platform.exit();
    }
}
