package gradlab.app.lab;

import gradlab.app.common.Buttons;
import gradlab.app.common.GifExportDialog;
import gradlab.app.common.Numbers;
import gradlab.app.common.Painter;
import gradlab.app.common.ViewSettings;
import gradlab.app.lab.gradients.DynamicsModel;
import gradlab.app.lab.gradients.GradientPanel;
import gradlab.app.lab.timeline.TimelineBar;
import gradlab.app.lab.network.DiagramModel;
import gradlab.app.lab.session.Selection;
import gradlab.app.common.TextAudit;
import gradlab.app.lab.slice.NetworkSliceModel;
import gradlab.app.lab.slice.SlicePanel;
import gradlab.explain.LayerStatistics;
import gradlab.nn.Network;
import gradlab.app.common.WholeRows;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import gradlab.app.lab.data.OutputView;
import gradlab.app.lab.data.TruthTable;
import gradlab.app.lab.network.Inspector;
import gradlab.app.lab.network.NetworkView;
import gradlab.app.lab.session.LabModel;
import gradlab.app.lab.session.TrainingModel;
import gradlab.app.lab.stepper.StepperModel;
import gradlab.app.lab.stepper.StepperPanel;
import gradlab.app.lab.training.LossChart;
import gradlab.app.lab.training.TrainingPanel;
import gradlab.lab.EngineRunner;
import gradlab.lab.PythonExport;
import javafx.stage.Window;

/**
 * The main window, Playground's layout: data and settings on the left, the network in the middle, the
 * output and the loss on the right, the step-through below. Built in one order: nodes, layout,
 * bindings, listeners.
 */
public final class MainWindow {
    private final LabModel model = new LabModel();
    private final EngineRunner engine;
    private final boolean ownsEngine;
    private final TrainingModel training;
    private final ViewSettings view = new ViewSettings();
    /**
     * The lab's page. Its least width counts the side columns at their least, not at their preferred
     * width as a border pane does: beside a lesson's text on a narrow window the page is laid out as wide
     * as the window leaves it, and {@link #fitWidth} then narrows or folds the columns, where a page as wide
     * as its preferred columns would run past the window's edge.
     */
    private final BorderPane root = new BorderPane() {
        @Override
        protected double computeMinWidth(double height) {
            double across = snappedLeftInset() + snappedRightInset();
            for (Node side : new Node[] {getLeft(), getCenter(), getRight()}) {
                if (side != null && side.isManaged()) across += side.minWidth(-1);
            }
            double widest = across;
            for (Node row : new Node[] {getTop(), getBottom()}) {
                if (row != null && row.isManaged()) widest = Math.max(widest, snappedLeftInset() + row.minWidth(-1) + snappedRightInset());
            }
            return widest;
        }
    };
    private final Selection selection = new Selection(model);
    private final StepperModel stepper;
    private final DiagramModel diagram;
    private final NetworkView networkView;
    private final OutputView outputView = new OutputView(model);
    private final LossChart lossChart;
    private final TruthTable truthTable;
    private final StepperPanel stepperPanel;
    private final Button play = new Button("▶ Play");
    private final Label epoch = new Label();
    private final Label status = new Label();
    private final HBox banner = new HBox(12);
    private final ScrollPane left = new ScrollPane();
    private final CheckMenuItem settingsItem = new CheckMenuItem("Settings panel");
    /** Below this width the settings panel steps aside by itself, so the network keeps its room. */
    static final double NARROW = 1300;
    /** The right column's width when there is room for it. */
    private static final double RIGHT_WIDTH = 440;
    private boolean settingsChosen, autoHidden;
    /**
     * A lesson step that asks for the settings where there is no room for them beside the network (the
     * lesson text takes a third of a 1024-pixel window; large type): they fold into the right column
     * under this heading, a click away, rather than pushing the window's edge off the screen.
     */
    private final TitledPane settingsSection = new TitledPane("Settings", null);
    private boolean lessonSettings;
    private Inspector inspector;
    private VBox center;
    private ScrollPane right;
    private TrainingPanel trainingPanel;
    private Node classBarNode;
    private final BooleanProperty largeShown = new SimpleBooleanProperty(false);
    private final BooleanProperty stepperAllowed = new SimpleBooleanProperty(true);
    private final MenuBar menuBar;
    private final VBox top;
    private final Button addLayerButton, removeLayerButton;
    private final BooleanProperty structureLocked = new SimpleBooleanProperty(false);
    /** A lesson step locks the weights: training, Reset and the stepper's Apply update are off; only Reset step puts them back. */
    private final BooleanProperty weightsLocked = new SimpleBooleanProperty(false);
    private static final String LOCKED = StepperPanel.LOCKED;
    private final DynamicsModel dynamics;
    private final NetworkSliceModel sliceModel;
    private final SlicePanel slicePanel;
    private final TitledPane sliceSection;
    private final TimelineBar timelineBar;
    private final GradientPanel gradientPanel;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override public void handle(long now) {
            training.onFrame();
            if (gradientPanel.isVisible()) {
                var s = training.snapshotProperty().get();
                double[] updates = s == null || s.history().length == 0 ? null : s.history()[s.history().length - 1].updateRatios();
                dynamics.maybeMeasure(model.network(), model.split() == null ? null : model.split().training(), model.loss(),
                        s == null ? 0 : s.epoch(), model.revisionProperty().get() * 31L + System.identityHashCode(model.network()), updates);
            }
        }
    };

    /** The window on an engine thread of its own, ended by {@link #close()}. */
    public MainWindow() { this(EngineRunner.inBackground(), true); }

    /** The window whose engine work runs on {@code executor} (tests pass one that runs each command at once). */
    public MainWindow(ScheduledExecutorService executor) { this(EngineRunner.on(executor), true); }

    /**
     * The window whose engine work (training, the layer statistics, the network's loss slice) all runs on
     * {@code engine}, one runner handed to every model; {@code owned}: {@link #close()} ends it.
     */
    public MainWindow(EngineRunner engine, boolean owned) {
        this.engine = engine;
        this.ownsEngine = owned;
        Painter.setMinimumSize(0);   // a new window starts in normal type, whatever a window before left
        training = new TrainingModel(model, engine);
        // files are read and parsed on the engine; the lab takes what was read on the FX thread (at once when the
        // engine ran the reading on it, as a test's does)
        model.readFilesOn(engine, r -> {
            if (Platform.isFxApplicationThread()) r.run(); else Platform.runLater(r);
        });
        model.writeFilesOn(engine::executeToEnd);   // a session being saved is written whole, even as the window closes
        dynamics = new DynamicsModel(engine, Platform::runLater);
        gradientPanel = new GradientPanel(dynamics);
        stepper = new StepperModel(model, selection, training);
        diagram = new DiagramModel(model, stepper);
        networkView = new NetworkView(model, diagram, stepper, selection, training);
        lossChart = new LossChart(training);
        truthTable = new TruthTable(model, diagram);
        stepperPanel = new StepperPanel(model, stepper);
        sliceModel = new NetworkSliceModel(model::network,
            () -> model.split() == null ? null : model.split().training(), model::loss, training::timeline, engine);
        slicePanel = new SlicePanel(sliceModel, () -> selection.property().get());
        sliceSection = new TitledPane("Loss surface of this network", slicePanel);
        timelineBar = new TimelineBar(training::rewindTo, training::backToPresent, training::trainFromHere);
        // nodes
        MenuBar menus = menus();
        menuBar = menus;
        play.setId("play");
        play.getStyleClass().add("play");
        play.setTooltip(new Tooltip("Play / pause training (Space)"));
        Button sample = Buttons.button("Sample", "step-sample", "One update from one sample", training::stepSample);
        Button batch = Buttons.button("Batch", "step-batch", "One update from one batch", training::stepBatch);
        Button epochButton = Buttons.button("Epoch", "step-epoch", "One pass over the training set", training::stepEpoch);
        Button reset = Buttons.button("⟲ Reset", "reset-weights", "New random weights (R)", model::reset);
        Button addLayer = Buttons.button("+ layer", "add-layer", "Add a hidden layer", model::addLayer);
        Button removeLayer = Buttons.button("− layer", "remove-layer", "Remove the last hidden layer", model::removeLayer);
        addLayerButton = addLayer;
        removeLayerButton = removeLayer;
        epoch.setId("epoch");
        epoch.getStyleClass().add("epoch");
        status.setId("status");
        status.getStyleClass().add("status");
        status.setWrapText(true);   // a long message takes a second line rather than an ellipsis
        Label bannerText = new Label();
        bannerText.setId("banner-text");
        Button restore = new Button("Restore last good weights");
        restore.setId("restore");
        restore.setOnAction(e -> training.restoreLastGood());
        ToggleGroup classes = new ToggleGroup();
        ToggleButton blue = new ToggleButton("● 1");
        blue.setTooltip(new Tooltip("Clicks add points of class 1 (blue)"));
        ToggleButton orange = new ToggleButton("● 0");
        orange.setTooltip(new Tooltip("Clicks add points of class 0 (orange)"));
        blue.getStyleClass().add("class-1");
        orange.getStyleClass().add("class-0");
        blue.setToggleGroup(classes);
        orange.setToggleGroup(classes);
        blue.setSelected(true);
        classes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) a.setSelected(true); else outputView.addClassProperty().set(t == blue ? 1 : 0);
        });

        // layout
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // a narrow window wraps the toolbar onto a second line rather than cutting its labels
        FlowPane toolbar = new FlowPane(8, 6, play, sample, batch, epochButton, reset,
                new Label("   "), addLayer, removeLayer, new Label("   "), epoch);
        for (var n : toolbar.getChildren()) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        toolbar.getStyleClass().add("toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        banner.getChildren().addAll(new Label("⚠"), bannerText, restore);
        banner.getStyleClass().add("banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 14, 8, 14));
        top = new VBox(menus, toolbar, timelineBar, banner);
        timelineBar.setPadding(new Insets(2, 14, 4, 14));
        trainingPanel = new TrainingPanel(model);
        left.setContent(trainingPanel);
        left.setMinWidth(220);   // a narrow window scrolls the settings rather than pushing the window off the screen
        left.setPrefWidth(350);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Label addLabel = new Label("Click to add");
        Label removeLabel = new Label("right-click removes");
        removeLabel.getStyleClass().add("hint");
        FlowPane classBar = new FlowPane(6, 4, addLabel, blue, orange, removeLabel);
        for (var n : classBar.getChildren()) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        classBar.setAlignment(Pos.CENTER_LEFT);
        classBarNode = classBar;
        sliceSection.setExpanded(false);
        sliceSection.setId("slice-section");
        settingsSection.setId("settings-section");
        settingsSection.setExpanded(false);
        settingsSection.setMinWidth(0);   // folded, its panel's width does not widen the column; opened, the panel takes the column's
        setShown(settingsSection, false);
        rightContent = new VBox(8, settingsSection, outputView, classBar, truthTable, lossChart, gradientPanel, sliceSection);
        rightContent.setPadding(new Insets(8));
        rightContent.getStyleClass().add("side-panel");
        right = WholeRows.install(new ScrollPane(rightContent));
        WholeRows.install(left);
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        right.setPrefWidth(RIGHT_WIDTH);
        right.setMinWidth(340);   // the loss chart's and the data view's words whole at the column's least
        VBox bottom = new VBox(stepperPanel, status);
        root.setTop(top);
        root.setLeft(left);
        inspector = new Inspector(model, stepper, selection);
        networkView.setOnPicked(inspector::focusValue);
        dynamics.pictureProperty().addListener((o, a, p) -> networkView.setLayerNorms(
                gradientPanel.isVisible() && !p.layers().isEmpty() ? p.layers().stream().mapToDouble(LayerStatistics.Layer::biasGradientNorm).toArray() : null));
        center = new VBox(networkView, inspector);
        VBox.setVgrow(networkView, Priority.ALWAYS);
        root.setCenter(center);
        root.setRight(right);
        root.setBottom(bottom);

        // bindings
        banner.visibleProperty().bind(training.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        bannerText.textProperty().bind(Bindings.createStringBinding(() -> explainBanner(training.bannerProperty().get()),
                training.bannerProperty(), dynamics.pictureProperty()));
        bannerText.setWrapText(true);
        restore.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> training.snapshotProperty().get() != null && training.snapshotProperty().get().diverged(), training.snapshotProperty()));
        restore.managedProperty().bind(restore.visibleProperty());
        status.textProperty().bind(model.status().messageProperty());
        model.status().errorProperty().addListener((o, a, bad) -> {
            if (bad) { if (!status.getStyleClass().contains("error")) status.getStyleClass().add("error"); }
            else status.getStyleClass().remove("error");
        });
        removeLayer.disableProperty().bind(structureLocked.or(Bindings.createBooleanBinding(
                () -> model.network() == null || model.network().depth() < 2, model.networkProperty())));
        addLayer.disableProperty().bind(structureLocked);
        // a step that locks the weights (reading numbers off a fixed network) trains nothing: no lesson asks to train with them locked
        for (Button b : List.of(play, sample, batch, epochButton, reset)) {
            b.disableProperty().bind(weightsLocked);
            Tooltip own = b.getTooltip(), why = new Tooltip(LOCKED);
            weightsLocked.addListener((o, was, locked) -> b.setTooltip(locked ? why : own));
        }

        // listeners
        training.playingProperty().addListener((o, a, on) -> play.setText(on ? "■ Pause" : "▶ Play"));
        play.setOnAction(e -> training.togglePlay());
        training.progressProperty().addListener((o, a, p) -> {   // one epoch number: the toolbar's is the timeline's
            epoch.setText("epoch " + p.epoch() + "   loss " + (p.diverged() ? "diverged" : Numbers.format(p.loss())));
            timelineBar.show(training.timeline(), training.viewingEpochProperty().get(), presentEpoch());
        });
        networkView.hoveredProperty().addListener((o, a, n) -> outputView.neuronProperty().set(n));
        model.revisionProperty().addListener((o, a, r) -> {
            timelineBar.show(training.timeline(), training.viewingEpochProperty().get(), presentEpoch());
            if (sliceSection.isExpanded()) sliceModel.onTrained(training.playingProperty().get());
        });
        model.networkProperty().addListener((o, a, n) -> {
            if (a != null && n != null && !Arrays.equals(shapeOf(a), shapeOf(n))) sliceModel.invalidate();
        });
        training.viewingEpochProperty().addListener((o, a, v) -> timelineBar.show(training.timeline(), v.intValue(), presentEpoch()));
        model.datasetProperty().addListener((o, a, d) -> showTruthTable());
        view.largeTypeProperty().addListener((o, a, on) -> setLarge(on));
        lossChart.logScaleProperty().bind(view.logScaleProperty());
        root.widthProperty().addListener((o, a, w) -> fitWidth(w.doubleValue()));
        // large type on a projector: the network gets the height; tools appear when they are in use
        // while stepping through a sample, the diagram needs the height more than the timeline and an idle inspector
        var stepping = stepper.activeProperty();
        timelineBar.visibleProperty().bind(largeShown.not().and(stepping.not()).or(training.viewingEpochProperty().greaterThanOrEqualTo(0)));
        timelineBar.managedProperty().bind(timelineBar.visibleProperty());
        inspector.visibleProperty().bind(largeShown.not().and(stepping.not()).or(selection.property().isNotNull()));
        inspector.managedProperty().bind(inspector.visibleProperty());
        stepperPanel.visibleProperty().bind(stepperAllowed.and(largeShown.not().or(stepper.activeProperty())));
        stepperPanel.managedProperty().bind(stepperPanel.visibleProperty());
        // the formula scrolls rather than squeezing the diagram away: on a 1024×768 projector in large type
        // the stepper would otherwise take most of the height and push the menu bar off the screen
        // presenting, the step (its formula and graph) is what the room reads while stepping: it gets almost half the height
        // and never more than the page leaves it: a neuron picked while presenting brings its inspector under the diagram,
        // and the step yields that height rather than pushing the toolbar and its own buttons off the screen
        stepperPanel.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double h = root.getHeight(), share = (presenting.get() && stepping.get() ? 0.48 : 0.38) * h;
            if (!inspector.isVisible()) return share;
            double others = root.snappedTopInset() + root.snappedBottomInset() + (top.isManaged() ? top.prefHeight(-1) : 0)
                    + center.minHeight(-1) + (status.isManaged() ? status.prefHeight(-1) : 0);
            return Math.max(stepperPanel.minHeight(-1), Math.min(share, h - others));
        }, root.heightProperty(), presenting, stepping, inspector.visibleProperty(), selection.property(), status.managedProperty()));
        stepping.addListener((o, a, on) -> networkView.setControlsShown(!on));   // − + and activations wait until Done
        showTruthTable();
        epoch.setText("epoch 0");
        frames.start();
    }

    private MenuBar menus() {
        MenuItem newDefault = item("New: Playground network", "new-default", model::newDefaultNetwork);
        MenuItem newXor = item("New: XOR by hand", "new-xor", model::newXorByHand);
        MenuItem open = item("Open network…", "open", this::openFile);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem quit = item("Quit", "quit", () -> {   // the last window: the app stops and closes its runner
            Window window = owner();
            if (window != null) window.hide();
        });
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem save = item("Save network…", "save", this::saveFile);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem undo = item("Undo", "undo", model::undo);
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));   // shown in the menu; the lab's key filter acts on it first
        undo.disableProperty().bind(model.canUndoProperty().not().or(weightsLocked));   // undo would bring back the last page's network
        MenuItem redo = item("Redo", "redo", model::redo);
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redo.disableProperty().bind(model.canRedoProperty().not().or(weightsLocked));
        CheckMenuItem large = new CheckMenuItem("Large type (projector)");
        large.setId("large-type");
        large.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        large.selectedProperty().bindBidirectional(view.largeTypeProperty());
        CheckMenuItem settings = settingsItem;
        settings.setSelected(true);
        settings.setOnAction(e -> {
            settingsChosen = true;   // the user's own choice: a narrow window no longer hides or shows the panel by itself
            lessonSettings = false;
            placeSettings();
            root.setLeft(settings.isSelected() ? left : null);
        });
        CheckMenuItem log = new CheckMenuItem("Loss on a log scale");
        log.selectedProperty().bindBidirectional(view.logScaleProperty());
        MenuItem export = item("Export as Python…", "export-python", this::exportPython);
        MenuItem gif = item("Export training as GIF…", "export-gif", this::exportGif);
        Menu help = new Menu("Help");
        help.setId("help");
        for (String[] key : KEYS) {
            MenuItem line = new MenuItem(key[0] + "   " + key[1]);
            line.getStyleClass().add("key-help");
            help.getItems().add(line);
        }
        return new MenuBar(new Menu("File", null, newDefault, newXor, new SeparatorMenuItem(), open, save, new SeparatorMenuItem(), export, gif, new SeparatorMenuItem(), quit),
                new Menu("Edit", null, undo, redo), new Menu("View", null, large, settings, log), help);
    }

    /** Every key of the window, as Help lists them: the key, then what it does. */
    static final String[][] KEYS = {
            {"Space", "play / pause training (the lab), play the race (surfaces)"},
            {"→  /  ←", "one step forward / back: the sample through the network, the racers on a surface"},
            {"R", "new random weights (the lab), racers back to the start (surfaces)"},
            {"Ctrl+Z  /  Ctrl+Y", "undo / redo"},
            {"Ctrl+1 … Ctrl+4", "the lessons, the lab, the loss surfaces, the twin runs (also while presenting)"},
            {"Ctrl+O  /  Ctrl+S", "open / save a network"},
            {"Ctrl+E", "export this view as a PNG at twice its size"},
            {"Ctrl+Q", "quit"},
            {"F5", "present: full screen, large type, no menus; F5 or Esc ends and puts the window back as it was"},
            {"F11", "large type (projector)"},
            {"PageDown  /  PageUp", "next / previous lesson step (a clicker's keys); → and ← stay the lab's"},
            {"B  or  .", "while presenting: a black screen, and back"},
            {"N", "while presenting: the speaker notes (a strip along the bottom on one screen)"},
            {"F", "while presenting: the page's main view fills the screen (the lab's diagram and step, the surface), then the lesson's text, then all again"},
    };

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void openFile() {
        File file = dialogs.show(networkChooser("Open a network file"), false, owner());
        if (file != null) model.open(file.toPath());
    }

    private void saveFile() {
        File file = dialogs.show(networkChooser("Save the network"), true, owner());
        if (file != null) model.save(file.toPath());
    }

    /** Shows a file dialog over {@code owner}; tests answer it without a real dialog. */
    public interface FileDialogs { File show(FileChooser chooser, boolean save, Window owner); }

    private FileDialogs dialogs = (chooser, save, owner) -> save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);

    /** Answers the file dialogs with {@code dialogs} instead (the shell's tests). */
    public void useDialogs(FileDialogs dialogs) { this.dialogs = dialogs; }

    /**
     * The window the menus are in, whichever page it shows (the lab's own pane is in no scene while another
     * page is on screen); null before the window is shown.
     */
    private Window owner() {
        Scene scene = menuBar.getScene() != null ? menuBar.getScene() : root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    /** The experiment as a numpy, PyTorch or Keras script: the chosen file type picks the framework. */
    private void exportPython() {
        training.pause();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the experiment as Python");
        chooser.setInitialFileName("experiment.py");
        for (String label : List.of("numpy script", "PyTorch script", "Keras script")) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(label, "*.py"));
        }
        File file = dialogs.show(chooser, true, owner());
        if (file == null) return;
        int chosen = Math.max(0, chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter()));
        model.exportPython(file.toPath(), PythonExport.Framework.values()[chosen]);
    }

    /** The experiment as it is now, trained again off screen into an animated GIF (diagram, boundary, loss). */
    private void exportGif() {
        training.pause();
        var animation = model.trainingAnimation();
        GifExportDialog.show(owner(), "training.gif", 60, "Epochs (one frame each)",
                (out, size, fps, epochs, progress) -> animation.apply(size).writeGif(out, fps, epochs, progress));
    }

    private static FileChooser networkChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Network files", "*.yaml", "*.yml", "*.json"));
        return chooser;
    }

    /**
     * With the XOR table as data the truth table is the goal: it comes first in the right column, where a
     * 1280×720 screen shows it without scrolling; otherwise it is hidden.
     */
    private void showTruthTable() {
        boolean xor = model.dataset() != null && "xor-table".equals(model.dataset().name());
        truthTable.setVisible(xor);
        truthTable.setManaged(xor);
        rightContent.getChildren().remove(truthTable);
        rightContent.getChildren().add(rightContent.getChildren().indexOf(xor ? outputView : classBarNode) + (xor ? 0 : 1), truthTable);
        if (xor) right.setVvalue(0);
    }

    private VBox rightContent;

    private boolean large;
    /** Whether the settings panel was shown before large type hid it: leaving large type puts it back only then. */
    private boolean settingsBeforeLarge;

    /**
     * Large type for a projector; the settings panel steps aside to leave the network room (View menu brings
     * it back), and comes back when large type ends only if it was there before.
     */
    private void setLarge(boolean on) {
        if (on == large) return;
        large = on;
        Painter.setMinimumSize(on ? TextAudit.PRESENTER_MINIMUM : 0);   // canvas text a back row can read
        if (on) settingsBeforeLarge = root.getLeft() != null;
        boolean settingsShown = !on && settingsBeforeLarge;
        settingsItem.setSelected(settingsShown);
        root.setLeft(settingsShown ? left : null);
        if (lessonSettings) placeSettings();
        if (on && settingsBeforeLarge && !model.status().errorProperty().get()) model.status().say("Large type: the settings panel is hidden to give the network room (View → Settings panel).");
        root.setStyle(large ? "-fx-font-size: 24px;" : "");
        largeShown.set(on);
        networkView.fontScaleProperty().set(on ? 1.4 : 1.0);
        gradientPanel.setFontScale(on ? 1.6 : 1.0);
        lossChart.setFontScale(on ? 1.6 : 1.0);
        outputView.setFontScale(on ? 1.6 : 1.0);
        slicePanel.setFontScale(on ? 1.6 : 1.0);
        stepperPanel.setLarge(on);
    }

    /** Space play/pause, → / ← step, R reset, Ctrl+Z / Ctrl+Y; typing in a field is left alone. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> handleKey(e, scene));
    }

    /**
     * The status line, taken out of this window for a shell that shows it below every page: a picture
     * exported of a page leaves it out.
     */
    public Label detachStatusLine() {
        ((VBox) root.getBottom()).getChildren().remove(status);
        return status;
    }

    /** The menu bar, taken out of this window for a shell that shows it above every view. */
    public MenuBar detachMenuBar() {
        top.getChildren().remove(menuBar);
        return menuBar;
    }

    /**
     * Which panels a lesson step shows (network, data, loss, stepper, truth-table); empty shows all.
     * Locked parts are disabled with a tooltip that says why.
     */
    public void showPanels(List<String> show, List<String> lock) {
        boolean all = show.isEmpty();
        setShown(outputView, all || show.contains("data"));
        setShown(classBarNode, all || show.contains("data"));
        setShown(sliceSection, all || show.contains("surface"));
        boolean anyRight = all || show.stream().anyMatch(p -> List.of("data", "loss", "truth-table", "gradients", "surface").contains(p));
        root.setRight(anyRight ? right : null);   // nothing to show there: the network takes the room
        setShown(lossChart, all || show.contains("loss"));
        stepperAllowed.set(all || show.contains("stepper"));
        setShown(gradientPanel, all || show.contains("gradients"));
        if (show.contains("truth-table")) setShown(truthTable, true); else showTruthTable();
        boolean structure = lock.contains("structure"), settings = lock.contains("settings");
        structureLocked.set(structure);
        networkView.setStructureLocked(structure);
        boolean weights = lock.contains("weights");
        networkView.weightsLockedProperty().set(weights);
        inspector.lockedProperty().set(weights);
        if (weights) training.pause();
        weightsLocked.set(weights);
        stepper.weightsLockedProperty().set(weights);
        boolean data = lock.contains("data");
        trainingPanel.setDataLocked(data);
        outputView.setMouseTransparent(data);   // no points added or removed by clicks
        classBarNode.setDisable(data);
        left.setDisable(settings);
        boolean settingsShown = all || show.contains("loss");   // a step about the network alone gives it the room
        lessonSettings = !all && settingsShown;
        settingsItem.setSelected(settingsShown && !large);
        root.setLeft(settingsShown && !large ? left : null);
        if (large) settingsBeforeLarge = settingsShown;   // a step shown in large type decides what comes back after it
        placeSettings();
        String why = LOCKED;
        addLayerButton.setTooltip(new Tooltip(structure ? why : "Add a hidden layer"));
        left.setTooltip(settings ? new Tooltip(why) : null);
    }

    private final BooleanProperty presenting = new SimpleBooleanProperty(false);

    /** Presenting (F5): while stepping, the step gets more of the height than in large type alone. */
    public void setPresenting(boolean on) { presenting.set(on); }

    /**
     * A lesson step's settings beside the network when the settings panel, the network at its least and
     * the right column fit side by side and large type is off; otherwise folded into the right column.
     */
    private void placeSettings() {
        double width = root.getWidth();
        boolean beside = !large && (width <= 0 || width >= left.getPrefWidth() + right.getPrefWidth() + networkView.minWidth(-1));
        boolean folded = lessonSettings && !beside;
        if (folded) {
            root.setLeft(null);
            settingsItem.setSelected(false);
            if (settingsSection.getContent() != trainingPanel) {
                left.setContent(null);
                settingsSection.setContent(trainingPanel);
            }
        } else if (left.getContent() != trainingPanel) {
            settingsSection.setContent(null);
            left.setContent(trainingPanel);
        }
        setShown(settingsSection, folded);
        if (lessonSettings && beside && root.getLeft() == null) {
            root.setLeft(left);
            settingsItem.setSelected(true);
        }
    }

    /** Presenting with one view in focus: the settings and the right column step aside (false), or come back (true). */
    public void setSidesShown(boolean on) {
        for (Node side : new Node[] {left, right}) {
            side.setVisible(on);
            side.setManaged(on);
        }
    }

    /** The run's own epoch (the toolbar's while the timeline is not scrubbed). */
    private int presentEpoch() {
        var s = training.snapshotProperty().get();
        return s == null ? 0 : s.epoch();
    }

    private static int[] shapeOf(Network net) {
        return net.parameters().stream().mapToInt(t -> t.value().data.length).toArray();
    }

    private static void setShown(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /**
     * The banner, with the cause where the gradient panel can tell it: a run that diverged while the first
     * layer's gradient was far larger than the last's had exploding gradients, not only a large step.
     */
    private String explainBanner(String banner) {
        if (banner == null || !banner.startsWith("diverged")) return banner;
        double ratio = dynamics.pictureProperty().get().firstOverLast();
        if (!(ratio > 10)) return banner;
        return banner + " — the gradients grow toward the input (layer 1's ‖∂C/∂b‖ is " + Numbers.format(ratio)
                + "× the last layer's): exploding gradients. Smaller starting weights (Reset) help.";
    }

    /**
     * A narrow window (a 1024-pixel projector) hides the settings panel; a wide one brings it back. A lab
     * beside a lesson's text narrows the right column to its least before the network gets less than its
     * least, and puts a lesson step's settings where they fit ({@link #placeSettings}).
     */
    private void fitWidth(double width) {
        right.setPrefWidth(Math.max(right.getMinWidth(), Math.min(RIGHT_WIDTH, width - 420)));
        if (lessonSettings) {
            placeSettings();
            return;
        }
        if (settingsChosen || large) return;
        if (width > 0 && width < NARROW && root.getLeft() != null) {
            root.setLeft(null);
            settingsItem.setSelected(false);
            autoHidden = true;
            model.status().say("A narrow window: the settings panel steps aside (View → Settings panel brings it back).");
        } else if (width >= NARROW && autoHidden) {
            root.setLeft(left);
            settingsItem.setSelected(true);
            autoHidden = false;
        }
    }

    /** Handles one key press for the lab; returns whether it was used. */
    public boolean handleKey(KeyEvent e, Scene scene) {
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                if (weightsLocked.get()) { /* the lesson's network stays: only Reset step sets it */ }
                else if (e.isShiftDown()) model.redo(); else model.undo();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
                if (!weightsLocked.get()) model.redo();
                e.consume();
            } else if (typing || e.isShortcutDown() || e.isAltDown()) {
                return false;
            } else if (e.getCode() == KeyCode.SPACE) {
                if (!weightsLocked.get()) training.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                stepper.stepForward();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                stepper.stepBack();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                if (!weightsLocked.get()) model.reset();
                e.consume();
            }
        }
        return e.isConsumed();
    }

    public Parent root() { return root; }
    public LabModel model() { return model; }

    /** The training run of the lab's network, and its timeline. */
    public TrainingModel training() { return training; }

    /** Large type and the log scale: the window's own settings. */
    public ViewSettings view() { return view; }

    /** The step-through of the lab's selected (or typed) sample. */
    public StepperModel stepper() { return stepper; }

    /** The parameter selected in the diagram. */
    public Selection selection() { return selection; }
    public NetworkView networkView() { return networkView; }
    public OutputView outputView() { return outputView; }
    public LossChart lossChart() { return lossChart; }
    public TruthTable truthTable() { return truthTable; }
    public StepperPanel stepperPanel() { return stepperPanel; }
    public DynamicsModel dynamics() { return dynamics; }
    public NetworkSliceModel slice() { return sliceModel; }

    public void close() {
        frames.stop();
        gradientPanel.close();
        slicePanel.close();
        training.close();
        if (ownsEngine) engine.close();
    }

    /** The one runner all of this window's engine work runs on. */
    public EngineRunner engine() { return engine; }
}
