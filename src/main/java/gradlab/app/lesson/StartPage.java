package gradlab.app.lesson;

import gradlab.app.common.Buttons;
import gradlab.app.common.WholeRows;
import gradlab.lesson.Lesson;
import gradlab.lesson.Progress;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the app opens: the lessons in order, each with its title, the notes it follows, a progress bar
 * and Start or Continue; below them, free play in the lab and the loss surfaces.
 */
public final class StartPage extends BorderPane {
    private final VBox list = new VBox(6);
    private final VBox problems = new VBox(4);
    private final Label notice = new Label();
    private final Label source = new Label();
    private final Button backToCourse = new Button("← Back to the built-in course");

    public StartPage(Runnable freePlay, Runnable surfaces, Runnable twins, Runnable openFolder) {
        getStyleClass().add("start-page");
        Label title = new Label("Gradient Lab");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("See neural networks learn: pick a lesson, or play freely with a network.");
        subtitle.getStyleClass().add("start-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);   // wraps in large type on a 1024-pixel projector, never "…"
        Button play = Buttons.button("Free play: the lab →", "free-play", freePlay);
        play.getStyleClass().add("accent");
        Button surface = Buttons.button("Loss surfaces →", "open-surfaces", surfaces);
        Button compare = Buttons.button("Twin runs →", "open-compare", twins);
        Button folder = Buttons.button("Open a lesson folder…", null, openFolder);
        notice.setId("progress-notice");
        notice.setWrapText(true);
        notice.getStyleClass().addAll("status", "result-fail");
        problems.setId("lesson-problems");
        source.setId("lesson-source");
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        backToCourse.setId("back-to-course");
        HBox from = new HBox(10, source, backToCourse);
        from.setAlignment(Pos.CENTER_LEFT);
        FlowPane more = new FlowPane(10, 8, play, surface, compare, folder);   // wraps to a second row rather than "Free play: the l…"
        more.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(play, surface, compare, folder)) b.setMinWidth(Region.USE_PREF_SIZE);
        list.setPadding(new Insets(6, 12, 6, 8));   // the Continue buttons keep off the frame
        ScrollPane scroll = WholeRows.install(new ScrollPane(list));
        scroll.setFitToWidth(true);
        Label lessonsHeading = new Label("Lessons");
        lessonsHeading.getStyleClass().add("section");
        VBox content = new VBox(14, title, subtitle, notice, lessonsHeading, from, scroll, more, problems);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content.setPadding(new Insets(24, 32, 24, 32));
        content.setMaxWidth(1100);
        setCenter(content);
    }

    /**
     * Says where the lessons come from: the built-in course ({@code back} null), or a folder the lecturer opened,
     * with a way back to the course.
     */
    public void showSource(String from, Runnable back) {
        source.setText(from);
        backToCourse.setOnAction(e -> { if (back != null) back.run(); });
        shown(backToCourse, back != null);
    }

    /**
     * Shows {@code lessons} (sorted) with the student's progress and, when the progress file was set aside
     * (broken), when and why; {@code broken} lists every error of the lesson files that did not load, one a line.
     */
    public void show(List<Lesson> lessons, Progress progress, List<String> broken, Consumer<Lesson> open) {
        list.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        int row = 0;
        for (Lesson lesson : LessonModel.sorted(lessons)) {
            Progress.Entry entry = progress.of(progress.keyOf(lesson));
            int tasks = lesson.taskCount();
            int done = LessonModel.doneTasks(lesson, entry);
            Label name = new Label((row + 1) + ". " + lesson.title());
            name.getStyleClass().add("lesson-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);   // a long title takes the lines it needs
            Label notes = new Label(lesson.notes().isEmpty() ? "" : "notes " + String.join(", ", lesson.notes()));
            notes.getStyleClass().add("hint");
            shown(notes, !lesson.notes().isEmpty());
            VBox title = new VBox(2, name, notes);   // the notes under the title: the title has the row's room to wrap in
            ProgressBar bar = new ProgressBar(tasks == 0 ? 0 : (double) done / tasks);
            bar.setMinWidth(BAR_WIDTH);   // the same length in any type size and window: the title wraps instead
            bar.setPrefWidth(BAR_WIDTH);
            bar.setMaxWidth(BAR_WIDTH);
            Label count = new Label(done + " / " + tasks + " tasks");
            Button go = new Button(goText(lesson, entry));
            go.setId("lesson-" + (row + 1));
            int at = LessonModel.resumeAt(lesson, entry);
            go.setTooltip(new Tooltip("Opens step " + (at + 1) + " of " + lesson.steps().size() + ": "
                    + (lesson.steps().isEmpty() ? "" : lesson.steps().get(at).title())));
            go.setOnAction(e -> open.accept(lesson));
            // The title wraps to make room; the notes, the count and the button are never cut to "…".
            title.setMinWidth(160);
            for (Control whole : new Control[] {notes, count, go}) {
                whole.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.addRow(row++, title, bar, count, go);
            GridPane.setHgrow(title, Priority.ALWAYS);
        }
        list.getChildren().add(grid);
        problems.getChildren().clear();
        if (!broken.isEmpty()) {
            Label heading = new Label("Not loaded (each problem with its file, line and column):");
            heading.getStyleClass().add("section");
            problems.getChildren().add(heading);
            for (String line : broken) {
                Label problem = new Label(line);
                problem.setWrapText(true);
                problem.getStyleClass().addAll("status", "lesson-problem");
                problems.getChildren().add(problem);
            }
        }
        shown(problems, !broken.isEmpty());
        notice.setText(progress.message().orElse(""));
        shown(notice, progress.message().isPresent());
    }

    /** The progress bars' length, in pixels, in normal and in large type alike. */
    static final double BAR_WIDTH = 140;

    /**
     * What a lesson's button says, naming the step it opens ({@link LessonModel#resumeAt}): "Start →" with no
     * progress, "Review from step 1 →" with every task done, else "Continue at step N →".
     */
    static String goText(Lesson lesson, Progress.Entry entry) {
        int tasks = lesson.taskCount(), done = LessonModel.doneTasks(lesson, entry);
        int at = LessonModel.resumeAt(lesson, entry);
        if (tasks > 0 && done == tasks) return "Review from step 1 →";
        if (at == 0 && done == 0 && entry.step() == 0) return "Start →";
        return "Continue at step " + (at + 1) + " →";
    }

    private static void shown(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
