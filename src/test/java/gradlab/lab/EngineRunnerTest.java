package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one runner all engine work goes through. */
class EngineRunnerTest {
    @Test
    void theWindowsRunnerRunsEveryTaskInOrderOnItsOneThread() {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try (EngineRunner engine = EngineRunner.inBackground()) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                engine.execute(() -> seen.add(n + " " + Thread.currentThread().getName()));
            }
            engine.later(() -> seen.add("later " + Thread.currentThread().getName()), 0);
            engine.later(() -> done.complete(null), 0);
            done.join();   // the runner's own queue says when it got there: no waiting for a time
        }
        String t = EngineRunner.THREAD_NAME;
        assertEquals(List.of("0 " + t, "1 " + t, "2 " + t, "3 " + t, "4 " + t, "later " + t), seen);
    }

    @Test
    void onTheCallersExecutorTasksRunThereAndClosingLeavesItRunning() {
        ImmediateExecutor executor = new ImmediateExecutor();
        List<String> seen = new ArrayList<>();
        EngineRunner engine = EngineRunner.on(executor);
        engine.execute(() -> seen.add("now"));
        engine.later(() -> seen.add("later"), 1_000_000);
        assertEquals(List.of("now"), seen, "work for later waits for the test");
        assertEquals(1, executor.runScheduled(5));
        assertEquals(List.of("now", "later"), seen);
        engine.close();
        assertFalse(executor.isShutdown(), "the executor stays the caller's");
    }

    @Test
    void aClosedRunnerDropsNewWorkQuietly() {
        EngineRunner engine = EngineRunner.inBackground();
        engine.close();
        engine.execute(() -> { throw new AssertionError("ran after close"); });
        engine.later(() -> { throw new AssertionError("ran after close"); }, 0);
    }

    @Test
    void closingWaitsForAFileBeingWrittenAndDropsTheRest() throws Exception {
        CountDownLatch busy = new CountDownLatch(1), release = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        EngineRunner engine = EngineRunner.inBackground();
        engine.execute(() -> {   // the engine busy with something when Save is clicked
            busy.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                seen.add("interrupted");
            }
        });
        busy.await();
        engine.executeToEnd(() -> seen.add("written"));   // queued behind it
        engine.later(() -> seen.add("next chunk of a run"), 60_000_000_000L);
        release.countDown();
        engine.close();
        assertEquals(List.of("written"), seen, "the save ran to its end before the runner closed; a chunk for later did not");
    }

    @Test
    void aRunnerNeedsAnExecutor() {
        assertThrows(IllegalArgumentException.class, () -> EngineRunner.on(null));
    }

    /** The runner is the only place the program makes a thread or an executor for engine work. */
    @Test
    void noOtherClassMakesAThreadOrAnExecutorOfItsOwn() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.getFileName().toString().equals("EngineRunner.java")) continue;
                String text = Files.readString(f);
                if (text.contains("Executors.new") || text.contains("new Thread(") || text.contains("new ForkJoinPool")
                        || text.contains("ThreadPoolExecutor("))
                    offenders.add(f.getFileName().toString());
            }
        }
        assertEquals(List.of(), offenders.stream().filter(o -> !ALLOWED.contains(o)).toList());
    }

    /** Not engine work: writing a GIF file in the background (the frames are drawn on the screen's thread). */
    private static final List<String> ALLOWED = List.of("GifExportDialog.java");
}
