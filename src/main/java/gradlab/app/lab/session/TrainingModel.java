package gradlab.app.lab.session;

import gradlab.lab.EngineRunner;
import gradlab.lab.History;
import gradlab.lab.LabState;
import gradlab.lab.Timeline;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingSnapshot;
import gradlab.optim.Optimizers;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The run: training the lab's network in the background (play, pause, one sample, batch or epoch),
 * its snapshots shown in the lab once per frame ({@link #onFrame}), divergence and stalls, and the
 * timeline of kept weights that rewinds every view. It follows the lab, which does not know it: each
 * {@link LabModel.Run} the lab announces (another network, new data, a setting that restarts the
 * optimizer) rebuilds the trainer; the learning rate, momentum and speed change the run live.
 */
public final class TrainingModel implements AutoCloseable {
    private final LabModel lab;
    private final TrainingSession training;
    private final Timeline timeline = new Timeline();
    private final ReadOnlyIntegerWrapper viewingEpoch = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(new Progress(0, Double.NaN, false, false));

    /**
     * Where the run is as every view shows it: the epoch on show (the timeline's while it is scrubbed, else
     * the run's) and the training loss at that epoch; {@code diverged} when the run blew up there.
     */
    public record Progress(int epoch, double loss, boolean diverged, boolean past) {}

    /** A run that trains on the window's {@code engine} (tests pass one that runs each command at once). */
    public TrainingModel(LabModel lab, EngineRunner engine) {
        this.lab = lab;
        this.training = new TrainingSession(engine);
        training.snapshotProperty().addListener((o, a, s) -> updateProgress());
        viewingEpoch.addListener((o, a, v) -> updateProgress());
        lab.runProperty().addListener((o, a, run) -> rebuild(run.keepHistory(), !run.keepHistory(), run.continueFrom()));
        lab.stateProperty().addListener((o, a, s) -> live(a, s));
        LabModel.Run now = lab.runProperty().get();
        rebuild(now.keepHistory(), true, now.continueFrom());
        lab.recordRuns(this::undoPoint);
    }

    /** The run as an undo step keeps it: its epoch, losses and curve (not its weights: the lab keeps those). */
    private TrainingSnapshot undoPoint() {
        TrainingSnapshot s = snapshotProperty().get();
        return s == null ? null : new TrainingSnapshot(TrainingSnapshot.Status.READY, "", s.epoch(), s.updates(), s.positionInEpoch(),
                s.trainingLoss(), s.validationLoss(), s.trainingAccuracy(), s.validationAccuracy(), List.of(), s.history());
    }

    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() { return training.snapshotProperty(); }

    /** The one epoch number (and its loss) the toolbar, the timeline and the banner show. */
    public ReadOnlyObjectProperty<Progress> progressProperty() { return progress.getReadOnlyProperty(); }

    private void updateProgress() {
        TrainingSnapshot s = snapshotProperty().get();
        int viewing = viewingEpoch.get();
        if (s == null) {
            progress.set(new Progress(0, Double.NaN, false, false));
        } else if (viewing < 0) {
            progress.set(new Progress(s.epoch(), s.trainingLoss(), s.diverged(), false));
        } else {
            double loss = Arrays.stream(s.history()).filter(h -> h.epoch() == viewing).mapToDouble(History.Entry::trainingLoss).findFirst().orElse(Double.NaN);
            progress.set(new Progress(viewing, loss, false, true));
        }
    }
    public ReadOnlyBooleanProperty playingProperty() { return training.playingProperty(); }
    /** The divergence or stall message while there is one, else empty. */
    public ReadOnlyStringProperty bannerProperty() { return training.bannerProperty(); }

    /** The run's loss history so far (for a session file). */
    public List<History.Entry> history() {
        TrainingSnapshot s = snapshotProperty().get();
        return s == null ? List.of() : List.of(s.history());
    }

    // ---- the frame tick ----

    /** Called once per frame: shows the newest training snapshot in the lab's network, if there is one. */
    public void onFrame() {
        if (viewingEpoch.get() >= 0) return;   // rewound: the window shows the past until Play or "back to now"
        String failure = training.takeRebuildFailure();   // a trainer the engine could not make for the new network or data
        if (failure != null) lab.status().fail(failure);
        TrainingSession.Shown shown = training.showLatest(lab.network());
        if (shown == TrainingSession.Shown.NOTHING) return;
        TrainingSnapshot latest = training.snapshotProperty().get();
        if (!latest.parameters().isEmpty()) timeline.add(latest.epoch(), latest.parameters());
        if (latest.status() == TrainingSnapshot.Status.STOPPED_EARLY) lab.status().say(latest.message());
        if (shown == TrainingSession.Shown.WEIGHTS) lab.weightsChanged();   // a new run's first snapshot: the weights on show already
    }

    // ---- commands ----

    public void togglePlay() {
        if (training.isPlaying()) pause(); else play();
    }

    public void play() {
        if (viewingEpoch.get() >= 0) backToPresent();   // play resumes from the present
        if (!training.isReady()) return;
        lab.checkpoint();   // Ctrl+Z undoes the whole run
        lab.succeeded();
        training.play(lab.state().epochsPerFrame());
    }

    public void pause() { training.pause(); }
    public void stepSample() { lab.succeeded(); training.submit(Trainer::stepSample); }
    public void stepBatch() { lab.succeeded(); training.submit(Trainer::stepBatch); }
    public void stepEpoch() { lab.succeeded(); training.submit(Trainer::stepEpoch); }

    /** After divergence: back to the weights of the last good epoch. */
    public void restoreLastGood() {
        lab.succeeded();
        training.restoreLastGood();
    }

    // ---- the timeline ----

    public Timeline timeline() { return timeline; }

    /** The epoch on show when rewound, or −1 for the present. */
    public ReadOnlyIntegerProperty viewingEpochProperty() { return viewingEpoch.getReadOnlyProperty(); }

    /** Shows the weights of the kept epoch at or before {@code epoch}; training pauses, the trainer itself is untouched. */
    public void rewindTo(int epoch) {
        Timeline.Point p = timeline.at(epoch);
        if (p == null) return;
        pause();
        var mine = lab.network().parameters();
        if (mine.size() != p.parameters().size()) return;
        for (int i = 0; i < mine.size(); i++) System.arraycopy(p.parameters().get(i), 0, mine.get(i).value().data, 0, p.parameters().get(i).length);
        viewingEpoch.set(p.epoch());
        lab.weightsChanged();
    }

    /** Back from the past to the newest weights. */
    public void backToPresent() {
        if (viewingEpoch.get() < 0) return;
        viewingEpoch.set(-1);
        training.showAgain(lab.network());
        lab.weightsChanged();
    }

    /** Makes the rewound weights the start of a new run from that epoch (one undo step); later epochs are dropped. */
    public void trainFromHere() {
        int epoch = viewingEpoch.get();
        if (epoch < 0) return;
        TrainingSnapshot latest = training.snapshotProperty().get();
        lab.checkpoint();
        viewingEpoch.set(-1);
        timeline.truncateAfter(epoch);
        History.Entry[] kept = latest == null ? new History.Entry[0]
                : Arrays.stream(latest.history()).filter(h -> h.epoch() <= epoch).toArray(History.Entry[]::new);
        History.Entry last = kept.length == 0 ? null : kept[kept.length - 1];
        TrainingSnapshot branch = new TrainingSnapshot(TrainingSnapshot.Status.READY, "", epoch, 0, 0,
                last == null ? Double.NaN : last.trainingLoss(), last == null ? Double.NaN : last.validationLoss(),
                last == null ? Double.NaN : last.trainingAccuracy(), last == null ? Double.NaN : last.validationAccuracy(), List.of(), kept);
        rebuild(false, false, branch);
        lab.status().say("Training goes on from epoch " + epoch + " (Ctrl+Z goes back to the run you left)");
    }

    // ---- following the lab ----

    /** A new trainer for the lab as it is now; with {@code continueFrom}, it goes on from that snapshot. */
    private void rebuild(boolean keepHistory, boolean forgetTimeline, TrainingSnapshot continueFrom) {
        if (forgetTimeline) timeline.clear();
        else if (continueFrom != null) timeline.truncateAfter(continueFrom.epoch());   // undone epochs are not the past any more
        viewingEpoch.set(-1);
        if (lab.network() == null || lab.dataset() == null) return;
        training.pause();
        try {
            training.rebuild(lab.network(), lab.split(), lab.dataset(), lab.state().trainingConfig(), lab.state().epochsPerFrame(), keepHistory);
        } catch (IllegalArgumentException e) {
            lab.status().fail(e.getMessage());
            return;
        }
        if (continueFrom != null) training.submit(t -> t.continueFrom(continueFrom));
    }

    /** The settings that change a run while it goes on. */
    private void live(LabState before, LabState now) {
        if (before.learningRate() != now.learningRate()) training.submit(t -> t.setLearningRate(now.learningRate()));
        if (before.momentum() != now.momentum()) {
            training.submit(t -> {
                if (t.optimizer() instanceof Optimizers.Momentum m) m.setMomentum(now.momentum());
            });
        }
        if (before.epochsPerFrame() != now.epochsPerFrame()) training.setEpochsPerChunk(now.epochsPerFrame());
    }

    @Override
    public void close() { training.close(); }
}
