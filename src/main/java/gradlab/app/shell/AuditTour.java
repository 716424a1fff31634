package gradlab.app.shell;

import gradlab.app.lab.MainWindow;
import gradlab.app.lab.gradients.GradientPanel;
import gradlab.app.lesson.LessonLibrary;
import gradlab.app.common.TextAudit;
import gradlab.app.race.RateMomentumMap;
import gradlab.app.race.SurfaceModel;
import gradlab.cli.AuditCommand;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.lab.LabState;
import gradlab.lab.Settings;
import gradlab.lab.TrainingSnapshot;
import gradlab.lab.Twins;
import gradlab.lesson.Lesson;
import gradlab.lesson.LessonFile;
import gradlab.lesson.Lint;
import gradlab.nn.Network;
import gradlab.surface.Surface;
import gradlab.surface.Surfaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The tour of {@code audit} (SPEC §8): the window headless at a projector's size, every page in a fixed
 * order, each measured by {@link TextAudit}. The tour drives the window as a lecturer would (the same
 * commands the buttons and keys call) from a thread of its own, and measures after the window has shown
 * what it was told to (a few frames later).
 */
public final class AuditTour implements AuditCommand.Tour {
    private Shell shell;
    private Stage stage;
    private double minimum;
    private boolean presenting;
    private int places;
    private long last = System.nanoTime();
    private final List<AuditCommand.Problem> problems = new ArrayList<>();

    @Override
    public AuditCommand.Report run(int width, int height, boolean presenter, List<Path> lessonPaths) throws InputError {
        List<Lesson> lessons = lessons(lessonPaths);   // bad lesson files are the user's input: said before any window opens
        String home = System.getProperty("gradlab.home");
        Path scratch;
        try {
            scratch = Files.createTempDirectory("gradlab-audit");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a scratch folder: " + e.getMessage());
        }
        System.setProperty("gradlab.home", scratch.toString());   // the lecturer's progress is not touched by the tour
        try {
            startToolkit(width, height);
            minimum = presenter ? TextAudit.PRESENTER_MINIMUM : TextAudit.MINIMUM;
            presenting = presenter;
            List<Lesson> tour = lessons != null ? lessons : LessonLibrary.load(LessonLibrary.courseFolder()).lessons();
            fx(() -> open(width, height, presenter));
            visit(tour);
            return new AuditCommand.Report(places, List.copyOf(problems));
        } finally {
            fx(this::close);
            if (home == null) System.clearProperty("gradlab.home"); else System.setProperty("gradlab.home", home);
        }
    }

    /** The lessons named on the command line (null: none named, the built-in course). */
    private static List<Lesson> lessons(List<Path> paths) throws InputError {
        if (paths.isEmpty()) return null;
        List<Lesson> lessons = new ArrayList<>();
        for (Path path : paths) {
            try {
                for (Path file : Lint.lessonFiles(path)) lessons.add(LessonFile.load(file));
            } catch (IOException e) {
                throw new InputError(path.toString(), 1, 1, "cannot read: " + TextFiles.reason(e));
            }
        }
        return lessons;
    }

    /** Monocle's headless screen at the window's size, unless a toolkit is running already (the UI tests'). */
    private static void startToolkit(int width, int height) {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", width + "x" + height + "-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException running) {
            started.countDown();
        }
        await(started);
        Platform.setImplicitExit(false);
    }

    private void open(int width, int height, boolean presenter) {
        shell = new Shell();
        Scene scene = new Scene(shell.root(), width, height);
        GradientLabApp.style(scene);
        shell.installKeys(scene);
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
        if (presenter) shell.presenter().start(false);
    }

    private void close() {
        if (shell != null) shell.close();
        if (stage != null) stage.close();
    }

    private void visit(List<Lesson> lessons) {
        MainWindow lab = shell.lab();
        measure("start page");

        fx(() -> shell.show(Shell.Page.LAB));
        measure("lab idle");
        fx(lab.stepper()::stepForward);
        for (int step = 1; step <= 200; step++) {
            String title = fxGet(() -> lab.stepper().stepProperty().get() == null ? "" : lab.stepper().stepProperty().get().title());
            measure("lab step " + step + " (" + title + ")");
            boolean moved = fxGet(() -> {
                var before = lab.stepper().stepProperty().get();
                lab.stepper().stepForward();
                return lab.stepper().stepProperty().get() != before;
            });
            if (!moved) break;
        }
        fx(() -> fire("#chain-of-factors"));
        measure("lab ∏ Chain");
        // a weight picked while stepping brings the inspector under the diagram, and a presenter's notes strip takes the
        // bottom: the page is shortest then, and what it cannot hold is pushed past the window's edge
        fx(() -> {
            lab.stepper().close();
            lab.selection().select("layers.0.weights[0,0]");
            for (int i = 0; i < 9; i++) lab.stepper().stepForward();
            if (presenting) shell.presenter().handleKey(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.N, false, false, false, false));
        });
        measure("lab stepping, a weight picked" + (presenting ? ", notes strip shown" : ""));
        fx(() -> {
            if (presenting) shell.presenter().handleKey(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.N, false, false, false, false));
            lab.selection().select(null);
            lab.stepper().close();
        });

        LabState before = fxGet(() -> lab.model().state());
        Network network = fxGet(() -> lab.model().network().copy());
        fx(() -> { for (int i = 0; i < 20; i++) lab.training().stepEpoch(); });
        until(() -> epoch(lab) >= 20);
        measure("lab training (epoch " + fxGet(() -> epoch(lab)) + ")");
        fx(() -> {
            lab.model().set(Settings.DATA, "sine");   // a linear output, which a large step blows up
            lab.model().set(Settings.LEARNING_RATE, 100.0);
            for (int i = 0; i < 20; i++) lab.training().stepEpoch();
        });
        until(() -> diverged(lab));
        measure("lab diverged");
        fx(() -> reveal(lab.root(), GradientPanel.class));
        measure("lab gradient panel");
        fx(() -> {
            lab.training().pause();
            lab.model().setUp(network, before);
        });

        SurfaceModel surfaces = shell.surfaces().model();
        fx(() -> shell.show(Shell.Page.SURFACES));
        measure("surfaces 2-D, as they open");
        fx(() -> {
            List<SurfaceModel.Racer> six = new ArrayList<>();
            for (String optimizer : List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")) {
                six.add(new SurfaceModel.Racer(optimizer, optimizer.equals("adagrad") || optimizer.equals("adam") ? 0.1 : 0.02, 0.9, 0.9));
            }
            surfaces.setRacers(six);
            for (int i = 0; i < 30; i++) surfaces.stepForward();
        });
        measure("surfaces 2-D, six racers");
        fx(() -> shell.surfaces().setThreeD(true));
        measure("surfaces 3-D wireframe");
        fx(() -> shell.surfaces().setThreeD(false));
        fx(() -> fire(shell.surfaces(), "x, y by step"));
        measure("surfaces x, y by step");
        fx(() -> fire(shell.surfaces(), "x, y by step"));
        fx(() -> reveal(shell.surfaces(), RateMomentumMap.class));
        measure("surfaces (η, λ) map");
        Surface oneD = Surfaces.names().stream().map(Surfaces::builtIn).filter(Surface::oneD).findFirst().orElse(null);
        if (oneD != null) {
            Surface twoD = fxGet(surfaces::surface);
            fx(() -> {
                surfaces.setSurface(oneD);
                for (int i = 0; i < 10; i++) surfaces.stepForward();
            });
            measure("surfaces curve (" + oneD.name() + ")");
            fx(() -> surfaces.setSurface(twoD));
        }

        fx(() -> shell.show(Shell.Page.COMPARE));
        for (Twins.Preset preset : Twins.Preset.values()) {
            fx(() -> {
                shell.compare().load(preset);
                for (int i = 0; i < 3; i++) fire(shell.compare(), "+10 epochs");
            });
            measure("twin runs: " + preset.title + ", played");
        }

        for (Lesson lesson : lessons) {
            fx(() -> shell.openLesson(lesson));
            String name = lesson.file().getFileName().toString();
            for (int i = 0; i < lesson.steps().size(); i++) {
                int index = i;
                fx(() -> shell.lessons().goTo(index));
                measure(name + " step " + (i + 1) + "/" + lesson.steps().size() + " (" + lesson.steps().get(i).title() + ")");
            }
            fx(() -> shell.closeLesson(false));
        }
    }

    private static int epoch(MainWindow lab) {
        TrainingSnapshot s = lab.training().snapshotProperty().get();
        return s == null ? 0 : s.epoch();
    }

    private static boolean diverged(MainWindow lab) {
        TrainingSnapshot s = lab.training().snapshotProperty().get();
        return s != null && s.diverged();
    }

    /** Presses the button {@code selector} finds in the window. */
    private void fire(String selector) {
        Node node = shell.root().lookup(selector);
        if (node instanceof ButtonBase b && !b.isDisabled()) b.fire();
    }

    /** Presses the button under {@code root} whose text is {@code text}. */
    private static void fire(Node root, String text) {
        for (Node n : root.lookupAll(".button-base")) {   // buttons, toggle buttons
            if (n instanceof Labeled l && text.equals(l.getText()) && n instanceof ButtonBase b) {
                b.fire();
                return;
            }
        }
        for (Node n : root.lookupAll(".toggle-button")) {
            if (n instanceof ToggleButton b && text.equals(b.getText())) {
                b.fire();
                return;
            }
        }
    }

    /** Scrolls the scroll pane that holds the first node of {@code kind} so that the node is in view. */
    private static void reveal(Node root, Class<?> kind) {
        Node target = find(root, kind);
        if (target == null) return;
        for (Node n = target.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
                double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) scroll.setVvalue(Math.max(0, Math.min(1, y / room)));
                return;
            }
        }
    }

    private static Node find(Node root, Class<?> kind) {
        if (kind.isInstance(root)) return root;
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = find(child, kind);
                if (found != null) return found;
            }
        }
        if (root instanceof ScrollPane scroll && scroll.getContent() != null) return find(scroll.getContent(), kind);
        return null;
    }

    /** Waits a few frames for the window to show what it was told, then measures it as {@code place}. */
    private void measure(String place) {
        long start = System.nanoTime();
        frames(3);
        List<TextAudit.Problem> found = settledMeasure(place);
        for (int again = 0; again < 2 && !found.isEmpty(); again++) {
            // what the room sees is the page at rest: a page still settling (a column folding in after a step's lab
            // arrived, a busy machine's late frame) is measured again after a few more frames; what stays is reported
            frames(6);
            found = settledMeasure(place);
        }
        places++;
        if (Boolean.getBoolean("gradlab.audit.timing")) System.err.printf("%6d ms since the last place, %s%n", (start - last) / 1_000_000, place);
        last = System.nanoTime();
        for (TextAudit.Problem p : found) problems.add(new AuditCommand.Problem(p.place(), p.kind(), p.text(), p.detail()));
    }

    /** The place measured after its CSS and layout are brought up to date. */
    private List<TextAudit.Problem> settledMeasure(String place) {
        return fxGet(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return TextAudit.measure(scene, place, minimum);
        });
    }

    /** Waits (a frame at a time, at most ten seconds) until {@code done}. */
    private void until(BooleanSupplier done) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!fxGet(done::getAsBoolean) && System.nanoTime() < end) frames(1);
    }

    /** Waits for {@code n} frames (pulses) of the window. */
    private void frames(int n) {
        for (int i = 0; i < n; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            AtomicReference<Runnable> listener = new AtomicReference<>();
            fx(() -> {
                Runnable once = pulse::countDown;
                listener.set(once);
                stage.getScene().addPostLayoutPulseListener(once);
                Platform.requestNextPulse();
            });
            await(pulse);
            fx(() -> stage.getScene().removePostLayoutPulseListener(listener.get()));
        }
    }

    private static void fx(Runnable action) {
        fxGet(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T fxGet(Supplier<T> action) {
        if (Platform.isFxApplicationThread()) return action.get();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(action.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        await(done);
        if (failure.get() != null) throw failure.get();
        return result.get();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the window did not answer within a minute");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
