package gradlab.app.session;

import gradlab.data.CsvData;
import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.io.InputError;
import gradlab.lab.DataFit;
import gradlab.lab.LabState;
import gradlab.lab.Presets;
import gradlab.lab.TargetEncoding;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingSnapshot;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkEdits;
import gradlab.nn.NetworkFile;
import gradlab.optim.Optimizers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's view model: read-only properties the views bind to, and command methods. The
 * network shown and edited here lives on the FX thread; training runs on a copy in the background and
 * its snapshots are copied in once per frame ({@link #onFrame}). Every edit is undoable.
 */
public final class LabModel implements AutoCloseable {
    /** What undo restores: the network and the data together (points can be clicked in and out). */
    private record Memento(Network network, Dataset dataset) {}

    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dataset.Split> split = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabState> state = new ReadOnlyObjectWrapper<>(LabState.defaults());
    private final Status status = new Status();
    private final ReadOnlyIntegerWrapper sample = new ReadOnlyIntegerWrapper();
    private final UndoHistory<Memento> history = new UndoHistory<>(200);
    private String gesture;   // the parameter being dragged or scrolled
    private final TrainingSession training = new TrainingSession();
    private final gradlab.lab.Timeline timeline = new gradlab.lab.Timeline();
    private final javafx.beans.property.ReadOnlyIntegerWrapper viewingEpoch = new javafx.beans.property.ReadOnlyIntegerWrapper(-1);

    public LabModel() {
        newDefaultNetwork();
    }

    // ---- read-only state ----
    public ReadOnlyObjectProperty<Network> networkProperty() { return network.getReadOnlyProperty(); }
    public Network network() { return network.get(); }
    /** Bumps whenever the network's weights or shape change: views redraw on it. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public Dataset dataset() { return dataset.get(); }
    public Dataset.Split split() { return split.get(); }
    public ReadOnlyObjectProperty<LabState> stateProperty() { return state.getReadOnlyProperty(); }
    public LabState state() { return state.get(); }
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() { return training.snapshotProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return training.playingProperty(); }
    /** The divergence message while diverged, else empty. */
    public ReadOnlyStringProperty bannerProperty() { return training.bannerProperty(); }
    /** The status line: what an action did, or what went wrong and where. */
    public Status status() { return status; }
    public ReadOnlyIntegerProperty sampleProperty() { return sample.getReadOnlyProperty(); }


    public ReadOnlyBooleanProperty canUndoProperty() { return history.canUndoProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return history.canRedoProperty(); }

    public Loss loss() { return Loss.byName(state().loss()).orElseThrow(); }

    public TargetEncoding encoding() { return TargetEncoding.forNetwork(network(), dataset()); }

    /** The encoded target of a data sample, as the network should output it. */
    public double[] target(int index) { return encoding().encode(dataset().target(index)); }

    // ---- the frame tick ----

    /** Called once per frame: shows the newest training snapshot, if there is one. */
    public void onFrame() {
        if (viewingEpoch.get() >= 0) return;   // rewound: the window shows the past until Play or "back to now"
        if (!training.showLatest(network())) return;
        TrainingSnapshot latest = training.snapshotProperty().get();
        if (!latest.parameters().isEmpty()) timeline.add(latest.epoch(), latest.parameters());
        if (latest.status() == TrainingSnapshot.Status.STOPPED_EARLY) status.say(latest.message());
        revision.set(revision.get() + 1);
    }

    // ---- the timeline ----

    public gradlab.lab.Timeline timeline() { return timeline; }

    /** The epoch on show when rewound, or −1 for the present. */
    public javafx.beans.property.ReadOnlyIntegerProperty viewingEpochProperty() { return viewingEpoch.getReadOnlyProperty(); }

    /** Shows the weights of the kept epoch at or before {@code epoch}; training pauses, the trainer itself is untouched. */
    public void rewindTo(int epoch) {
        gradlab.lab.Timeline.Point p = timeline.at(epoch);
        if (p == null) return;
        pause();
        var mine = network().parameters();
        if (mine.size() != p.parameters().size()) return;
        for (int i = 0; i < mine.size(); i++) System.arraycopy(p.parameters().get(i), 0, mine.get(i).value().data, 0, p.parameters().get(i).length);
        viewingEpoch.set(p.epoch());
        revision.set(revision.get() + 1);
    }

    /** Back from the past to the newest weights. */
    public void backToPresent() {
        if (viewingEpoch.get() < 0) return;
        viewingEpoch.set(-1);
        training.showAgain(network());
        revision.set(revision.get() + 1);
    }

    /** Makes the rewound weights the start of a new run from that epoch (one undo step); later epochs are dropped. */
    public void trainFromHere() {
        int epoch = viewingEpoch.get();
        if (epoch < 0) return;
        TrainingSnapshot latest = training.snapshotProperty().get();
        history.push(memento());
        viewingEpoch.set(-1);
        timeline.truncateAfter(epoch);
        gradlab.lab.History.Entry[] kept = latest == null ? new gradlab.lab.History.Entry[0]
                : java.util.Arrays.stream(latest.history()).filter(h -> h.epoch() <= epoch).toArray(gradlab.lab.History.Entry[]::new);
        gradlab.lab.History.Entry last = kept.length == 0 ? null : kept[kept.length - 1];
        TrainingSnapshot branch = new TrainingSnapshot(TrainingSnapshot.Status.READY, "", epoch, 0, 0,
                last == null ? Double.NaN : last.trainingLoss(), last == null ? Double.NaN : last.validationLoss(),
                last == null ? Double.NaN : last.trainingAccuracy(), last == null ? Double.NaN : last.validationAccuracy(), List.of(), kept);
        rebuildTrainer(false, false);
        training.submit(t -> t.continueFrom(branch));
        status.say("Training goes on from epoch " + epoch + " (Ctrl+Z goes back to the run you left)");
    }

    // ---- training commands ----

    public void togglePlay() {
        if (training.isPlaying()) pause(); else play();
    }

    public void play() {
        if (viewingEpoch.get() >= 0) backToPresent();   // play resumes from the present
        if (!training.isReady()) return;
        history.push(memento());
        training.play(state().epochsPerFrame());
    }

    public void pause() { training.pause(); }
    public void stepSample() { training.submit(Trainer::stepSample); }
    public void stepBatch() { training.submit(Trainer::stepBatch); }
    public void stepEpoch() { training.submit(Trainer::stepEpoch); }

    /** New weights from the network's init scheme and the seed; the history starts over. */
    public void reset() { reset(network().init()); }

    /** New weights drawn by {@code init} from the seed; the history starts over. */
    public void reset(Init init) {
        pause();
        history.push(memento());
        setNetwork(Presets.reinitialised(network(), init, state().seed()), false);
        status.say("Reset: new weights (" + init.fileName() + ", seed " + state().seed() + ")");
    }

    /** After divergence: back to the weights of the last good epoch. */
    public void restoreLastGood() { training.restoreLastGood(); }

    /** Changes one setting; the learning rate and momentum take effect mid-run, the rest restart the trainer on the current weights. */
    public void set(String key, Object value) {
        LabState next;
        try {
            next = state().with(key, value);
        } catch (IllegalArgumentException e) {
            status.fail(e.getMessage().startsWith(key + ":") ? e.getMessage() : key + ": " + e.getMessage());
            return;
        }
        if (next.equals(state())) return;   // a click on a slider that does not move it changes nothing
        state.set(next);
        switch (gradlab.lab.Settings.named(key).effect()) {   // one table says what a change does
            case LIVE -> {
                switch (key) {
                    case "learningRate" -> training.submit(t -> t.setLearningRate(next.learningRate()));
                    case "momentum" -> training.submit(t -> {
                        if (t.optimizer() instanceof Optimizers.Momentum m) m.setMomentum(next.momentum());
                    });
                    case "epochsPerFrame" -> training.setEpochsPerChunk(next.epochsPerFrame());
                    default -> { }
                }
            }
            case REGENERATE_DATA -> regenerateData();
            case RESTART_TRAINER -> rebuildTrainer(true);
            case VIEW_ONLY -> { }   // views that show it follow the state
            case ON_RESET -> { }
        }
    }

    /** Applies a whole state (a lesson's or a saved session's). */
    public void apply(LabState next) {
        state.set(next);
        regenerateData();
    }

    // ---- data ----

    public void regenerateData() {
        LabState s = state();
        if (s.data().toLowerCase().endsWith(".csv")) {
            try {
                setDataset(CsvData.load(Path.of(s.data())));
            } catch (InputError e) {
                status.fail(e.getMessage());
            }
            return;
        }
        setDataset(Generators.generate(new Generators.Spec(s.data(), s.points(), s.noise(), s.dataSeed(), s.steps())));
    }

    /** Loads a CSV; a broken file leaves the current data as it was and says where the problem is. */
    public void loadCsv(Path file) {
        try {
            Dataset loaded = CsvData.load(file);
            state.set(state().with("data", file.toString()));
            history.push(memento());
            setDataset(loaded);
            status.say("Loaded " + loaded.size() + " samples from " + file.getFileName());
        } catch (InputError e) {
            status.fail(e.getMessage());
        }
    }

    private void setDataset(Dataset data) {
        DataFit.Result fit = DataFit.fit(network(), data, loss());
        if (!fit.changes().isEmpty()) status.say(String.join(" ", fit.changes()));
        if (fit.loss() != null) state.set(state().with("loss", fit.loss().fileName()));
        Network fitted = fit.network();
        showData(data);
        if (fitted != network()) {
            setNetwork(fitted, false);
        } else {
            rebuildTrainer(false);
        }
    }

    /** Adds a point of class {@code cls} (or target value) at (x1, x2). */
    public void addPoint(double x1, double x2, double targetValue) {
        history.push(memento());
        double[] x = dataset().inputCount() == 1 ? new double[] {x1} : new double[] {x1, x2};
        double[] t = dataset().classes() > 2 ? oneHot((int) targetValue, dataset().classes()) : new double[] {targetValue};
        replaceData(dataset().withPoint(x, t));
    }

    /** Removes the point nearest to (x1, x2) within {@code radius}; false if there is none. */
    public boolean removePoint(double x1, double x2, double radius) {
        int index = dataset().nearest(x1, x2, radius);
        if (index < 0) return false;
        history.push(memento());
        replaceData(dataset().withoutPoint(index));
        return true;
    }

    private static double[] oneHot(int c, int classes) {
        double[] t = new double[classes];
        t[Math.max(0, Math.min(classes - 1, c))] = 1;
        return t;
    }

    private void replaceData(Dataset data) {
        showData(data);
        rebuildTrainer(true);
    }

    /**
     * Makes {@code data} the data on show: its split first and a selected sample that still exists, so
     * the views that redraw when the data changes see all three agree.
     */
    private void showData(Dataset data) {
        split.set(data.split(state().validation(), state().dataSeed()));
        sample.set(Math.max(0, Math.min(sample.get(), data.size() - 1)));
        dataset.set(data);
    }

    public void selectSample(int index) {
        if (index < 0 || index >= dataset().size()) return;
        sample.set(index);
    }

    // ---- network edits (all undoable) ----

    public void edit(java.util.function.UnaryOperator<Network> change) {
        gesture = null;
        apply(change, true);
    }

    private void apply(java.util.function.UnaryOperator<Network> change, boolean undoable) {
        Network next;
        try {
            next = change.apply(network());
        } catch (IllegalArgumentException e) {
            status.fail(e.getMessage());
            return;
        }
        if (undoable) history.push(memento());
        status.clearError();   // the next edit that works clears an error from the status bar
        setNetwork(next, true);
    }

    public void addLayer() { edit(net -> NetworkEdits.addHiddenLayer(net, 2)); }
    public void removeLayer() { edit(NetworkEdits::removeHiddenLayer); }
    public void addNeuron(int layer) { edit(net -> NetworkEdits.addUnit(net, layer)); }
    public void removeNeuron(int layer) { edit(net -> NetworkEdits.removeUnit(net, layer)); }
    public void setActivation(int layer, Activation a) { edit(net -> NetworkEdits.setActivation(net, layer, a)); }
    public void setFeatures(List<String> names) { edit(net -> NetworkEdits.setFeatures(net, Features.named(names))); }

    /** Sets one weight or bias by name, e.g. {@code layers.0.weights[1,0]}. */
    public void setParameter(String name, double value) {
        gesture = null;
        changeParameter(name, value, true);
    }

    /**
     * A step of a drag or a run of scroll nudges on one parameter: the whole gesture is one undo step,
     * recorded by its first change.
     */
    public void adjustParameter(String name, double value) {
        boolean first = !name.equals(gesture);
        gesture = name;
        changeParameter(name, value, first);
    }

    private void changeParameter(String name, double value, boolean undoable) {
        if (!Double.isFinite(value)) {
            status.fail(name + ": " + value + " is not a finite number");
            return;
        }
        apply(net -> {
            Network copy = net.copy();
            copy.set(name, value);
            return copy;
        }, undoable);
    }

    public void undo() {
        Memento previous = history.undo(memento());
        if (previous != null) restore(previous);
    }

    public void redo() {
        Memento next = history.redo(memento());
        if (next != null) restore(next);
    }

    private Memento memento() { return new Memento(network().copy(), dataset()); }

    private void restore(Memento m) {
        pause();
        showData(m.dataset());
        setNetwork(m.network().copy(), true);
    }

    private void setNetwork(Network next, boolean keepHistory) {
        network.set(next);
        rebuildTrainer(keepHistory);
        revision.set(revision.get() + 1);
    }

    // ---- files and new networks ----

    /** Opens a network file; a broken file leaves the current network untouched and says line:column. */
    public boolean open(Path file) {
        try {
            Network loaded = NetworkFile.load(file);
            history.push(memento());
            setNetwork(loaded, false);
            if (loaded.features().rawCount() != dataset().inputCount()) {
                status.say("Opened " + file.getFileName() + "; its " + loaded.features().rawCount()
                        + " input(s) do not fit the data's " + dataset().inputCount() + ": choose other data");
                return true;
            }
            status.say("Opened " + file.getFileName());
            return true;
        } catch (InputError e) {
            status.fail(e.getMessage());
            return false;
        }
    }

    public boolean save(Path file) {
        try {
            NetworkFile.save(network(), file);
            status.say("Saved " + file.getFileName());
            return true;
        } catch (IOException e) {
            status.fail(file + ": cannot write: " + e.getMessage());
            return false;
        }
    }

    /** Saves network, settings, data and training history as one session file (atomically). */
    public boolean saveSession(Path file) {
        TrainingSnapshot s = snapshotProperty().get();
        gradlab.lab.Session session = new gradlab.lab.Session(state(), network(), dataset(), s == null ? List.of() : List.of(s.history()));
        try {
            gradlab.io.AtomicFiles.writeString(file, session.format());
            status.say("Saved the session to " + file.getFileName());
            return true;
        } catch (IOException e) {
            status.fail(file + ": cannot write: " + gradlab.io.TextFiles.reason(e));
            return false;
        }
    }

    /** Opens a session file exactly as it was saved; a broken file changes nothing and says where. */
    public boolean openSession(Path file) {
        gradlab.lab.Session session;
        try {
            session = gradlab.lab.Session.parse(file.toString(), gradlab.io.TextFiles.read(file));
        } catch (InputError e) {
            status.fail(e.getMessage());
            return false;
        }
        pause();
        if (network() != null) history.push(memento());
        state.set(session.state());
        showData(session.data());
        setNetwork(session.network(), false);
        training.submit(t -> t.continueFrom(session.snapshot()));
        status.say("Opened the session " + file.getFileName() + " (epoch " + session.snapshot().epoch() + ")");
        return true;
    }

    /** A lesson step's set-up: its network and settings (and so its data) in one undo step; training starts afresh. */
    public void setUp(Network net, LabState next) {
        pause();
        if (network() != null) history.push(memento());
        state.set(next);
        network.set(net);
        regenerateData();
    }

    /** Playground's opening network: 2-4-2-1 tanh on the circle. */
    public void newDefaultNetwork() {
        if (network() != null) history.push(memento());
        state.set(LabState.defaults());
        network.set(Presets.playground());
        regenerateData();
    }

    /** XOR by hand (notes 000): 2 inputs, 2 step neurons, 1 step output, every weight 0, the truth table as data. */
    public void newXorByHand() {
        if (network() != null) history.push(memento());
        pause();
        state.set(state().with("data", "xor-table").with("validation", 0.0).with("loss", "quadratic").with("batch", 4));
        network.set(Presets.xorByHand());
        regenerateData();
        status.say("XOR by hand: click an edge or a neuron and type its weight. Goal: all four rows green.");
    }

    // ---- the trainer ----

    private void rebuildTrainer(boolean keepHistory) {
        rebuildTrainer(keepHistory, !keepHistory);
    }

    private void rebuildTrainer(boolean keepHistory, boolean forgetTimeline) {
        if (forgetTimeline) timeline.clear();
        viewingEpoch.set(-1);
        if (network() == null || dataset() == null) return;
        training.pause();
        try {
            training.rebuild(network(), split(), dataset(), state().trainingConfig(), state().epochsPerFrame(), keepHistory);
        } catch (IllegalArgumentException e) {
            status.fail(e.getMessage());
        }
    }

    @Override
    public void close() { training.close(); }
}
