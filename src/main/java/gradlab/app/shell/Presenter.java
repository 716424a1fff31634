package gradlab.app.shell;

import gradlab.app.lesson.LessonModel;
import gradlab.app.lesson.MarkdownView;
import gradlab.lesson.Lesson;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Presenting: full screen, large type, no menus. With a lesson open, each step is a slide: PageDown (a
 * clicker's "next") goes forward, PageUp back; → and ← stay the lab's and the surfaces' stepping keys,
 * so the backward pass never needs the mouse. B (or ".") blanks the screen; Esc (or F5) ends and puts
 * the window back as it was. Where a second screen is connected, the slides go to it and this screen
 * shows the notes, the next step and a clock, and N moves the step's text between the slide and the
 * notes; on one screen N shows or hides a strip of notes along the bottom, leaving the text on the slide.
 * F lets one view fill the screen (the page's own, then the lesson's text), and all of them again.
 */
public final class Presenter {
    /** What presenting changes in the window. */
    public interface Window {
        Stage stage();
        void setLargeType(boolean on);
        boolean largeType();
        void setMenusShown(boolean on);
        void setBlank(boolean on);
        boolean blank();
        void setLessonTextShown(boolean on);
        /** Shows {@code strip} along the bottom of the window (null: none). */
        void setNotesStrip(Node strip);
        /** The next view alone fills the screen (the page's main view, the lesson text), then all of them again. */
        void focusNext();
        /** Every view again. */
        void clearFocus();
    }

    private final Window window;
    private final LessonModel lessons;
    private final ChangeListener<LessonModel.StepPicture> onStep = (o, a, p) -> updateNotes();
    private boolean presenting, wasLarge, textOnSlide = true;
    private Stage notes;
    private VBox notesBody;
    private Label clock;
    private Timeline ticking;
    private Label strip;

    public Presenter(Window window, LessonModel lessons) {
        this.window = window;
        this.lessons = lessons;
    }

    public boolean presenting() { return presenting; }

    public void toggle() {
        if (presenting) stop(); else start();
    }

    public void start() { start(true); }

    /** Starts presenting; {@code fullScreen} false keeps the window's size (audit measures a given size). */
    public void start(boolean fullScreen) {
        if (presenting) return;
        presenting = true;
        wasLarge = window.largeType();
        window.setLargeType(true);
        window.setMenusShown(false);
        Stage stage = window.stage();
        List<Screen> screens = Screen.getScreens();
        if (screens.size() > 1 && lessons.lesson() != null) {   // slides on the projector, notes here
            Rectangle2D projector = screens.get(1).getBounds();
            stage.setX(projector.getMinX());
            stage.setY(projector.getMinY());
            openNotes(screens.get(0));
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);   // Esc is ours: it ends presenting
        stage.setFullScreenExitHint("");
        if (fullScreen) stage.setFullScreen(true);
        lessons.pictureProperty().addListener(onStep);
    }

    public void stop() {
        if (!presenting) return;
        presenting = false;
        window.setBlank(false);
        window.setLargeType(wasLarge);
        window.setMenusShown(true);
        window.setLessonTextShown(true);
        textOnSlide = true;
        showStrip(false);
        window.clearFocus();
        window.stage().setFullScreen(false);
        lessons.pictureProperty().removeListener(onStep);
        if (notes != null) {
            ticking.stop();
            notes.close();
            notes = null;
        }
    }

    /** The presenter's keys; true when the key was one of them. */
    public boolean handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            toggle();
            return true;
        }
        if (!presenting) return false;
        boolean lesson = lessons.lesson() != null;
        switch (e.getCode()) {
            case ESCAPE -> stop();
            case B, PERIOD -> window.setBlank(!window.blank());
            case F -> window.focusNext();   // clickers send B or "." for a black screen
            case PAGE_DOWN -> { if (lesson) lessons.next(); else return false; }
            case PAGE_UP -> { if (lesson) lessons.back(); else return false; }
            case N -> {
                if (notes != null) {   // two screens: the text moves between the slide and the notes
                    textOnSlide = !textOnSlide;
                    window.setLessonTextShown(textOnSlide);
                } else {
                    showStrip(strip == null);
                }
            }
            default -> { return false; }
        }
        return true;
    }

    /** The notes strip of a single screen: where the lesson is, what comes next, the time. */
    private void showStrip(boolean on) {
        if (!on) {
            strip = null;
            window.setNotesStrip(null);
            return;
        }
        strip = new Label();
        strip.setId("notes-strip");
        strip.getStyleClass().add("notes-strip");
        strip.setWrapText(true);
        strip.setMaxWidth(Double.MAX_VALUE);
        strip.setPadding(new Insets(6, 14, 6, 14));
        strip.setStyle("-fx-background-color: #1d2330; -fx-text-fill: white;");
        updateNotes();
        window.setNotesStrip(strip);
    }

    private void openNotes(Screen screen) {
        notes = new Stage();
        notes.setTitle("Gradient Lab — speaker notes");
        notesBody = new VBox(12);
        notesBody.setPadding(new Insets(16));
        clock = new Label();
        clock.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        ScrollPane scroll = new ScrollPane(notesBody);
        scroll.setFitToWidth(true);
        VBox root = new VBox(10, clock, scroll);
        root.setPadding(new Insets(12));
        Rectangle2D b = screen.getVisualBounds();
        notes.setScene(new Scene(root, Math.min(900, b.getWidth()), Math.min(700, b.getHeight())));
        notes.setX(b.getMinX() + 20);
        notes.setY(b.getMinY() + 20);
        ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> clock.setText(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")))));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        updateNotes();
        notes.show();
    }

    private void updateNotes() {
        if (strip != null) strip.setText(stripText());
        if (notes == null || lessons.pictureProperty().get() == null) return;
        LessonModel.StepPicture p = lessons.pictureProperty().get();
        Lesson lesson = p.lesson();
        notesBody.getChildren().clear();
        Label title = new Label((p.index() + 1) + " / " + lesson.steps().size() + ". " + p.step().title());
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        title.setWrapText(true);
        notesBody.getChildren().addAll(title, new MarkdownView(p.step().text(), lesson.file().toAbsolutePath().getParent(), 18));
        if (p.step().task() != null) notesBody.getChildren().add(new Label("Task: " + p.step().task().goal()));
        String next = p.index() + 1 < lesson.steps().size() ? "Next: " + lesson.steps().get(p.index() + 1).title() : "Last step.";
        Label nextLabel = new Label(next);
        nextLabel.setStyle("-fx-text-fill: #6b7280;");
        notesBody.getChildren().add(nextLabel);
    }


    private String stripText() {
        String time = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"));
        LessonModel.StepPicture p = lessons.pictureProperty().get();
        if (lessons.lesson() == null || p == null) return time + "   No lesson open: Ctrl+1…4 switch pages, Esc ends presenting.";
        Lesson lesson = p.lesson();
        String next = p.index() + 1 < lesson.steps().size() ? "Next (PageDown): " + lesson.steps().get(p.index() + 1).title() : "Last step.";
        String task = p.step().task() != null ? "   Task: " + p.step().task().goal() : "";
        return time + "   Step " + (p.index() + 1) + " / " + lesson.steps().size() + ": " + p.step().title() + task + "   " + next;
    }
}
