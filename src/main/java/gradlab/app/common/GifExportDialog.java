package gradlab.app.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small dialog for an animated GIF: size, frame rate and length (steps), then the file, then a progress bar
 * with Cancel while the frames are drawn off screen on a background thread. The window stays usable; a
 * cancelled export writes nothing.
 */
public final class GifExportDialog {
    private GifExportDialog() {}

    /** Draws and writes the GIF; {@code progress} hears the frames done and answers whether to go on. */
    @FunctionalInterface
    public interface Export {
        boolean write(Path out, int[] size, double fps, int steps, IntPredicate progress) throws IOException;
    }

    public static final String[] SIZES = {"480x300", "640x400", "800x500", "1280x800"};

    public static void show(Window owner, String fileName, int defaultSteps, Export export) {
        show(owner, fileName, defaultSteps, "Steps (one frame each)", export);
    }

    /** The same, calling a frame's step {@code stepsLabel} (a training run's are epochs). */
    public static void show(Window owner, String fileName, int defaultSteps, String stepsLabel, Export export) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Save as an animated GIF");
        ChoiceBox<String> size = new ChoiceBox<>();
        size.getItems().addAll(SIZES);
        size.setValue(SIZES[1]);
        size.setId("gif-size");
        Spinner<Integer> fps = new Spinner<>(1, 50, 15);
        fps.setId("gif-fps");
        Spinner<Integer> steps = new Spinner<>(1, 999, Math.min(999, Math.max(1, defaultSteps)));
        steps.setEditable(true);
        steps.setId("gif-steps");
        Label length = new Label();
        Runnable sayLength = () -> length.setText(String.format(Locale.ROOT, "%.1f s", (steps.getValue() + 1) / (double) fps.getValue()));
        fps.valueProperty().addListener((o, a, b) -> sayLength.run());
        steps.valueProperty().addListener((o, a, b) -> sayLength.run());
        sayLength.run();
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Size"), size);
        form.addRow(1, new Label("Frames a second"), fps);
        form.addRow(2, new Label(stepsLabel), steps, length);
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label said = new Label("");
        Button save = new Button("Save…");
        save.setId("gif-save");
        save.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        cancel.setId("gif-cancel");
        AtomicBoolean cancelled = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(false);
        cancel.setOnAction(e -> {
            if (running.get()) cancelled.set(true);
            else stage.close();
        });
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the animation");
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
            File file = chooser.showSaveDialog(stage);
            if (file == null) return;
            String[] wh = size.getValue().split("x");
            int[] dimensions = {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])};
            int n = steps.getValue(), rate = fps.getValue();
            save.setDisable(true);
            form.setDisable(true);
            running.set(true);
            Thread worker = new Thread(() -> {
                String result;
                try {
                    boolean written = export.write(file.toPath(), dimensions, rate, n, frames -> {
                        Platform.runLater(() -> bar.setProgress(frames / (double) (n + 1)));
                        return !cancelled.get();
                    });
                    result = written ? "Saved " + file.getName() : "Cancelled: nothing was written";
                } catch (IOException | RuntimeException ex) {
                    result = file.getName() + ": could not write: " + ex.getMessage();
                }
                String message = result;
                Platform.runLater(() -> {
                    running.set(false);
                    said.setText(message);
                    save.setDisable(false);
                    form.setDisable(false);
                    cancel.setText("Close");
                });
            }, "gif-export");
            worker.setDaemon(true);
            worker.start();
        });
        VBox root = new VBox(10, form, bar, said, new HBox(8, save, cancel));
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root));
        stage.show();
    }
}
