package gradlab.app.lesson;

import gradlab.app.common.Buttons;
import gradlab.lesson.Lesson;
import gradlab.lesson.Progress;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Where the app opens: the lessons in order, each with its title, the notes it follows, a progress bar
 * and Start or Continue; below them, free play in the lab and the loss surfaces.
 */
public final class StartPage extends BorderPane {
    private final VBox list = new VBox(6);
    private final Label problems = new Label();

    public StartPage(Runnable freePlay, Runnable surfaces, Runnable twins, Runnable openFolder) {
        getStyleClass().add("start-page");
        Label title = new Label("Gradient Lab");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("See neural networks learn: pick a lesson, or play freely with a network.");
        subtitle.getStyleClass().add("start-subtitle");
        subtitle.setWrapText(true);
        Button play = Buttons.button("Free play: the lab →", "free-play", freePlay);
        play.getStyleClass().add("accent");
        Button surface = Buttons.button("Loss surfaces →", "open-surfaces", surfaces);
        Button compare = Buttons.button("Twin runs →", "open-compare", twins);
        Button folder = Buttons.button("Open a lesson folder…", null, openFolder);
        problems.setWrapText(true);
        problems.getStyleClass().add("status");
        HBox more = new HBox(10, play, surface, compare, folder);
        more.setAlignment(Pos.CENTER_LEFT);
        list.setPadding(new Insets(6, 12, 6, 8));   // the Continue buttons keep off the frame
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox content = new VBox(14, title, subtitle, new Label("Lessons"), scroll, more, problems);
        content.getChildren().get(2).getStyleClass().add("section");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content.setPadding(new Insets(24, 32, 24, 32));
        content.setMaxWidth(1100);
        setCenter(content);
    }

    /** Shows {@code lessons} (sorted) with the student's progress; {@code problems} lists lesson files that did not load. */
    public void show(List<Lesson> lessons, Progress progress, List<String> broken, Consumer<Lesson> open) {
        list.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        int row = 0;
        for (Lesson lesson : LessonModel.sorted(lessons)) {
            Progress.Entry entry = progress.of(lesson.file().toAbsolutePath().normalize().toString());
            int tasks = lesson.taskCount();
            long done = entry.done().stream().filter(i -> i < lesson.steps().size() && lesson.steps().get(i).task() != null).count();
            Label name = new Label((row + 1) + ". " + lesson.title());
            name.getStyleClass().add("lesson-name");
            name.setWrapText(true);
            Label notes = new Label(lesson.notes().isEmpty() ? "" : "notes " + String.join(", ", lesson.notes()));
            notes.getStyleClass().add("hint");
            ProgressBar bar = new ProgressBar(tasks == 0 ? 0 : (double) done / tasks);
            bar.setPrefWidth(140);
            Label count = new Label(done + " / " + tasks + " tasks");
            Button go = new Button(entry.step() > 0 || done > 0 ? "Continue →" : "Start →");
            go.setId("lesson-" + (row + 1));
            go.setOnAction(e -> open.accept(lesson));
            grid.addRow(row++, name, notes, bar, count, go);
            GridPane.setHgrow(name, Priority.ALWAYS);
        }
        list.getChildren().add(grid);
        problems.setText(broken.isEmpty() ? "" : "Not loaded: " + String.join("; ", broken));
        problems.setVisible(!broken.isEmpty());
        problems.setManaged(!broken.isEmpty());
    }
}
