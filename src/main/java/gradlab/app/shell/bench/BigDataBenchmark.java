package gradlab.app.shell.bench;

import gradlab.app.lab.session.LabModel;
import gradlab.app.shell.GradientLabApp;
import gradlab.app.shell.Shell;
import gradlab.lab.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * How long big data holds the FX thread, and how long until it is drawn, in a real window (a desktop, Xvfb,
 * or Monocle's headless platform: {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw},
 * with {@code -Dheadless.geometry=1920x1200-32} for the full 1600×1000 window; on a smaller screen the window
 * fits the screen): {@code java -cp target/gradlab.jar gradlab.app.shell.bench.BigDataBenchmark [POINTS]}
 * (100,000 by default).
 *
 * <p>Loads a CSV of that many points (two overlapping Gaussian classes, a fifth held out for validation),
 * saves the session, goes back to the default network and opens the session again. For the load and the
 * open it prints: the end-to-end time from the call until the frame after the points were drawn; the
 * longest time the FX thread went without a frame meanwhile (one frame's interval, about 17 ms, is no hold
 * at all); what the call itself held; what the lab's taking the read data held (new data, network fitted,
 * every view's listener), split into the data view's drawing and the rest; and the data view's drawing
 * alone, measured by redraws of it afterwards. Then the heap in use after a full collection with the engine
 * idle, against the data's own size (points × columns × 8 bytes); {@code -Dbigdata.histogram=true} adds the
 * heap's biggest classes. A small {@code -Xmx} proves a bound on the peak: the window takes 64 MB with 1,000
 * points, 80 MB with 100,000 and 96 MB with 200,000.
 */
public final class BigDataBenchmark {
    private BigDataBenchmark() {}

    /** One timed action: the times it took, in ns. */
    private static final class Timing {
        final String what;
        long start, call, applied = -1, end = -1, lastFrame, longestGap, take, drawing;

        Timing(String what) { this.what = what; }

        void frame(long now) {
            if (lastFrame != 0) longestGap = Math.max(longestGap, now - lastFrame);
            lastFrame = now;
        }

        String report() {
            return String.format(Locale.ROOT, "%s: end to end %.0f ms; on the FX thread: longest %.0f ms between frames, the call %.1f ms, "
                            + "the lab taking the data %.0f ms (%.0f ms of it the data view's drawing, %.0f ms the rest)",
                    what, (end - start) / 1e6, longestGap / 1e6, call / 1e6, take / 1e6, drawing / 1e6, (take - drawing) / 1e6);
        }
    }

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
        List<String> report = new ArrayList<>();
        long[] heap = new long[3];
        Platform.startup(() -> {
            Shell shell = new Shell();
            var screen = Screen.getPrimary().getVisualBounds();
            Stage stage = GradientLabApp.showStyled(shell.root(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
            shell.show(Shell.Page.LAB);   // the data view on screen: it draws only while shown
            LabModel model = shell.lab().model();
            model.set(Settings.VALIDATION, 0.2);
            Timing[] current = new Timing[1];
            boolean[] saved = {false};
            // what the window does when a read is done, timed
            var view = shell.lab().outputView();
            model.readFilesOn(shell.engine(), r -> Platform.runLater(() -> {
                long start = System.nanoTime(), drew = view.drawingNanos();
                r.run();
                Timing t = current[0];
                if (t != null) {
                    t.take += System.nanoTime() - start;
                    t.drawing += view.drawingNanos() - drew;
                    t.applied = System.nanoTime();
                }
            }));
            Timing load = new Timing("load a CSV of " + points + " points (" + size(csv) / 1000 + " kB)");
            List<Consumer<Long>> steps = new ArrayList<>();
            for (int i = 0; i < 10; i++) steps.add(now -> { });   // a few frames to settle first
            steps.add(now -> whenEngineIdle(shell, () -> heap[0] = usedHeap()));
            steps.add(now -> start(load, current, () -> model.loadCsv(csv)));
            for (int i = 0; i < 10; i++) steps.add(now -> { });
            steps.add(now -> whenEngineIdle(shell, () -> heap[1] = usedHeap()));
            for (int i = 0; i < 5; i++) steps.add(now -> { });
            steps.add(now -> {
                report.add(drawing(shell, points));
                model.saveSession(session, List.of(), ok -> {
                    if (!ok) throw new IllegalStateException("could not save " + session);
                    saved[0] = true;
                });
            });
            steps.add(now -> { });   // the save is written on the engine: the steps below wait for it (see handle)
            int saveWaits = steps.size();
            steps.add(now -> model.newDefaultNetwork());
            for (int i = 0; i < 5; i++) steps.add(now -> { });
            steps.add(now -> start(new Timing("open a session of " + points + " points (" + size(session) / 1000 + " kB)"), current,
                    () -> model.openSession(session)));
            for (int i = 0; i < 10; i++) steps.add(now -> { });
            steps.add(now -> whenEngineIdle(shell, () -> {
                heap[2] = usedHeap();
                if (Boolean.getBoolean("bigdata.histogram")) report.add(histogram());
            }));
            for (int i = 0; i < 5; i++) steps.add(now -> { });
            new AnimationTimer() {
                private int step;

                @Override public void handle(long now) {
                    long time = System.nanoTime();
                    Timing t = current[0];
                    if (t != null) {
                        t.frame(time);
                        if (t.applied < 0) return;   // still reading: the next frame
                        if (t.end < 0 && time > t.applied) {   // the frame that shows what was drawn
                            t.end = time;
                            report.add(t.report());
                            current[0] = null;
                        }
                        return;
                    }
                    if (step == steps.size() && heap[2] == 0) return;   // the last measurement still to come
                    if (step == saveWaits && !saved[0]) return;   // not timing the open while the save still writes
                    if (step < steps.size()) {
                        steps.get(step++).accept(time);
                        return;
                    }
                    stop();
                    shell.close();
                    stage.close();
                    done.countDown();
                }
            }.start();
        });
        done.await();
        for (String line : report) System.out.println(line);
        long own = (long) points * 3 * 8;
        System.out.printf(Locale.ROOT, "heap in use after a full GC, the engine idle: %.1f MB before, %.1f MB with the CSV loaded (+%.1f MB), %.1f MB with the session opened "
                        + "(+%.1f MB, the CSV's data kept for undo); the data's own size %.1f MB%n",
                heap[0] / 1e6, heap[1] / 1e6, (heap[1] - heap[0]) / 1e6, heap[2] / 1e6, (heap[2] - heap[0]) / 1e6, own / 1e6);
        Platform.exit();
    }

    private static void start(Timing t, Timing[] current, Runnable call) {
        current[0] = t;
        t.start = System.nanoTime();
        t.lastFrame = t.start;
        call.run();
        t.call = System.nanoTime() - t.start;
    }

    /** The data view's drawing alone: the median of a few redraws of it with the data on show. */
    private static String drawing(Shell shell, int points) {
        var view = shell.lab().outputView();
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            view.draw();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "the data view's drawing of %d points (heatmap and thinned dots): %.1f ms (median of %d)", points, times[times.length / 2] / 1e6, times.length);
    }

    /** Runs {@code then} on the FX thread once the engine has done what was queued on it (the new trainer made, a measurement done). */
    private static void whenEngineIdle(Shell shell, Runnable then) {
        shell.engine().execute(() -> Platform.runLater(then));
    }

    /** The heap's biggest classes (with -Dbigdata.histogram=true): what holds the memory. */
    private static String histogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return String.join("\n", text.toString().lines().limit(25).toList());
        } catch (JMException e) {
            return "no histogram: " + e;
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1L;
        }
    }
}
