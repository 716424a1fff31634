package gradlab.app.lab.session;

import gradlab.data.CsvData;
import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.io.AtomicFiles;
import gradlab.io.InputError;
import gradlab.io.TextFiles;
import gradlab.lab.DataFit;
import gradlab.lab.History;
import gradlab.lab.LabState;
import gradlab.lab.Presets;
import gradlab.lab.PythonExport;
import gradlab.lab.Session;
import gradlab.lab.Settings;
import gradlab.nn.TargetEncoding;
import gradlab.lab.TrainingAnimation;
import gradlab.lab.TrainingConfig;
import gradlab.lab.TrainingSnapshot;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import gradlab.nn.NetworkEdits;
import gradlab.nn.NetworkFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The experiment on the lab's bench: the network, the data (and the chosen sample), the settings, and
 * undo over network, data and settings together. Every edit is undoable, a change of a setting too. It lives on the FX thread and knows no
 * model that follows it: training ({@link TrainingModel}), the status line's readers, the stepper and
 * the editor's selection listen to its properties; it announces what needs a new training run as a
 * {@link Run}. Each action publishes one {@link Change} when everything is in place, whatever it changed:
 * whoever does work for a change (the step-through, a lesson's live check) follows that one event.
 */
public final class LabModel {
    /**
     * A change that needs a new training run, as the lab announces it to whoever trains its network: keep
     * the loss history (an edit, a setting) or start over (new weights, new data), and a snapshot to go on
     * from (a reopened session). {@code id} makes every announcement a new value.
     */
    public record Run(long id, boolean keepHistory, TrainingSnapshot continueFrom) {}
    // keepHistory with continueFrom: undo or redo within one run's lineage; without keepHistory: a reopened session

    /**
     * What undo restores: the network, the data (points can be clicked in and out) and the settings
     * together, and the training run as it was (its epoch and loss curve), when something records runs.
     */
    private record Memento(Network network, Dataset dataset, LabState state, TrainingSnapshot run) {}

    /**
     * One action on the lab as its followers hear it, once, after the network, the data, the settings and
     * the sample are all in place: {@code version} counts the changes; {@code network} a network object of
     * its own (an edit, a file, undo, a lesson step), {@code weights} the network's numbers (that too, or
     * in place: training, the timeline), {@code data}, {@code state} the settings, {@code sample} the
     * chosen sample.
     */
    public record Change(long version, boolean network, boolean weights, boolean data, boolean state, boolean sample) {}

    private final ReadOnlyObjectWrapper<Change> change = new ReadOnlyObjectWrapper<>(new Change(0, true, true, true, true, true));
    private boolean changedNetwork, changedWeights, changedData, changedState, changedSample;

    private final Held<Network> network = new Held<>("network");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final Held<Dataset> dataset = new Held<>("dataset");
    private Dataset.Split split;
    private final ReadOnlyObjectWrapper<LabState> state = new ReadOnlyObjectWrapper<>(LabState.defaults());
    private final Status status = new Status();
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(new Run(0, false, null));
    private final ReadOnlyIntegerWrapper sample = new ReadOnlyIntegerWrapper();
    private final UndoHistory<Memento> history = new UndoHistory<>(200);
    private Supplier<TrainingSnapshot> runNow = () -> null;
    private String gesture;   // the parameter being dragged or scrolled, or the setting being stepped ("setting " + its name)

    public LabModel() {
        newDefaultNetwork();
    }

    /** The latest change, published once per action after everything is in place. */
    public ReadOnlyObjectProperty<Change> changeProperty() { return change.getReadOnlyProperty(); }

    /**
     * Publishes what the action changed, as one {@link Change} and then (when the network's numbers
     * changed) one new revision: followers of the change (the stepper) are up to date before the views
     * that redraw on the revision draw.
     */
    private void publish() {
        if (!(changedNetwork || changedWeights || changedData || changedState || changedSample)) return;
        Change next = new Change(change.get().version() + 1, changedNetwork, changedWeights, changedData, changedState, changedSample);
        changedNetwork = changedWeights = changedData = changedState = changedSample = false;
        change.set(next);
        if (next.weights()) revision.set(revision.get() + 1);
    }

    /** The settings from now on (told to the state's listeners at once, and in the action's change). */
    private void setState(LabState next) {
        changedState |= !next.equals(state());
        state.set(next);
    }

    // ---- read-only state ----
    public ReadOnlyObjectProperty<Network> networkProperty() { return network; }
    public Network network() { return network.get(); }
    /** Bumps once per action that changed the network's weights or shape, after its {@link Change}: views redraw on it. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset; }
    public Dataset dataset() { return dataset.get(); }
    public Dataset.Split split() { return split; }
    public ReadOnlyObjectProperty<LabState> stateProperty() { return state.getReadOnlyProperty(); }
    public LabState state() { return state.get(); }
    /** The latest change that needs a new training run; a training model follows it. */
    public ReadOnlyObjectProperty<Run> runProperty() { return run.getReadOnlyProperty(); }

    private void newRun(boolean keepHistory, TrainingSnapshot continueFrom) {
        run.set(new Run(run.get().id() + 1, keepHistory, continueFrom));
    }

    /**
     * Undo steps remember the run as {@code runNow} tells it (the training model's progress), so undoing
     * a run brings back its epoch and loss curve along with its weights.
     */
    public void recordRuns(Supplier<TrainingSnapshot> runNow) { this.runNow = runNow; }

    /** Remembers the experiment as it is now as one undo step (before a training run changes the weights). */
    public void checkpoint() { remember(); }

    /** Remembers the experiment as one undo step; a drag or run of steps after it is a new one. */
    private void remember() {
        gesture = null;
        history.push(memento());
    }

    /** The network's weights changed in place (a training frame, the timeline): views redraw. */
    public void weightsChanged() {
        changedWeights = true;
        publish();
    }

    /** The status line: what an action did, or what went wrong and where. */
    public Status status() { return status; }
    public ReadOnlyIntegerProperty sampleProperty() { return sample.getReadOnlyProperty(); }


    public ReadOnlyBooleanProperty canUndoProperty() { return history.canUndoProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return history.canRedoProperty(); }

    public Loss loss() { return Loss.byName(state().loss()).orElseThrow(); }

    public TargetEncoding encoding() { return TargetEncoding.forNetwork(network(), dataset()); }

    /** The encoded target of a data sample, as the network should output it. */
    public double[] target(int index) { return encoding().encode(dataset().target(index)); }

    /** New weights drawn as the network's were (see {@link Presets#initOf}) from the seed; the history starts over. */
    public void reset() { reset(Presets.initOf(network())); }

    /** New weights drawn by {@code init} from the seed; the history starts over. */
    public void reset(Init init) {
        remember();
        setNetwork(Presets.reinitialised(network(), init, state().seed()), false);
        status.say("Reset: new weights (" + init.fileName() + ", seed " + state().seed() + ")");
        publish();
    }

    /**
     * Changes one setting as one undo step; the learning rate and momentum take effect mid-run, the rest
     * restart the trainer on the current weights.
     */
    public <T> void set(Settings.Key<T> key, T value) {
        gesture = null;
        set(key.name(), value, true);
        publish();
    }

    /**
     * A step of a run of arrow or wheel steps on one setting: the whole run is one undo step, recorded by
     * its first change (as {@link #adjustParameter} does for a weight).
     */
    public <T> void adjust(Settings.Key<T> key, T value) {
        String name = "setting " + key.name();
        boolean first = !name.equals(gesture);
        if (set(key.name(), value, first)) gesture = name;
        publish();
    }

    /** Whether the setting took a new value (a refused or unchanged one is no undo step). */
    private boolean set(String key, Object value, boolean undoable) {
        LabState next;
        try {
            next = state().with(key, value);
        } catch (IllegalArgumentException e) {
            status.fail(e.getMessage().startsWith(key + ":") ? e.getMessage() : key + ": " + e.getMessage());
            return false;
        }
        status.clearError();   // a value taken: an earlier error is over
        if (next.equals(state())) return false;   // a click on a slider that does not move it changes nothing
        if (undoable) history.push(memento());
        setState(next);
        switch (Settings.named(key).effect()) {   // one table says what a change does
            case REGENERATE_DATA -> regenerateData();
            case RESTART_TRAINER -> newRun(true, null);
            case LIVE, VIEW_ONLY, ON_RESET -> { }   // the run and the views follow the state themselves
        }
        return true;
    }

    /** Applies a whole state (a lesson's or a saved session's). */
    public void apply(LabState next) {
        setState(next);
        regenerateData();
        publish();
    }

    // ---- data ----

    /** New data from the state's settings, for the network on the bench. */
    private void regenerateData() { setUpBench(network()); }

    /**
     * The data the state names (generated, or its CSV file), or null when its CSV file cannot be read (said
     * in the status line).
     */
    private Dataset dataFromState() {
        LabState s = state();
        if (s.data().toLowerCase().endsWith(".csv")) {
            try {
                return CsvData.load(Path.of(s.data()));
            } catch (InputError e) {
                status.fail(e.getMessage());
                return null;
            }
        }
        return Generators.generate(new Generators.Spec(s.data(), s.points(), s.noise(), s.dataSeed(), s.steps()));
    }

    /**
     * Puts {@code net} and the state's data on the bench together, the network fitted to the data: whoever
     * hears of either finds the other already in place (a 1-output network never meets 2-column data).
     */
    private void setUpBench(Network net) {
        Dataset data = dataFromState();
        if (data == null) {
            if (net == network() || dataset() == null) return;   // the data stays; only a new network has to be fitted to it
            data = dataset();
        }
        fitAndShow(net, data);
    }

    /**
     * Loads a CSV: the file is read and parsed off the FX thread (see {@link #readFilesOn}), then the data
     * goes on the bench in one step (one undo step); a broken file leaves the current data as it was and
     * says where the problem is.
     */
    public void loadCsv(Path file) {
        double validation = state().validation();
        long seed = state().dataSeed();
        read(file, () -> prepared(CsvData.load(file), validation, seed), loaded -> {
            remember();   // before the data's name changes: undo brings back the old name with the old data
            setState(state().with("data", file.toString()));
            fitAndShow(network(), loaded);
            status.say("Loaded " + loaded.size() + " samples from " + file.getFileName());
            publish();
        });
    }

    /** Reading and parsing a file, which may take a while: it runs on the worker of {@link #readFilesOn}. */
    private interface FileReading<T> {
        T read() throws InputError;
    }

    /** A split made on the file worker, with what it was made from: {@link #show} takes it if the settings still say the same. */
    private record PreparedSplit(Dataset data, double validation, long seed, Dataset.Split split) {}

    private volatile PreparedSplit prepared;

    /** Splits freshly read {@code data} as the settings will (on the file worker: 100,000 samples take a while); {@code data} again. */
    private Dataset prepared(Dataset data, double validation, long seed) {
        try {
            prepared = new PreparedSplit(data, validation, seed, data.split(validation, seed));
        } catch (IllegalArgumentException e) {
            prepared = null;   // said when the lab splits it itself
        }
        return data;
    }

    private Executor fileWorker = Runnable::run;
    private Consumer<Runnable> toScreen = Runnable::run;

    /**
     * Where files are read from now on: {@code worker} reads and parses them (the window's engine runner, off
     * the FX thread) and {@code toScreen} brings the result back to the FX thread, where it changes the lab in
     * one step. Until this is called (a model of its own in a test or a lesson) files are read at once.
     */
    public void readFilesOn(Executor worker, Consumer<Runnable> toScreen) {
        this.fileWorker = worker;
        this.fileWriter = worker;
        this.toScreen = toScreen;
    }

    private Executor fileWriter = Runnable::run;

    /** Where sessions are written from now on (after {@link #readFilesOn}): the engine, waited for when the window closes. */
    public void writeFilesOn(Executor writer) {
        this.fileWriter = writer;
    }

    /**
     * Reads {@code file} on the file worker and hands what it read to {@code use} on the FX thread; while it
     * reads, the status line says so. A broken file changes nothing: the status line says where it is broken.
     */
    private <T> void read(Path file, FileReading<T> reading, Consumer<T> use) {
        status.say("Reading " + file.getFileName() + " …");
        fileWorker.execute(() -> {
            Object result;
            try {
                result = reading.read();
            } catch (InputError | RuntimeException | OutOfMemoryError e) {
                result = e;   // told on the FX thread
            }
            Object read = result;
            toScreen.accept(() -> {
                if (read instanceof InputError e) {
                    status.fail(e.getMessage());
                } else if (read instanceof Throwable e) {
                    e.printStackTrace();
                    status.unexpected(e);
                } else {
                    @SuppressWarnings("unchecked") T value = (T) read;
                    use.accept(value);
                }
            });
        });
    }

    /** Shows {@code data} with {@code net} made to fit it (its inputs, outputs and loss); training starts afresh. */
    private void fitAndShow(Network net, Dataset data) {
        DataFit.Result fit = DataFit.fit(net, data, loss());
        if (!fit.changes().isEmpty()) status.say(String.join(" ", fit.changes()));
        if (fit.loss() != null) setState(state().with("loss", fit.loss().fileName()));
        show(fit.network(), data);
        newRun(false, null);
    }

    /** Adds a point of class {@code cls} (or target value) at (x1, x2). */
    public void addPoint(double x1, double x2, double targetValue) {
        remember();
        double[] x = dataset().inputCount() == 1 ? new double[] {x1} : new double[] {x1, x2};
        double[] t = dataset().classes() > 2 ? oneHot((int) targetValue, dataset().classes()) : new double[] {targetValue};
        replaceData(dataset().withPoint(x, t));
        publish();
    }

    /** Removes the point nearest to (x1, x2) within {@code radius}; false if there is none. */
    public boolean removePoint(double x1, double x2, double radius) {
        int index = dataset().nearest(x1, x2, radius);
        if (index < 0) return false;
        remember();
        replaceData(dataset().withoutPoint(index));
        publish();
        return true;
    }

    private static double[] oneHot(int c, int classes) {
        double[] t = new double[classes];
        t[Math.max(0, Math.min(classes - 1, c))] = 1;
        return t;
    }

    private void replaceData(Dataset data) {
        show(network(), data);
        newRun(true, null);
    }

    /**
     * Makes {@code net} and {@code data} the ones on show. Both (and the data's split) are in place before
     * anyone hears of either, and the selected sample is one that exists: views and the stepper that follow
     * the network or the data always see a pair that fits together.
     */
    private void show(Network net, Dataset data) {
        boolean newData = data != dataset(), newNetwork = net != network();
        PreparedSplit ready = prepared;
        prepared = null;
        split = ready != null && ready.data() == data && ready.validation() == state().validation() && ready.seed() == state().dataSeed()
                ? ready.split() : data.split(state().validation(), state().dataSeed());
        dataset.put(data);
        network.put(net);
        changedData |= newData;
        changedNetwork |= newNetwork;
        changedWeights |= newNetwork;
        if (newData) dataset.announce();   // both in place before either is told
        if (newNetwork) network.announce();
        setSample(Math.max(0, Math.min(sample.get(), data.size() - 1)));
    }

    private void setSample(int index) {
        changedSample |= index != sample.get();
        sample.set(index);
    }

    /**
     * A property whose new value can be put in place silently and announced later, so that the network and
     * the data change together.
     */
    private static final class Held<T> extends ReadOnlyObjectPropertyBase<T> {
        private final String name;
        private T value;

        Held(String name) { this.name = name; }

        @Override public T get() { return value; }
        @Override public Object getBean() { return null; }
        @Override public String getName() { return name; }

        /** The new value, not yet told to anyone. */
        void put(T next) { value = next; }

        /** Tells the listeners (a change listener hears only if the value differs from what it last heard). */
        void announce() { fireValueChangedEvent(); }

        void set(T next) {
            value = next;
            announce();
        }
    }

    public void selectSample(int index) {
        if (index < 0 || index >= dataset().size()) return;
        setSample(index);
        publish();
    }

    // ---- network edits (all undoable) ----

    public void edit(UnaryOperator<Network> change) {
        gesture = null;
        apply(change, true);
        publish();
    }

    private void apply(UnaryOperator<Network> change, boolean undoable) {
        Network next;
        try {
            next = change.apply(network());
        } catch (IllegalArgumentException e) {
            status.fail(e.getMessage());
            return;
        }
        if (undoable) history.push(memento(next != network()));   // a gesture's first change: the gesture goes on
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
        publish();
    }

    public void undo() {
        gesture = null;   // a drag or run of steps after an undo is a new step
        Memento previous = history.undo(memento(true));
        if (previous != null) restore(previous);
        publish();
    }

    public void redo() {
        gesture = null;
        Memento next = history.redo(memento(true));
        if (next != null) restore(next);
        publish();
    }

    /** Something the user did worked (a training command, a step): an error on the status line is over. */
    public void succeeded() { status.clearError(); }

    private Memento memento() { return memento(false); }

    /**
     * The experiment as it is now. A network the action is about to replace ({@code retiring}) is kept as it
     * is: no one changes it any more. A network that stays on the bench is copied (training moves it on).
     */
    private Memento memento(boolean retiring) {
        return new Memento(retiring ? network() : network().copy(), dataset(), state(), runNow.get());
    }

    /**
     * The remembered network, data and settings (the settings first: the data's split follows them); the
     * run goes on from the remembered epoch and curve when there is one.
     */
    private void restore(Memento m) {   // m has left the history: its network is the bench's from now on
        status.clearError();
        setState(m.state());
        show(m.network(), m.dataset());
        newRun(true, m.run());
    }

    private void setNetwork(Network next, boolean keepHistory) { setNetwork(next, keepHistory, null); }

    private void setNetwork(Network next, boolean keepHistory, TrainingSnapshot continueFrom) {
        changedNetwork = changedWeights = true;
        network.set(next);
        newRun(keepHistory, continueFrom);
    }

    // ---- files and new networks ----

    /** Opens a network file; a broken file leaves the current network untouched and says line:column. */
    public boolean open(Path file) {
        try {
            Network loaded = NetworkFile.load(file);
            remember();
            setNetwork(loaded, false);
            if (loaded.features().rawCount() != dataset().inputCount()) {
                status.say("Opened " + file.getFileName() + "; its " + loaded.features().rawCount()
                        + " input(s) do not fit the data's " + dataset().inputCount() + ": choose other data");
            } else {
                status.say("Opened " + file.getFileName());
            }
            publish();
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

    /** Epochs an exported script trains for (train's default); its EPOCHS line is there to change. */
    public static final int EXPORT_EPOCHS = 100;

    /**
     * File → Export as Python: the experiment as it is now (the network's current weights, the training and
     * validation rows, the settings) as one script for {@code framework} (atomically). Early stopping is
     * left out of a script; what cannot be exported at all (dropout) is said and nothing is written.
     */
    public boolean exportPython(Path file, PythonExport.Framework framework) {
        TrainingConfig config = state().trainingConfig();
        boolean withoutPatience = config.patience() > 0;
        config = config.withPenalties(config.l1(), config.l2(), 0);
        var experiment = new PythonExport.Experiment(network().copy(), split().training(), split().validation(), config, EXPORT_EPOCHS);
        var problem = PythonExport.problem(experiment);
        if (problem.isPresent()) {
            status.fail("Cannot export: " + problem.get());
            return false;
        }
        try {
            AtomicFiles.writeString(file, PythonExport.script(experiment, framework));
            status.say("Exported " + file.getFileName() + " (" + framework.id() + ", " + EXPORT_EPOCHS + " epochs"
                    + (withoutPatience ? ", without early stopping" : "") + "): run it with python3 " + file.getFileName());
            return true;
        } catch (IOException e) {
            status.fail(file + ": cannot write: " + TextFiles.reason(e));
            return false;
        }
    }

    /**
     * What a training GIF starts from: a copy of the network with the data and settings as they are now, so the
     * animation can be drawn on any thread at any {width, height} while the lab goes on.
     */
    public Function<int[], TrainingAnimation> trainingAnimation() {
        Network start = network().copy();
        Dataset.Split data = split();
        TrainingConfig config = state().trainingConfig();
        return size -> TrainingAnimation.ofLab(start, data.training(), data.validation(), config, size[0], size[1]);
    }

    /** Saves the session (see {@link #saveSession(Path, List, Consumer)}). */
    public void saveSession(Path file, List<History.Entry> history) { saveSession(file, history, saved -> { }); }

    /**
     * Saves network, settings, data and the run's loss {@code history} as one session file (atomically). The
     * session is taken as it is now (the network copied: training may go on), written on the file worker (off
     * the FX thread: 100,000 points are 2 MB of text), and then {@code saved} hears whether it was, a failure
     * being said on the status line.
     */
    public void saveSession(Path file, List<History.Entry> history, Consumer<Boolean> saved) {
        Session session = new Session(state(), network().copy(), dataset(), List.copyOf(history));
        status.say("Saving " + file.getFileName() + " …");
        fileWriter.execute(() -> {
            String problem;
            try {
                AtomicFiles.writeString(file, session.format());
                problem = null;
            } catch (IOException e) {
                problem = file + ": cannot write: " + TextFiles.reason(e);
            } catch (RuntimeException | OutOfMemoryError e) {
                problem = file + ": cannot write: " + e;
            }
            String failure = problem;
            toScreen.accept(() -> {
                if (failure == null) status.say("Saved the session to " + file.getFileName());
                else status.fail(failure);
                saved.accept(failure == null);
            });
        });
    }

    /** Opens a session file exactly as it was saved (see {@link #openSession(Path, Runnable)}). */
    public void openSession(Path file) { openSession(file, () -> { }); }

    /**
     * Opens a session file exactly as it was saved: it is read and parsed off the FX thread (see {@link
     * #readFilesOn}), then the lab takes it in one step (one undo step) and {@code opened} runs. A broken
     * file changes nothing and says where; {@code opened} does not run.
     */
    public void openSession(Path file, Runnable opened) {
        read(file, () -> {
            Session session = Session.parse(file.toString(), TextFiles.read(file));
            prepared(session.data(), session.state().validation(), session.state().dataSeed());
            return session;
        }, session -> {
            if (network() != null) remember();
            setState(session.state());
            show(session.network(), session.data());
            newRun(false, session.snapshot());
            status.say("Opened the session " + file.getFileName() + " (epoch " + session.snapshot().epoch() + ")");
            publish();
            opened.run();
        });
    }

    /** A lesson step's set-up: its network and settings (and so its data) in one undo step; training starts afresh. */
    public void setUp(Network net, LabState next) {
        if (network() != null) remember();
        setState(next);
        setUpBench(net);
        publish();
    }

    /** Playground's opening network: 2-4-2-1 tanh on the circle. */
    public void newDefaultNetwork() {
        if (network() != null) remember();
        setState(LabState.defaults());
        setUpBench(Presets.playground());
        publish();
    }

    /** XOR by hand (notes 000): 2 inputs, 2 step neurons, 1 step output, every weight 0, the truth table as data. */
    public void newXorByHand() {
        if (network() != null) remember();
        setState(state().with("data", "xor-table").with("validation", 0.0).with("loss", "quadratic").with("batch", 4));
        setUpBench(Presets.xorByHand());
        status.say("XOR by hand: click an edge or a neuron and type its weight. Goal: every row of the truth table says ✔ right.");
        publish();
    }

    // ---- the trainer ----
}
