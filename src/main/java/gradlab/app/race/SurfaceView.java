package gradlab.app.race;

import gradlab.app.common.Shown;
import gradlab.app.common.WholeRows;
import gradlab.io.InputError;
import gradlab.optim.OptimizerKind;
import gradlab.surface.Surface;
import gradlab.surface.Surfaces;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The loss-surface view: pick a built-in surface or type a formula, click the map to set the start,
 * then step, play, go back or reset; the racers' panel and the f-by-step chart sit on the right.
 * Keys (installed by the window): Space play/pause, → step, ← back, R reset.
 */
public final class SurfaceView extends BorderPane {
    private final SurfaceModel model;
    private final SurfaceMap map;
    private final CurveView curve;
    private final LossByStep chart = new LossByStep();
    private final Surface3DView view3d = new Surface3DView();
    private final ToggleButton threeD = new ToggleButton("3-D");
    private final RateMomentumMap rateMomentum;
    private final RacePanel race;
    private final StackPane plot = new StackPane();
    private final Label title = new Label();
    private final Label lesson = new Label();
    private final Label message = new Label();
    private final Button play = new Button("▶ Play");
    private final ComboBox<String> choice = new ComboBox<>();
    private final Slider speed = new Slider(1, 20, 4);
    private Subscription following;   // the model's pictures, while this view is shown
    private Subscription followingMap;   // and its momentum map
    private final ObservableValue<Boolean> onScreen = Shown.of(this);
    private boolean playing;
    private ScrollPane rightScroll;
    private Label mapTitle;
    private ToggleButton coordinatesToggle;
    private long lastSideUpdate;
    private List<SurfaceModel.Racer> sideRacers = List.of();
    private final Label caption = new Label();
    private VBox about;
    private final PauseTransition flushSide = new PauseTransition(Duration.millis(60));
    private long lastStep;
    private final AnimationTimer player = new AnimationTimer() {
        @Override public void handle(long now) {
            if (now - lastStep < 1_000_000_000L / speed.getValue()) return;
            lastStep = now;
            if (!model.canAdvance()) {
                setPlaying(false);
                return;
            }
            model.stepForward();
        }
    };

    public SurfaceView(SurfaceModel model) {
        this.model = model;
        // nodes
        map = new SurfaceMap(model::setStart);
        curve = new CurveView(model::setStart);
        race = new RacePanel(model);
        rateMomentum = new RateMomentumMap(this::tryMomentum);
        threeD.setId("surface-3d");
        threeD.setTooltip(new Tooltip("Show the surface in 3-D (drag to turn it)"));
        threeD.setOnAction(e -> show(model.picture()));
        ToggleButton coordinates = new ToggleButton("x, y by step");
        coordinates.setTooltip(new Tooltip("Chart each racer's x and y by step instead of f: the zig-zag across a valley and how momentum damps it"));
        coordinates.selectedProperty().bindBidirectional(chart.coordinatesProperty());
        coordinatesToggle = coordinates;
        choice.getItems().addAll(Surfaces.names());
        choice.setId("surface-choice");
        choice.setValue(model.surface().name());
        TextField formula = new TextField();
        formula.setId("surface-formula");
        formula.setPromptText("or type f(x, y)");
        formula.setTooltip(new Tooltip("Type a formula in x and y, e.g. x^2 + 3*sin(y), and press Enter"));
        formula.setPrefColumnCount(12);
        play.setId("surface-play");
        play.getStyleClass().add("play");
        Button step = button("Step →", "Advance every racer one step (→)", model::stepForward);
        Button back = button("← Back", "Show one step less (←)", model::stepBack);
        Button reset = button("⟲ Reset", "Back to the start point (R)", () -> {
            setPlaying(false);
            model.reset();
        });
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Steps per second while playing"));
        title.getStyleClass().add("surface-title");
        lesson.setWrapText(true);
        lesson.setMinHeight(Region.USE_PREF_SIZE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        lesson.getStyleClass().add("hint");
        message.getStyleClass().add("status");
        message.setId("surface-message");

        // layout
        FlowPane toolbar = new FlowPane(8, 6, play, step, back, reset, new Label("speed"), speed,
                threeD, new Label("   Surface"), choice, formula);
        for (var n : toolbar.getChildren()) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8));
        toolbar.getStyleClass().add("toolbar");
        caption.setId("race-caption");
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        // beside a square map the width is spare: the sentences about the surface and the race go there
        VBox about = new VBox(8, lesson, caption);
        about.setPrefWidth(300);
        about.setMinWidth(180);
        about.setMaxWidth(360);
        this.about = about;
        // presenting on a 1024×768 projector the sentences run taller than the page: they scroll, whole lines at a
        // time, rather than making the page taller than the window (it lost its Play bar off the top and the text at the bottom)
        ScrollPane aboutScroll = WholeRows.install(new ScrollPane(about));
        aboutScroll.setFitToWidth(true);
        aboutScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        aboutScroll.getStyleClass().add("edge-to-edge");
        aboutScroll.setMinHeight(0);
        aboutScroll.setMinWidth(about.getMinWidth() + 16);   // the sentences' least width beside a scroll bar
        about.setMinWidth(0);
        about.setPadding(new Insets(0, 8, 0, 0));   // a wrapped line's trailing space stays inside the viewport
        lesson.setMinWidth(0);
        caption.setMinWidth(0);
        aboutScroll.prefWidthProperty().bind(about.prefWidthProperty());
        aboutScroll.maxWidthProperty().bind(about.maxWidthProperty());
        HBox middle = new HBox(10, plot, aboutScroll);
        HBox.setHgrow(plot, Priority.ALWAYS);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(6, title, middle, message);
        left.setPadding(new Insets(8));
        VBox.setVgrow(middle, Priority.ALWAYS);
        mapTitle = new Label("Where momentum works (click to try)");
        mapTitle.getStyleClass().add("panel-title");
        mapTitle.setWrapText(true);
        mapTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(8, race, new HBox(8, new Label("f by step"), coordinates), chart, mapTitle, rateMomentum);
        right.setPadding(new Insets(8));
        ScrollPane rightScroll = WholeRows.install(new ScrollPane(right));
        rightScroll.setFitToWidth(true);
        rightScroll.setPrefWidth(460);
        rightScroll.setMinWidth(320);   // the map's title whole
        this.rightScroll = rightScroll;
        setTop(toolbar);
        setCenter(left);
        setRight(rightScroll);
        // beside a lesson's text on a 1024-pixel window: the right column gives up room down to its least
        // before the map and its sentences would be pushed past the window's edge
        widthProperty().addListener((o, a, w) -> fitRight());
        left.widthProperty().addListener((o, a, w) -> fitRight());
        this.centre = left;

        // listeners
        flushSide.setOnFinished(e -> {
            lastSideUpdate = System.nanoTime();
            sideRacers = model.picture().racers();
            race.show(model.picture());
            chart.show(model.picture());
        });
        play.setOnAction(e -> togglePlay());
        choice.setOnAction(e -> {
            if (choice.getValue() != null && (model.surface().name() == null || !choice.getValue().equals(model.surface().name()))) {
                model.setSurface(Surfaces.builtIn(choice.getValue()));
            }
        });
        formula.setOnAction(e -> {
            try {
                Surface s = Surfaces.resolve("formula", formula.getText());
                model.setSurface(s);
                choice.setValue(s.name());
                message.setText("");
                message.getStyleClass().remove("error");
            } catch (InputError problem) {
                message.setText(problem.getMessage() + "  (the surface shown is unchanged)");
                if (!message.getStyleClass().contains("error")) message.getStyleClass().add("error");
            }
        });
        following = Shown.onChange(this, model.pictureProperty(), () -> show(model.pictureProperty().get()));
        followingMap = Shown.onChange(this, model.momentumMapProperty(), () -> show(model.picture()));
        onScreen.addListener((o, was, is) -> { if (is) show(model.picture()); });   // the momentum map is asked for once the page is seen
        show(model.picture());
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public SurfaceModel model() { return model; }

    /** The (η, λ) map's pick: the first momentum racer takes both (a momentum racer joins if there is none). */
    private void tryMomentum(double rate, double momentum) {
        List<SurfaceModel.Racer> racers = model.racers();
        for (int i = 0; i < racers.size(); i++) {
            if (racers.get(i).kind() == OptimizerKind.MOMENTUM) {
                model.setRacer(i, new SurfaceModel.Racer(OptimizerKind.MOMENTUM, rate, momentum, racers.get(i).rho()));
                return;
            }
        }
        model.addRacer(new SurfaceModel.Racer(OptimizerKind.MOMENTUM, rate, momentum, 0.9));
    }

    /** The map of where momentum works, for tests and the page. */
    RateMomentumMap rateMomentumMap() { return rateMomentum; }
    RacePanel racePanel() { return race; }
    public Surface3DView view3d() { return view3d; }

    /** Shows the surface in 3-D (the mesh, or its wireframe where the display has no 3-D) or as the contour map. */
    public void setThreeD(boolean on) {
        threeD.setSelected(on);
        show(model.picture());
    }

    public void togglePlay() { setPlaying(!playing); }

    private void setPlaying(boolean on) {
        playing = on;

        play.setText(on ? "■ Pause" : "▶ Play");
        if (on) player.start(); else player.stop();
    }

    private double rightWidth = 460;
    private VBox centre;

    /**
     * The page's least width with the right column at its least (a border pane would count the column at
     * its preferred width): a narrow window lays the page out narrower, and {@link #fitRight} then narrows
     * the column, where it would otherwise push the page past the window's edge.
     */
    @Override
    protected double computeMinWidth(double height) {
        if (centre == null) return super.computeMinWidth(height);
        return Math.max(snappedLeftInset() + centre.minWidth(-1) + rightScroll.minWidth(-1) + snappedRightInset(),
                getTop() == null ? 0 : getTop().minWidth(-1));
    }

    /** The right column at its width, or narrower down to its least when the page is narrow. */
    private void fitRight() {
        double room = getWidth() <= 0 ? rightWidth : getWidth() - centre.minWidth(-1);
        rightScroll.setPrefWidth(Math.max(rightScroll.getMinWidth(), Math.min(rightWidth, room)));
    }

    /** Large type: every drawn label and arrow grows with the text. */
    public void setFontScale(double scale) {
        rightWidth = scale > 1 ? 380 : 460;   // large type: the map keeps the room
        fitRight();
        about.setPrefWidth(scale > 1 ? 340 : 300);
        about.setMaxWidth(scale > 1 ? 420 : 360);
        map.fontScaleProperty().set(scale);

        curve.fontScaleProperty().set(scale);
        chart.fontScaleProperty().set(scale);
    }

    private void show(SurfaceModel.RacePicture p) {
        Surface s = p.surface();
        title.setText((s.name() != null ? s.name() + ":  " : "") + "f = " + s.formula());
        lesson.setText(s.lesson() + (s.oneD() ? " Click the curve to start elsewhere." : " Click or drag on the map to move the start."));
        if (s.name() != null && !s.name().equals(choice.getValue())) choice.setValue(s.name());
        Node shown = s.oneD() ? curve : threeD.isSelected() ? view3d : map;
        threeD.setDisable(s.oneD());
        if (plot.getChildren().isEmpty() || plot.getChildren().get(0) != shown) plot.getChildren().setAll(shown);
        if (s.oneD()) curve.show(p); else if (threeD.isSelected()) view3d.show(p); else map.show(p);
        if (!s.oneD()) {
            SurfaceModel.Racer m = p.racers().stream().filter(r -> r.kind() == OptimizerKind.MOMENTUM).findFirst().orElse(null);
            rateMomentum.show(onScreen.getValue() ? model.momentumMap() : null, m == null ? null : new double[] {m.learningRate(), m.momentum()});
        }
        for (Node n : List.of(rateMomentum, mapTitle)) {   // momentum's map is for surfaces in x and y
            n.setVisible(!s.oneD());
            n.setManaged(!s.oneD());
        }
        coordinatesToggle.setDisable(s.oneD());
        caption.setText(p.caption());
        caption.setVisible(!p.caption().isEmpty());
        caption.setManaged(!p.caption().isEmpty());
        long now = System.nanoTime();
        // a racer's settings show at once; while only the step moves, readouts and chart at most 20 times a second (the map every step)
        if (!p.racers().equals(sideRacers) || now - lastSideUpdate > 50_000_000L) {
            lastSideUpdate = now;
            sideRacers = p.racers();
            race.show(p);
            chart.show(p);
        } else {
            flushSide.playFromStart();   // the last step of a quick run is shown all the same
        }
    }

    /** Stops playing and stops listening: a view swapped out by a lesson draws nothing more. */
    public void close() {
        setPlaying(false);
        following.unsubscribe();
        followingMap.unsubscribe();
    }
}
