package gradlab.lab;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where all engine work runs: training, the twins, the layer statistics, network slices and the surfaces'
 * maps. The window makes one and hands the same one to every model; each model publishes an immutable
 * picture when its work is done, and the views draw the newest picture once per frame.
 *
 * <p>The window's runner is one daemon thread ({@link #THREAD_NAME}), so work never runs on two threads at
 * once: a trainer or a twin run is only ever touched by one thread, without locks. Tests make it on an
 * executor that runs each task at once ({@link #on}), so nothing in a test waits or sleeps.
 */
public final class EngineRunner implements Executor, AutoCloseable {
    /** The name of the window's one engine thread. */
    public static final String THREAD_NAME = "gradlab-engine";

    private final ScheduledExecutorService executor;
    private final boolean owned;

    private EngineRunner(ScheduledExecutorService executor, boolean owned) {
        this.executor = executor;
        this.owned = owned;
    }

    /** The window's runner: one daemon thread of its own, ended by {@link #close()}. */
    public static EngineRunner inBackground() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);   // closing: a run's next chunk is dropped
        return new EngineRunner(executor, true);
    }

    /** A runner on the caller's {@code executor}, which stays the caller's: closing the runner leaves it running. */
    public static EngineRunner on(ScheduledExecutorService executor) {
        if (executor == null) throw new IllegalArgumentException("an engine runner needs an executor");
        return new EngineRunner(executor, false);
    }

    /** Runs {@code task} on the engine (after the work already queued). Once closed, the task is dropped. */
    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // the window is closing: nobody is left to show the result
        }
    }

    /** Runs {@code task} on the engine in {@code nanos} ns at the earliest (the next chunk of a playing run). */
    public void later(Runnable task, long nanos) {
        try {
            executor.schedule(task, Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // as above
        }
    }

    /** Tasks given by {@link #executeToEnd} not yet finished. */
    private final AtomicInteger toEnd = new AtomicInteger();

    /** The longest {@link #close()} waits for a task that must end (a file being written): then it gives up. */
    static final long CLOSE_WAIT_SECONDS = 20;

    /**
     * Runs {@code task} on the engine as {@link #execute} does, but closing the runner waits for it rather than
     * dropping it: a session being saved when the window closes is written whole.
     */
    public void executeToEnd(Runnable task) {
        toEnd.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    toEnd.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException closed) {
            toEnd.decrementAndGet();
        }
    }

    /**
     * Ends the runner's own thread (a runner on the caller's executor leaves that running). Work queued is dropped,
     * unless a task given by {@link #executeToEnd} is still to run: then the queue runs out first (for at most
     * {@value #CLOSE_WAIT_SECONDS} s), and a playing run's next chunk, refused, stops it.
     */
    @Override
    public void close() {
        if (!owned) return;
        if (toEnd.get() > 0) {
            executor.shutdown();
            try {
                executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executor.shutdownNow();
    }
}
