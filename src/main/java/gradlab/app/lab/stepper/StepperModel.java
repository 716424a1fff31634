package gradlab.app.lab.stepper;

import gradlab.explain.ChainOfFactors;
import gradlab.nn.ParameterName;
import gradlab.io.InputError;
import gradlab.io.NumberList;
import gradlab.explain.GradientCheck;
import gradlab.explain.GraphPicture;
import gradlab.explain.StepThrough;
import gradlab.nn.Network;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import gradlab.app.lab.session.Selection;
import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.session.TrainingModel;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;

/**
 * The forward/backward step-through for the selected sample: which step is shown, and the commands
 * step forward, step back and apply the update. It steps the window's own network, so the diagram
 * and the formulas show the same numbers.
 */
public final class StepperModel {
    private final LabModel lab;
    private final Selection selection;
    private final TrainingModel training;
    private final ReadOnlyObjectWrapper<StepThrough> stepThrough = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StepThrough.Step> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<GradientCheck.Result> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GraphPicture> graph = new ReadOnlyObjectWrapper<>(GraphPicture.NONE);

    private double[] typedInput;
    private double[] typedTarget;

    /**
     * A stepper over {@code lab}'s network and data. It follows the lab's one change per action (the lab
     * does not know it): a new network, data or chosen sample starts the walk over; weights changed in
     * place (training, the timeline) recompute it at the same step; the per-layer setting rebuilds its
     * steps. So one action builds the step-through once, before the views that redraw on the lab's
     * revision (which comes after the change) draw: they draw the new step-through, and only once.
     */
    public StepperModel(LabModel lab, Selection selection, TrainingModel training) {
        this.lab = lab;
        this.training = training;
        this.selection = selection;
        perLayer = lab.state().perLayer();
        lab.changeProperty().addListener((o, a, change) -> follow(change));
    }

    private boolean perLayer;

    private void follow(LabModel.Change change) {
        boolean layering = perLayer != lab.state().perLayer();
        perLayer = lab.state().perLayer();
        if (change.sample()) useDataPoint();
        if (change.network() || change.data() || change.sample() || layering) restart();
        else if (change.weights()) networkChanged();
    }

    /**
     * Steps through a typed sample instead of a data point ("0.5, -1" and its target), and starts
     * the stepper. Values that do not fit the network are refused with a message; nothing changes.
     */
    public boolean useSample(String input, String target) {
        double[] x, t;
        try {
            x = NumberList.parse("Sample x", input);
            t = NumberList.parse("Sample t", target);
        } catch (InputError e) {
            lab.status().fail(e.getMessage());
            return false;
        }
        int inputs = lab.network().features().rawCount(), outputs = lab.network().outputSize();
        if (x.length != inputs || t.length != outputs) {
            lab.status().fail("Sample: the network takes " + inputs + " input value(s) and " + outputs + " target value(s)");
            return false;
        }
        typedInput = x;
        typedTarget = t;
        training.pause();
        active.set(true);
        restart();
        return true;
    }

    /** Back to stepping through the selected data point. */
    public void useDataPoint() {
        typedInput = null;
        typedTarget = null;
    }

    public ReadOnlyObjectProperty<StepThrough> stepThroughProperty() { return stepThrough.getReadOnlyProperty(); }
    public StepThrough stepThrough() { return stepThrough.get(); }
    /** The step on show (null while the stepper is off). */
    public ReadOnlyObjectProperty<StepThrough.Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<GradientCheck.Result> checkProperty() { return check.getReadOnlyProperty(); }
    /** The computational graph of the sample at the step on show, as the graph view draws it. */
    public ReadOnlyObjectProperty<GraphPicture> graphProperty() { return graph.getReadOnlyProperty(); }

    /** → : the next step; the first press starts the stepper on the selected sample's input. */
    public void stepForward() {
        if (!active.get()) {
            training.pause();
            active.set(true);
            restart();
            return;
        }
        if (stepThrough() != null && stepThrough().next()) show();
    }

    /** ← : the previous step. */
    public void stepBack() {
        if (stepThrough() != null && stepThrough().previous()) show();
    }

    /** Leaves step-through mode. */
    public void close() {
        active.set(false);
        stepThrough.set(null);
        step.set(null);
        graph.set(GraphPicture.NONE);
    }

    private final BooleanProperty weightsLocked = new SimpleBooleanProperty(false);

    /** A lesson step that locks the weights: Apply update changes nothing (its button is disabled and says why). */
    public BooleanProperty weightsLockedProperty() { return weightsLocked; }

    /**
     * Applies w ← w − η ∂C/∂w with this sample's gradients (the whole backward pass is run if not yet); nothing
     * while a lesson step locks the weights.
     */
    public void applyUpdate() {
        if (weightsLocked.get()) return;
        if (stepThrough() == null) stepForward();
        StepThrough s = stepThrough();
        if (s == null) return;
        while (s.current().phase() != StepThrough.Phase.DONE) s.next();
        double rate = lab.state().learningRate();
        lab.edit(net -> s.updated(net, rate));
    }

    /** The backprop gradient of one parameter beside its central difference, for the selected sample. */
    public GradientCheck.Result gradientCheck(String parameter) {
        int i = lab.sampleProperty().get();
        GradientCheck.Result result = GradientCheck.check(lab.network().copy(), lab.dataset().input(i), lab.target(i), lab.loss(), parameter);
        check.set(result);
        return result;
    }

    /**
     * The chain of factors for the sample being stepped: the sum over every path from a first-layer unit, the path along the first unit of every layer listed first (the
     * selected neuron's layer runs through the selected unit); null (with a message) where there is none.
     */
    public String chainTex() {
        StepThrough s = stepThrough();
        if (s == null) return null;
        Network net = lab.network();
        int[] path = new int[net.depth()];
        String selected = selection.get();
        ParameterName.parse(selected).filter(p -> !p.weight() && p.layer() < path.length).ifPresent(p -> path[p.layer()] = p.unit());
        try {
            return ChainOfFactors.of(net, s.rawInput(), s.target(), lab.loss(), path).tex();
        } catch (IllegalArgumentException e) {
            lab.status().fail("Chain of factors: " + e.getMessage());
            return null;
        }
    }

    /** Starts over for the current sample and network, at the first step (if the stepper is on). */
    public void restart() {
        check.set(null);
        if (!active.get()) return;
        if (typedInput != null && typedInput.length == lab.network().features().rawCount() && typedTarget.length == lab.network().outputSize()) {
            stepThrough.set(new StepThrough(lab.network().copy(), typedInput, typedTarget, lab.loss(), lab.state().perLayer()));
            show();
            return;
        }
        if (lab.dataset() == null || lab.dataset().size() == 0) return;
        if (lab.dataset().inputCount() != lab.network().features().rawCount()) return;
        int i = Math.min(lab.sampleProperty().get(), lab.dataset().size() - 1);
        stepThrough.set(new StepThrough(lab.network().copy(), lab.dataset().input(i), lab.target(i), lab.loss(), lab.state().perLayer()));
        show();
    }

    /** The weights changed under the stepper (training ran): recompute, keeping the position. */
    private void networkChanged() {
        if (!active.get() || stepThrough() == null) return;
        int at = stepThrough().index();
        restart();
        while (stepThrough().index() < at && stepThrough().next()) { }
        show();
    }

    private void show() {
        graph.set(GraphPicture.of(stepThrough()));
        step.set(null);   // the same record may come again with other numbers: always notify
        step.set(stepThrough().current());
    }
}
