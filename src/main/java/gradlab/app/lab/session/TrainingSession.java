package gradlab.app.lab.session;

import gradlab.data.Dataset;
import gradlab.lab.History;
import gradlab.lab.EngineRunner;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingConfig;
import gradlab.lab.TrainingRunner;
import gradlab.lab.TrainingSnapshot;
import gradlab.nn.Network;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The background training behind the window: a {@link TrainingRunner} training a copy of the window's
 * network, and the properties views read (latest snapshot, playing, divergence banner). Once per frame
 * {@link #showLatest} copies the newest snapshot's weights into the window's network.
 */
final class TrainingSession implements AutoCloseable {
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final EngineRunner engine;
    private TrainingRunner runner;
    private long shownUpdates = -1;

    /** Training on the window's {@code engine} (tests pass one that runs at once). */
    TrainingSession(EngineRunner engine) { this.engine = engine; }

    ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }
    boolean isReady() { return runner != null && runner.latest().status() == TrainingSnapshot.Status.READY; }
    boolean isPlaying() { return runner != null && runner.isPlaying(); }

    /**
     * Trains a copy of {@code network} from now on. With {@code keepHistory} the epoch count and the loss
     * curve go on (a setting changed); otherwise they start over (new weights or new data). The first trainer
     * is made at once; a later one is made on the engine (copying 100,000 samples into its tensors is no work
     * for the FX thread) and shown from the first frame after it is made: until then no frame shows the old
     * trainer's weights. A trainer that cannot be made (the data does not fit the network) is an
     * {@link IllegalArgumentException} here when the engine runs at once, else {@link #takeRebuildFailure}.
     */
    void rebuild(Network network, Dataset.Split split, Dataset all, TrainingConfig config, int epochsPerChunk, boolean keepHistory) {
        TrainingSnapshot previous = runner == null ? null : runner.latest();
        Dataset training = split.training().size() > 0 ? split.training() : all;
        Network copy = network.copy();
        if (runner == null) {
            runner = new TrainingRunner(new Trainer(copy, training, split.validation(), config), null, engine);
            runner.setEpochsPerChunk(epochsPerChunk);
            shownUpdates = -1;
            snapshot.set(runner.latest());
            return;
        }
        runner.pause();
        runner.setEpochsPerChunk(epochsPerChunk);
        long generation = ++asked;
        TrainingRunner to = runner;
        AtomicReference<Object> outcome = new AtomicReference<>();   // the trainer made, or why not
        engine.execute(() -> {
            try {
                Trainer trainer = new Trainer(copy, training, split.validation(), config);
                if (keepHistory && previous != null && !previous.diverged()) trainer.continueFrom(previous);
                to.replace(trainer);
                built = generation;   // from now on frames show the new trainer
                outcome.set(trainer);
            } catch (IllegalArgumentException e) {
                rebuildFailure = e.getMessage();   // no frame shows a trainer until the next one is made
                outcome.set(e);
            } catch (OutOfMemoryError e) {   // the engine's executor would keep it to itself: told on the status line instead
                rebuildFailure = "not enough memory to train on " + training.size() + " samples (start the program with a larger -Xmx)";
                outcome.set(new IllegalArgumentException(rebuildFailure));
            }
        });
        Object made = outcome.get();
        if (made instanceof IllegalArgumentException e) {   // made at once (a test's engine) and failed: said at once, as ever
            rebuildFailure = null;
            throw e;
        }
        shownUpdates = -1;
        banner.set("");
        playing.set(false);
        if (made != null) snapshot.set(runner.latest());   // made at once: shown at once, as ever
    }

    private long asked;            // the trainers asked for (FX thread)
    private volatile long built;   // the last one made (engine)
    private volatile String rebuildFailure;

    /** Why the last trainer made on the engine could not be made, once; null if it could. */
    String takeRebuildFailure() {
        String failure = rebuildFailure;
        rebuildFailure = null;
        return failure;
    }

    /** What a frame found: nothing new, a new snapshot with the weights the window shows already, or new weights. */
    enum Shown { NOTHING, SNAPSHOT, WEIGHTS }

    /**
     * Copies the newest snapshot into {@code network}. A new run's first snapshot holds the weights it was
     * made from, the window's own: that is a new snapshot but no new weights (an edit is not announced twice).
     */
    Shown showLatest(Network network) {
        if (runner == null || built != asked) return Shown.NOTHING;   // the next trainer is still being made
        TrainingSnapshot latest = runner.latest();
        playing.set(runner.isPlaying());
        String failure = runner.failure();
        if (failure != null) banner.set(failure);
        if (latest.updates() == shownUpdates && latest == snapshot.get()) {
            if (failure == null && banner.get().startsWith("training stopped")) banner.set("");   // a later command worked
            return Shown.NOTHING;
        }
        List<double[]> params = latest.parameters();
        var mine = network.parameters();
        boolean moved = false;
        if (params.size() == mine.size()) {
            for (int p = 0; p < params.size(); p++) {
                double[] theirs = params.get(p), own = mine.get(p).value().data;
                if (theirs.length == own.length && !Arrays.equals(theirs, own)) {
                    System.arraycopy(theirs, 0, own, 0, theirs.length);
                    moved = true;
                }
            }
        }
        shownUpdates = latest.updates();
        snapshot.set(latest);
        banner.set(failure != null ? failure : latest.diverged() ? latest.message() : stallNote(latest));
        return moved ? Shown.WEIGHTS : Shown.SNAPSHOT;
    }

    /** Shows the newest snapshot's weights again, even if they were shown before (after a rewind). */
    void showAgain(Network network) {
        shownUpdates = -1;
        showLatest(network);
    }

    /** Epochs without any change of the training loss after which the banner says training has stalled. */
    static final int STALL_EPOCHS = 200;

    /**
     * "The loss has not moved for N epochs: …" when the training loss has stayed put (to nine digits) for
     * {@link #STALL_EPOCHS} epochs or more: saturated tanh or sigmoid units, or step units with no gradient.
     */
    static String stallNote(TrainingSnapshot s) {
        History.Entry[] h = s.history();
        if (h.length < 2 || s.epoch() < STALL_EPOCHS) return "";
        double last = h[h.length - 1].trainingLoss(), tolerance = 1e-9 * Math.max(Math.abs(last), 1e-12);
        int since = h[h.length - 1].epoch();
        for (int i = h.length - 1; i >= 0; i--) {
            if (Math.abs(h[i].trainingLoss() - last) > tolerance) break;
            since = h[i].epoch();
        }
        int still = h[h.length - 1].epoch() - since;
        if (still < STALL_EPOCHS) return "";
        return "the loss has not moved for " + still + " epochs: the units may be saturated (tanh or sigmoid after too large a step) "
                + "or have no gradient at all (step units). Try a smaller learning rate, another activation, or Reset.";
    }

    void play(int epochsPerChunk) {
        if (runner == null) return;
        runner.setEpochsPerChunk(epochsPerChunk);
        runner.play();
        playing.set(true);
    }

    void pause() {
        if (runner != null) runner.pause();
        playing.set(false);
    }

    void setEpochsPerChunk(int epochs) { if (runner != null) runner.setEpochsPerChunk(epochs); }

    /** Runs a command on the training thread (steps, a new learning rate, restoring weights); nothing before the first run. */
    void submit(Consumer<Trainer> command) { if (runner != null) runner.submit(command); }

    void restoreLastGood() {
        submit(Trainer::restoreLastGood);
        banner.set("");
    }

    @Override
    public void close() {
        if (runner != null) runner.close();
    }
}
