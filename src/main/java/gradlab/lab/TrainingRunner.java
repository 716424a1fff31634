package gradlab.lab;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a {@link Trainer} on the window's {@link EngineRunner}. Every command goes through that runner's
 * queue, so the trainer is only ever touched by one thread; after each piece of work the runner publishes
 * an immutable snapshot. Views read {@link #latest()} once per frame instead of being called per step.
 * Tests pass an engine runner that runs tasks at once.
 */
public final class TrainingRunner implements AutoCloseable {
    /** A chunk of continuous training per display frame: "epochs per frame" means what it says. */
    public static final long FRAME_NANOS = 16_666_667L;
    private final EngineRunner engine;
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean playing = new AtomicBoolean();
    private final Consumer<TrainingSnapshot> listener;
    private volatile Trainer trainer;
    private volatile int epochsPerChunk = 1;
    private volatile String failure;

    /** Trains on {@code engine}, which stays the caller's: closing this runner stops training, not the engine. */
    public TrainingRunner(Trainer trainer, Consumer<TrainingSnapshot> listener, EngineRunner engine) {
        this.trainer = trainer;
        this.listener = listener;
        this.engine = engine;
        latest.set(trainer.snapshot());
    }

    /** What went wrong on the training thread, if anything did (training stops then); null otherwise. */
    public String failure() { return failure; }

    /** The most recent snapshot (never null). */
    public TrainingSnapshot latest() { return latest.get(); }

    public boolean isPlaying() { return playing.get(); }

    /** How many epochs one chunk of continuous training runs before publishing (the speed setting). */
    public void setEpochsPerChunk(int epochs) { this.epochsPerChunk = Math.max(1, epochs); }

    /** Runs {@code command} on the trainer's thread, then publishes. */
    public void submit(Consumer<Trainer> command) {
        engine.execute(guarded(() -> {
            Trainer t = trainer;
            command.accept(t);
            failure = null;   // a command that worked: what went wrong before is over
            publish(t);
        }));
    }

    /** A failure on the training thread stops training and is kept for the window to show, never lost. */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                playing.set(false);
                failure = "training stopped: something went wrong in the trainer" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                        + ". Reset the weights or change a setting to go on.";
            }
        };
    }

    /**
     * Swaps in a new trainer (after the network, the data or a setting changed) and stops playing. From
     * now on only the new trainer's snapshots are published: a chunk of the old one still finishing on
     * the background thread publishes nothing.
     */
    public void replace(Trainer next) {
        playing.set(false);
        failure = null;
        trainer = next;
        latest.set(next.snapshot());
    }

    public void stepSample() { submit(Trainer::stepSample); }
    public void stepBatch() { submit(Trainer::stepBatch); }
    public void stepEpoch() { submit(Trainer::stepEpoch); }

    /** Trains continuously until paused, diverged or stopped early. */
    public void play() {
        if (playing.compareAndSet(false, true)) {
            failure = null;
            engine.execute(guarded(this::chunk));
        }
    }

    public void pause() { playing.set(false); }

    private void chunk() {
        if (!playing.get()) return;
        long start = System.nanoTime();
        Trainer t = trainer;
        for (int i = 0; i < epochsPerChunk && t.canTrain() && playing.get(); i++) t.stepEpoch();
        if (!t.canTrain()) playing.set(false);
        publish(t);
        long rest = FRAME_NANOS - (System.nanoTime() - start);   // no faster than one chunk per frame
        if (playing.get()) engine.later(guarded(this::chunk), rest);
    }

    private void publish(Trainer from) {
        if (from != trainer) return;   // replaced meanwhile: its news is stale
        TrainingSnapshot snapshot = from.snapshot();
        latest.set(snapshot);
        if (listener != null) listener.accept(snapshot);
    }

    @Override
    public void close() {
        playing.set(false);
    }
}
