package gradlab.lesson;

import gradlab.data.CsvData;
import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.io.InputError;
import gradlab.io.YamlNode;
import gradlab.lab.LabState;
import gradlab.lab.Presets;
import gradlab.lab.Trainer;
import gradlab.lab.TrainingSnapshot;
import gradlab.nn.Init;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import gradlab.surface.Surface;
import gradlab.surface.Surfaces;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A lab without a window: a network, data and settings set up from a lesson's {@code lab} block, which
 * can train and be checked. {@code lint} proves tasks with it; the window sets itself up from the
 * same block through {@link #setUp}.
 */
public final class HeadlessLab implements LabContext {
    private Network network;
    private LabState state;
    private Dataset training;
    private String csv;
    private Surface surface;
    private double[] surfaceStart;
    private int epochs;
    private boolean diverged;
    private Double answer;
    private Integer choice;

    /** The lab as the step at {@code index} starts it (its own lab block, else the nearest one before). */
    public static HeadlessLab atStep(Lesson lesson, int index) throws InputError {
        HeadlessLab lab = new HeadlessLab();
        SetUp s = startOf(lesson, index);
        lab.network = s.network();
        lab.state = s.state();
        lab.csv = s.csv();
        lab.surface = s.surface();
        lab.surfaceStart = s.start();
        lab.refreshData();
        return lab;
    }

    /** The network and settings a lab block starts from, on top of {@code base}, with the panels it shows and what it locks. */
    public record SetUp(Network network, LabState state, String csv, Surface surface, double[] start, List<String> show, List<String> lock) {}

    /**
     * How step {@code index} starts, whatever came before: the nearest lab block at or before it, applied to
     * the playground's network and settings (no lab block at all: the playground itself, every panel, no
     * locks). Entering the step, continuing there after a restart, Reset step and lint all start from this.
     */
    public static SetUp startOf(Lesson lesson, int index) throws InputError {
        Lesson.Lab block = lesson.labAt(index);
        if (block == null) return new SetUp(Presets.playground(), LabState.defaults(), null, null, null, List.of(), List.of());
        return setUp(block, Presets.playground(), LabState.defaults());
    }

    static SetUp setUp(Lesson.Lab block, Network baseNetwork, LabState base) throws InputError {
        LabState state = base;
        for (Map.Entry<String, YamlNode> e : block.settings().entrySet()) state = state.with(e.getKey(), e.getValue());
        if (block.data() != null) state = state.with("data", block.data());
        Network network = block.network() != null ? NetworkFile.load(block.network()) : baseNetwork.copy();
        if (block.init() != null) {
            network = Presets.reinitialised(network, Init.byName(block.init()).orElseThrow(), state.seed());
        }
        Surface surface = block.surface() == null ? null : Surfaces.resolve("surface", block.surface());
        double[] start = surface == null ? null : block.start() != null ? block.start() : surface.start();
        return new SetUp(network, state, block.data(), surface, start, block.show(), block.lock());
    }

    private void refreshData() throws InputError {
        Dataset all = csv != null ? CsvData.load(Path.of(csv))
                : Generators.generate(new Generators.Spec(state.data(), state.points(), state.noise(), state.dataSeed(), state.steps()));
        training = all.split(state.validation(), state.dataSeed()).training();
    }

    /** Sets parameters, settings, an answer and a choice, then trains as a solution says. */
    public void applySolution(Lesson.Solution solution) throws InputError {
        for (Map.Entry<String, Double> p : solution.parameters().entrySet()) {
            try {
                network.set(p.getKey(), p.getValue());
            } catch (IllegalArgumentException e) {
                throw new InputError("solution", 0, 0, e.getMessage());
            }
        }
        LabState before = state;
        for (Map.Entry<String, YamlNode> e : solution.settings().entrySet()) state = state.with(e.getKey(), e.getValue());
        if (!state.data().equals(before.data()) || state.points() != before.points() || state.noise() != before.noise()
                || state.validation() != before.validation() || state.dataSeed() != before.dataSeed()) {
            refreshData();
        }
        if (solution.answer() != null) answer = solution.answer();
        if (solution.choice() != null) choice = solution.choice();
        if (solution.trainEpochs() > 0) train(solution.trainEpochs());
    }

    /** A new run of {@code n} epochs with the current settings, from the current weights. */
    public void train(int n) {
        Trainer trainer = new Trainer(network, training, null, state.trainingConfig());
        for (int i = 0; i < n && trainer.canTrain(); i++) trainer.stepEpoch();
        diverged = trainer.status() == TrainingSnapshot.Status.DIVERGED;
        if (diverged) trainer.restoreLastGood();
        epochs = trainer.epoch();
    }

    @Override public Network network() { return network; }
    @Override public Dataset trainingData() { return training; }
    @Override public LabState state() { return state; }
    @Override public int epochsTrained() { return epochs; }
    @Override public boolean diverged() { return diverged; }
    @Override public Double answer() { return answer; }
    @Override public Integer choice() { return choice; }
    @Override public Surface surface() { return surface; }
    @Override public double[] surfaceStart() { return surfaceStart; }
}
