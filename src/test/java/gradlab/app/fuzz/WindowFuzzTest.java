package gradlab.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.GradientLabApp;
import gradlab.app.shell.Shell;
import gradlab.lab.ImmediateExecutor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window driven by seeded random actions, as a student who clicks everywhere would: clicks, drags,
 * the scroll wheel, keys and shortcuts, typed strings, over the start page, the lab, presenter mode (F5) and
 * the surfaces page. It fails on any exception that reaches the uncaught-exception handler and on anything
 * logged at WARNING or above, naming the seed, the step and the last actions. The same seed is the same run.
 * The engine work runs at once on the test's executor; a playing run trains one chunk when an action says so.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFuzzTest {
    /** The seed (another may be tried with -Dgradlab.fuzz.seed=N; a failure names the seed it ran). */
    static final long SEED = Long.getLong("gradlab.fuzz.seed", 15);
    static final int ACTIONS_PER_PAGE = Integer.getInteger("gradlab.fuzz.actions", 50);

    private static final String[] TYPED = {"0.5", "-1", "abc", "1e400", "0,25", "NaN", "99999999999", "1/4", " ", "−0.3", "x^2", "\t", "12"};
    private static final KeyCode[] KEYS = {KeyCode.SPACE, KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.TAB, KeyCode.BACK_SPACE, KeyCode.DELETE,
            KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.HOME, KeyCode.END,
            KeyCode.R, KeyCode.B, KeyCode.N, KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.PERIOD, KeyCode.COMMA};
    private static final KeyCode[] SHORTCUTS = {KeyCode.Z, KeyCode.Y, KeyCode.O, KeyCode.S, KeyCode.N, KeyCode.E, KeyCode.DIGIT1,
            KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.PLUS, KeyCode.MINUS, KeyCode.EQUALS};

    private Shell shell;
    private Stage stage;
    private final ImmediateExecutor executor = new ImmediateExecutor();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Deque<String> lastActions = new ArrayDeque<>();
    private final Handler logged = new Handler() {
        @Override public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) problems.add("logged " + r.getLevel() + " by " + r.getLoggerName() + ": " + r.getMessage()
                    + (r.getThrown() == null ? "" : "\n" + trace(r.getThrown())));
        }
        @Override public void flush() {}
        @Override public void close() {}
    };
    private Thread.UncaughtExceptionHandler before;
    private int nativeDialogs;

    @BeforeEach
    void open() throws Exception {
        Path home = Files.createTempDirectory("gradlab-fuzz-home");
        System.setProperty("gradlab.home", home.toString());
        Logger.getLogger("").addHandler(logged);
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught(e));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage primary) {
        stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught(e));
        shell = new Shell(executor);
        Scene scene = new Scene(shell.root(), 1280, 720);
        GradientLabApp.style(scene);
        shell.installKeys(scene);
        primary.setScene(scene);
        primary.sizeToScene();
        primary.show();
        primary.toFront();
    }

    /** A native file or folder dialog, which the headless platform cannot show, is not the window's fault; anything else is. */
    private void uncaught(Throwable e) {
        String trace = trace(e);
        if (e instanceof UnsupportedOperationException && trace.contains("CommonDialogs")) {
            nativeDialogs++;
            return;
        }
        problems.add("uncaught " + trace);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) if (w != stage) w.hide();   // dialogs and presenter notes the fuzz opened
            if (shell.presenter().presenting()) shell.presenter().toggle();
            shell.close();
            Thread.currentThread().setUncaughtExceptionHandler(null);
        });
        Thread.setDefaultUncaughtExceptionHandler(before);
        Logger.getLogger("").removeHandler(logged);
        System.clearProperty("gradlab.home");
    }

    @Test
    void aSeededStormOfClicksKeysAndTypingThrowsNothingAndLogsNothing(FxRobot robot) {
        Random random = new Random(SEED);
        int step = 0;
        for (String page : List.of("start", "lab", "presenter", "surfaces", "lab")) {
            go(robot, page);
            long t0 = System.nanoTime();
            for (int i = 0; i < ACTIONS_PER_PAGE; i++, step++) {
                String action;
                try {
                    action = act(random);
                } catch (CompletionException e) {   // thrown straight out of an event handler the robot's event reached
                    action = "(the action threw)";
                    problems.add("thrown " + trace(e.getCause()));
                }
                note(page + " #" + step + ": " + action);
                fx(() -> {});   // what the action handed to Platform.runLater has run
                if (!problems.isEmpty()) throw new AssertionError("seed " + SEED + ", step " + step + " on the " + page + " page, after:\n  "
                        + String.join("\n  ", lastActions) + "\n" + problems.get(0));
            }
            System.out.printf("fuzz: %s page, %d actions in %d ms; focus now %s%n", page, ACTIONS_PER_PAGE, (System.nanoTime() - t0) / 1_000_000,
                    stage.getScene().getFocusOwner());
        }
        System.out.println("fuzz: native dialogs refused by the headless platform: " + nativeDialogs + "; last actions: " + lastActions);
        robot.interact(() -> shell.show(Shell.Page.LAB));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Shell.Page.LAB, shell.page(), "the window still answers");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The storm is not blind: an exception out of a handler and a warning in the log are both caught. */
    @Test
    void theHarnessSeesAnExceptionFromAHandlerAndAWarningInTheLog() {
        fx(() -> stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F12) throw new IllegalStateException("planted");
        }));
        try {
            fx(() -> new Robot().keyType(KeyCode.F12));
        } catch (CompletionException e) {
            problems.add("thrown " + trace(e.getCause()));
        }
        fx(() -> {});
        assertTrue(problems.stream().anyMatch(p -> p.contains("planted")), "the exception is caught: " + problems);
        problems.clear();
        Logger.getLogger("gradlab.fuzz").warning("planted warning");
        assertEquals(1, problems.size(), "the warning is caught");
        problems.clear();
    }

    private void note(String action) {
        lastActions.addLast(action);
        if (lastActions.size() > 12) lastActions.removeFirst();
    }

    private void go(FxRobot robot, String page) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) if (w != stage) w.hide();
            if (shell.presenter().presenting()) shell.presenter().toggle();
            switch (page) {
                case "start" -> shell.show(Shell.Page.START);
                case "surfaces" -> shell.show(Shell.Page.SURFACES);
                default -> shell.show(Shell.Page.LAB);
            }
            if (page.equals("presenter")) shell.presenter().toggle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        note("--- " + page + " page");
    }

    /** One random action; what it was, to replay by eye. */
    private String act(Random random) {
        Scene scene = stage.getScene();
        double w = scene.getWidth(), h = scene.getHeight();
        Point2D a = at(scene, random.nextDouble() * w, random.nextDouble() * h), b = at(scene, random.nextDouble() * w, random.nextDouble() * h);
        int kind = random.nextInt(100);
        String[] said = new String[1];
        fx(() -> {
            Robot r = new Robot();
            if (kind < 40) {
                MouseButton button = random.nextInt(8) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY;
                r.mouseMove(a);
                r.mouseClick(button);
                said[0] = "click " + button + " at " + local(scene, a);
            } else if (kind < 55) {
                r.mouseMove(a);
                r.mousePress(MouseButton.PRIMARY);
                r.mouseMove(a.midpoint(b));
                r.mouseMove(b);
                r.mouseRelease(MouseButton.PRIMARY);
                said[0] = "drag " + local(scene, a) + " → " + local(scene, b);
            } else if (kind < 60) {
                int clicks = random.nextInt(7) - 3;
                r.mouseMove(a);
                r.mouseWheel(clicks);
                said[0] = "wheel " + clicks + " at " + local(scene, a);
            } else if (kind < 75) {
                KeyCode key = KEYS[random.nextInt(KEYS.length)];
                r.keyType(key);
                said[0] = "key " + key;
            } else if (kind < 83) {
                KeyCode key = SHORTCUTS[random.nextInt(SHORTCUTS.length)];
                r.keyPress(KeyCode.CONTROL);
                r.keyType(key);
                r.keyRelease(KeyCode.CONTROL);
                said[0] = "Ctrl+" + key;
            } else if (kind < 95) {
                String text = TYPED[random.nextInt(TYPED.length)];
                Node target = scene.getFocusOwner();
                for (char c : text.toCharArray()) {
                    Event.fireEvent(target == null ? scene.getRoot() : target,
                            new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
                }
                r.keyType(KeyCode.ENTER);
                said[0] = "type '" + text + "' and Enter into " + (target == null ? "nothing" : target.getClass().getSimpleName());
            } else {
                int ran = executor.runScheduled(1);
                said[0] = "train a frame (" + ran + " chunk)";
            }
        });
        return said[0];
    }

    /**
     * Runs {@code action} on the FX thread and waits until it is done. The headless platform's robot hands its
     * events to the window at once, on the FX thread, so no time-based waiting is needed.
     */
    private static void fx(Runnable action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }

    private static Point2D at(Scene scene, double x, double y) {
        return new Point2D(scene.getWindow().getX() + scene.getX() + x, scene.getWindow().getY() + scene.getY() + y);
    }

    private static String local(Scene scene, Point2D screen) {
        return String.format(Locale.ROOT, "(%.0f, %.0f)", screen.getX() - scene.getWindow().getX() - scene.getX(),
                screen.getY() - scene.getWindow().getY() - scene.getY());
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }
}
