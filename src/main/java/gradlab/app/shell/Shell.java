package gradlab.app.shell;

import gradlab.app.lab.MainWindow;
import gradlab.app.twins.CompareView;
import gradlab.app.lesson.LessonLibrary;
import gradlab.app.lesson.LessonModel;
import gradlab.app.lesson.LessonPanel;
import gradlab.app.lesson.StartPage;
import gradlab.app.race.SurfaceModel;
import gradlab.app.race.SurfaceView;
import gradlab.data.Dataset;
import gradlab.io.TextFiles;
import gradlab.lab.LabState;
import gradlab.lab.TrainingSnapshot;
import gradlab.lab.Twins;
import gradlab.lesson.HeadlessLab;
import gradlab.lesson.LabContext;
import gradlab.lesson.Lesson;
import gradlab.lab.EngineRunner;
import gradlab.lesson.Progress;
import gradlab.nn.Network;
import gradlab.surface.Surface;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The window around the views: the menus, the start page with the lessons, the lab, the loss surfaces,
 * and the lesson panel beside whichever of them a lesson step shows. Keys go to the view on screen.
 */
public final class Shell implements LessonModel.Target, Presenter.Window {
    public enum Page { START, LAB, SURFACES, COMPARE }

    private final BorderPane root = new BorderPane();
    private final Region blankScreen = new Region();
    private final StackPane frame = new StackPane(root, blankScreen);
    private final Presenter presenter;
    private final MenuBar menus;
    private final MainWindow lab;
    private final EngineRunner engine;
    private SurfaceView surfaces;   // made the first time they are needed (their model samples a surface: a third of start-up)
    private CompareView compare;
    private final Progress progress = Progress.load(Progress.defaultFile());
    private final LessonModel lessons = new LessonModel(this, progress);
    private final LessonPanel lessonPanel;
    private final StartPage start;
    private final Path course = LessonLibrary.courseFolder();
    private Path folder = course;
    private Page page;
    private boolean diverged;
    private boolean lessonTextShown = true;
    private int divergences;

    public Shell() { this(null); }

    /**
     * The shell whose engine work runs on {@code executor} (null: one engine thread of its own; tests pass one that
     * runs at once). One {@link EngineRunner} is made here and handed to every model: the lab's training, layer
     * statistics and loss slice, the surfaces' maps, and the twins.
     */
    public Shell(ScheduledExecutorService executor) {
        engine = executor == null ? EngineRunner.inBackground() : EngineRunner.on(executor);
        // a page taller than the window runs off its bottom, never off its top too (centred, it lost the toolbar)
        StackPane.setAlignment(root, Pos.TOP_LEFT);
        // the lessons are read on the engine's thread while this one builds the lab (tests' runners read them at once)
        CompletableFuture<LessonLibrary.Loaded> reading = CompletableFuture.supplyAsync(() -> LessonLibrary.load(course), engine);
        lab = new MainWindow(engine, false);
        start = new StartPage(this::freePlay, () -> show(Page.SURFACES), () -> show(Page.COMPARE), this::openFolder);
        lessonPanel = new LessonPanel(lessons, this::closeLesson);
        menus = lab.detachMenuBar();
        presenter = new Presenter(this, lessons);
        blankScreen.setStyle("-fx-background-color: black;");
        blankScreen.setVisible(false);
        addFileItems(menus.getMenus().get(0));
        MenuItem present = new MenuItem("Present (full screen, large type)");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> presenter.toggle());
        menus.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().ifPresent(v -> v.getItems().add(0, present));
        MenuItem toStart = item("Lessons", KeyCode.DIGIT1, () -> closeLesson());
        MenuItem toLab = item("The lab", KeyCode.DIGIT2, () -> show(Page.LAB));
        MenuItem toSurfaces = item("Loss surfaces", KeyCode.DIGIT3, () -> show(Page.SURFACES));
        MenuItem toCompare = item("Twin runs (compare)", KeyCode.DIGIT4, () -> show(Page.COMPARE));
        menus.getMenus().add(1, new Menu("Go", null, toStart, toLab, toSurfaces, toCompare));
        root.setTop(menus);
        status = lab.detachStatusLine();
        root.setBottom(status);   // below every page, and never in a picture exported of one
        // presenting, an empty status line gives its height to the view; a message (an error) still shows
        status.visibleProperty().bind(status.textProperty().isNotEmpty().or(presentingShown.not()));
        status.managedProperty().bind(status.visibleProperty());
        showLessons(reading.join());
        show(Page.START);
        progress.message().ifPresent(m -> say(m, true));

        // a lesson hears what the student does: edits check live, a second divergence shows a hint
        lab.model().changeProperty().addListener((o, a, b) -> lessons.checkLive());   // once per action, all in place
        lessons.pictureProperty().addListener((o, a, p) -> lab.truthTable().followTask(p == null ? null : p.step()));   // the task's gate
        lab.training().snapshotProperty().addListener((o, a, s) -> {
            if (s != null && s.status() == TrainingSnapshot.Status.DIVERGED && !diverged) {
                diverged = true;
                if (++divergences == 2 && lessons.lesson() != null) lessons.revealHint();
            }
            if (s != null && s.status() != TrainingSnapshot.Status.DIVERGED && s.epoch() == 0) diverged = false;
        });
        lab.view().largeTypeProperty().addListener((o, a, large) -> {
            if (surfaces != null) surfaces.setFontScale(large ? 1.6 : 1.0);
            lessonPanel.setTexSize(large ? 24 : 16);   // the text's size, as root's style below sets it
            root.setStyle(large ? "-fx-font-size: 24px;" : "");
        });
    }

    private static MenuItem item(String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.run());
        return item;
    }

    public Parent root() { return frame; }
    public Presenter presenter() { return presenter; }
    public MainWindow lab() { return lab; }
    /** The loss surfaces, made the first time they are shown or set up. */
    public SurfaceView surfaces() {
        if (surfaces == null) {
            surfaces = new SurfaceView(new SurfaceModel(engine, Platform::runLater));
            surfaces.setFontScale(lab.view().largeTypeProperty().get() ? 1.6 : 1.0);
        }
        return surfaces;
    }
    public LessonModel lessons() { return lessons; }
    public Page page() { return page; }

    public void show(Page next) {
        page = next;
        Node view = switch (next) {
            case START -> start;
            case LAB -> lab.root();
            case SURFACES -> surfaces();
            case COMPARE -> compare();
        };
        boolean text = next != Page.START && lessons.lesson() != null && lessonTextShown;
        if (focus == Focus.TEXT && !text) focus = Focus.NONE;
        boolean sides = focus == Focus.NONE;
        lab.setSidesShown(sides);
        if (surfaces != null && surfaces.getRight() != null) {
            surfaces.getRight().setVisible(sides);
            surfaces.getRight().setManaged(sides);
        }
        root.setLeft(null);
        root.setCenter(focus == Focus.TEXT ? lessonPanel : view);
        root.setLeft(focus == Focus.NONE && text ? lessonPanel : null);
    }

    /** What fills the screen while presenting: everything, the page's main view alone, or the lesson's text alone. */
    private enum Focus { NONE, VIEW, TEXT }
    private Focus focus = Focus.NONE;

    @Override public void focusNext() {
        boolean text = page != Page.START && lessons.lesson() != null && lessonTextShown;
        focus = switch (focus) {
            case NONE -> Focus.VIEW;
            case VIEW -> text ? Focus.TEXT : Focus.NONE;
            case TEXT -> Focus.NONE;
        };
        show(page);
    }

    @Override public void clearFocus() {
        focus = Focus.NONE;
        show(page);
    }

    /** The twin runs, made the first time they are shown (each preset trains two networks). */
    public CompareView compare() {
        if (compare == null) compare = new CompareView(setting -> Twins.varying(lab.model().network(),
                lab.model().split().training(), lab.model().state().trainingConfig(), setting), engine);
        return compare;
    }

    public void openLesson(Lesson lesson) {
        if (lessons.lesson() == null && playground == null && lab.model().network() != null) {   // leaving free play: keep its lab
            playground = new Playground(lab.model().network().copy(), lab.model().state());
        }
        divergences = 0;
        lessons.open(lesson);
        show(page == Page.START ? Page.LAB : page);
    }

    /** The lab as free play left it when a lesson opened: "Free play" brings it back. */
    private record Playground(Network network, LabState state) {}
    private Playground playground;

    /**
     * "Free play: the lab →": the lab as the student left it before the lessons (a lesson's network and settings are
     * the lesson's, one Ctrl+Z away), then the lab.
     */
    void freePlay() {
        if (lessons.lesson() != null) closeLesson(false);
        if (playground != null) {
            lab.model().setUp(playground.network().copy(), playground.state());
            lab.selection().select(null);
            playground = null;
            lab.model().status().say("Free play: your own network and settings again (Ctrl+Z brings back the lesson's).");
        }
        show(Page.LAB);
    }

    private void closeLesson() { closeLesson(true); }

    /** Back to the lesson list ({@code reload}: read the lessons' folder again, for progress and edits). */
    void closeLesson(boolean reload) {
        lessons.close();
        lab.selection().select(null);   // the lesson's selection stays with the lesson
        lab.showPanels(List.of(), List.of());   // free play shows every panel and locks nothing
        if (reload) reloadLessons();
        show(Page.START);
    }

    private void reloadLessons() {
        showLessons(LessonLibrary.load(folder));
    }

    private void showLessons(LessonLibrary.Loaded loaded) {
        start.show(loaded.lessons(), progress, loaded.problems(), this::openLesson);
        boolean builtIn = folder.equals(course);
        start.showSource(builtIn ? "The built-in course" : "Lessons from " + folder.toAbsolutePath(), builtIn ? null : this::openCourse);
    }

    /** Back from a lecturer's folder to the built-in course. */
    public void openCourse() {
        folder = course;
        reloadLessons();
    }

    /** Shows the lessons of {@code dir} on the start page (what "Open a lesson folder…" does once a folder is chosen). */
    public void openFolder(Path dir) {
        folder = dir;
        reloadLessons();
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of lessons");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir == null) return;
        openFolder(dir.toPath());
    }

    /** Ctrl+1…4: the lessons, the lab, the loss surfaces, the twin runs; false for any other key. */
    private boolean pageKey(KeyCode code) {
        switch (code) {
            case DIGIT1 -> closeLesson();
            case DIGIT2 -> show(Page.LAB);
            case DIGIT3 -> show(Page.SURFACES);
            case DIGIT4 -> show(Page.COMPARE);
            default -> { return false; }
        }
        return true;
    }

    /** Keys go to the window first (F11, Ctrl+1…4), the presenter next (F5, and while presenting its slide keys), then to the view on screen. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {   // the Large type item's key, also while the menus are hidden
                lab.view().largeTypeProperty().set(!lab.view().largeTypeProperty().get());
                e.consume();
                return;
            }
            if (e.isShortcutDown() && !e.isAltDown() && pageKey(e.getCode())) {   // Go's keys, also in F5 where the menus are hidden
                e.consume();
                return;
            }
            if (!(scene.getFocusOwner() instanceof TextInputControl) && presenter.handleKey(e)) {
                e.consume();
                return;
            }
            if (page == Page.LAB) {
                lab.handleKey(e, scene);
            } else if (page == Page.SURFACES && !(scene.getFocusOwner() instanceof TextInputControl)
                    && !e.isShortcutDown() && !e.isAltDown()) {
                switch (e.getCode()) {
                    case SPACE -> surfaces().togglePlay();
                    case RIGHT -> surfaces().model().stepForward();
                    case LEFT -> surfaces().model().stepBack();
                    case R -> surfaces().model().reset();
                    default -> { return; }
                }
                e.consume();
            }
        });
    }

    private void addFileItems(Menu file) {
        MenuItem openSession = new MenuItem("Open session…");
        openSession.setOnAction(e -> chooseFile("Open a session", false, "*.gradlab.yaml", "Sessions").ifPresent(p -> {
            lab.model().openSession(p, () -> show(Page.LAB));   // read off the FX thread: the lab page once it is open
        }));
        MenuItem saveSession = new MenuItem("Save session…");
        saveSession.setOnAction(e -> chooseFile("Save the session", true, "*.gradlab.yaml", "Sessions").ifPresent(p -> lab.model().saveSession(p, lab.training().history())));
        MenuItem export = new MenuItem("Export this view as PNG (2×)…");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> ExportDialog.ask(root.getScene().getWindow(), "export-" + page.name().toLowerCase(Locale.ROOT) + ".png")
                .ifPresent(this::exportPng));
        int quit = file.getItems().size() - 2;   // before the lab's last separator and Quit, which stays at the bottom
        file.getItems().addAll(quit, List.of(new SeparatorMenuItem(), openSession, saveSession, export));
    }

    private Optional<Path> chooseFile(String title, boolean save, String pattern, String what) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File f = save ? chooser.showSaveDialog(root.getScene().getWindow()) : chooser.showOpenDialog(root.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * The view on screen (without menus, status line or passing messages) as a PNG at twice its size, for
     * slides and handouts; a name without ".png" gets it.
     */
    public boolean exportPng(Path chosen) {
        Path file = ExportDialog.withPng(chosen);
        Node view = root.getCenter();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(2, 2));
        List<Node> messages = new ArrayList<>(view.lookupAll(".status"));
        // The status line says what just happened, not what the picture shows. Opacity, not visibility: a
        // page may bind a message's visibility to its own state.
        List<Double> opacity = messages.stream().map(Node::getOpacity).toList();
        messages.forEach(m -> m.setOpacity(0));
        WritableImage image;
        try {
            image = view.snapshot(parameters, null);
        } finally {
            for (int i = 0; i < messages.size(); i++) messages.get(i).setOpacity(opacity.get(i));
        }
        try {
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(buffered, "png", bytes);
            Files.write(file, bytes.toByteArray());
            say("Exported " + file.getFileName() + " (" + (int) image.getWidth() + " × " + (int) image.getHeight() + " pixels)", false);
            return true;
        } catch (IOException e) {
            say(file + ": cannot write: " + TextFiles.reason(e), true);
            return false;
        }
    }

    // ---- Presenter.Window ----

    @Override public Stage stage() { return (Stage) root.getScene().getWindow(); }
    /** Large type on or off for presenting; a passing message (not an error) goes, so the line is not left saying it for the lecture. */
    @Override public void setLargeType(boolean on) {
        lab.view().largeTypeProperty().set(on);
        if (!lab.model().status().errorProperty().get()) lab.model().status().say("");
    }
    @Override public boolean largeType() { return lab.view().largeTypeProperty().get(); }
    /** The menus are hidden while presenting, and only then. */
    @Override public void setMenusShown(boolean on) {
        root.setTop(on ? menus : null);
        presentingShown.set(!on);
        lab.setPresenting(!on);
    }

    private final BooleanProperty presentingShown = new SimpleBooleanProperty(false);
    @Override public void setBlank(boolean on) { blankScreen.setVisible(on); }
    @Override public boolean blank() { return blankScreen.isVisible(); }
    /** The notes strip in the status line's place; none: the status line again (ending F5 lost it for good). */
    @Override public void setNotesStrip(Node strip) { root.setBottom(strip != null ? strip : status); }

    private final Label status;
    @Override public void setLessonTextShown(boolean on) {
        lessonTextShown = on;
        show(page);
    }

    // ---- LessonModel.Target ----

    @Override
    public void setUp(HeadlessLab.SetUp setUp) {
        List<String> show = setUp.show();
        diverged = false;
        LabState state = setUp.state();
        lab.model().setUp(setUp.network(), state);
        lab.selection().select(null);   // a step opens with nothing selected, not the last page's edge or bias
        lab.showPanels(show, setUp.lock());
        if (setUp.surface() != null) {
            SurfaceModel surfaceModel = surfaces().model();
            surfaceModel.setSurface(setUp.surface());
            surfaceModel.setStart(setUp.start());
            surfaceModel.setRacers(List.of(new SurfaceModel.Racer(state.optimizer(), state.learningRate(), state.momentum(), state.rho())));
            surfaceModel.reset();
            show(Page.SURFACES);
        } else if (show.contains("compare")) {
            show(Page.COMPARE);
        } else if (show.contains("surface")) {
            show(Page.SURFACES);
        } else {
            show(Page.LAB);
        }
    }

    @Override
    public LabContext context(Double answer, Integer choice) {
        boolean onSurface = page == Page.SURFACES;
        LabState base = lab.model().state();
        LabState state = base;
        if (onSurface) {   // on a surface the settings checked are the first racer's
            SurfaceModel.Racer r = surfaces().model().racers().get(0);
            state = base.with("optimizer", r.optimizer()).with("learningRate", r.learningRate()).with("momentum", r.momentum()).with("rho", r.rho());
        }
        LabState checked = state;
        TrainingSnapshot snapshot = lab.training().snapshotProperty().get();
        Surface surface = onSurface ? surfaces().model().surface() : null;
        double[] surfaceStart = onSurface ? surfaces().model().start() : null;
        boolean lastDiverged = diverged;
        return new LabContext() {
            public Network network() { return lab.model().network(); }
            public Dataset trainingData() { return lab.model().split().training(); }
            public LabState state() { return checked; }
            public int epochsTrained() { return snapshot == null ? 0 : snapshot.epoch(); }
            public boolean diverged() { return lastDiverged; }
            public Double answer() { return answer; }
            public Integer choice() { return choice; }
            public Surface surface() { return surface; }
            public double[] surfaceStart() { return surfaceStart; }
        };
    }

    @Override
    public void say(String message, boolean error) {
        if (error) lab.model().status().fail(message); else lab.model().status().say(message);
    }

    public void close() {
        if (surfaces != null) surfaces.close();
        if (compare != null) compare.close();
        lessonPanel.close();
        lab.close();
        engine.close();
    }

    /** The one runner all engine work of this window runs on. */
    public EngineRunner engine() { return engine; }
}
