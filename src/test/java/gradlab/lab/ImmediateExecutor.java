package gradlab.lab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The training runner's executor for tests: a command runs at once on the caller's thread; work scheduled
 * for later (the next chunk of a playing run) waits until the test calls {@link #runScheduled}. No thread,
 * no sleeping.
 */
public final class ImmediateExecutor extends AbstractExecutorService implements ScheduledExecutorService {
    private final Deque<Runnable> later = new ArrayDeque<>();
    private boolean shutdown;
    private int executed;

    private Deque<Runnable> held;

    @Override public void execute(Runnable command) {
        executed++;
        if (held != null) held.add(command); else command.run();
    }

    /** From now on a command waits, as on an engine still busy with something else, until {@link #release} runs it. */
    public void hold() { if (held == null) held = new ArrayDeque<>(); }

    /** Runs the commands held back, in order, and runs each command at once again from then on; how many ran. */
    public int release() {
        Deque<Runnable> waiting = held;
        held = null;
        int ran = 0;
        while (waiting != null && !waiting.isEmpty()) {
            waiting.poll().run();
            ran++;
        }
        return ran;
    }

    /** How many commands were run at once so far (work scheduled for later not counted). */
    public int executed() { return executed; }

    /** Runs up to {@code chunks} pieces of work scheduled for later (each may schedule the next); how many ran. */
    public int runScheduled(int chunks) {
        int ran = 0;
        while (ran < chunks && !later.isEmpty()) {
            later.poll().run();
            ran++;
        }
        return ran;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        later.add(command);
        return new Pending();
    }

    @Override public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) { throw new UnsupportedOperationException(); }
    @Override public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) { throw new UnsupportedOperationException(); }
    @Override public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) { throw new UnsupportedOperationException(); }
    @Override public void shutdown() { shutdown = true; }
    @Override public List<Runnable> shutdownNow() { shutdown = true; later.clear(); return List.of(); }
    @Override public boolean isShutdown() { return shutdown; }
    @Override public boolean isTerminated() { return shutdown; }
    @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }

    private static final class Pending implements ScheduledFuture<Object> {
        @Override public long getDelay(TimeUnit unit) { return 0; }
        @Override public int compareTo(Delayed o) { return 0; }
        @Override public boolean cancel(boolean mayInterruptIfRunning) { return false; }
        @Override public boolean isCancelled() { return false; }
        @Override public boolean isDone() { return false; }
        @Override public Object get() { return null; }
        @Override public Object get(long timeout, TimeUnit unit) { return null; }
    }
}
