package gradlab.app.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Where Ctrl+E saves the picture: a small dialog of one line (the file, ".png" added if left off), which
 * fits a 720-pixel projector, unlike the system's file chooser; "Choose…" opens that chooser for whoever
 * wants it.
 */
final class ExportDialog {
    private ExportDialog() {}

    /** {@code file}, with ".png" added when its name does not end in it. */
    static Path withPng(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }

    /** The dialog, not yet shown, for a picture called {@code name} in the user's home folder. */
    static Dialog<Path> dialog(Window owner, String name) {
        Dialog<Path> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Export this view as PNG");
        dialog.setHeaderText(null);
        TextField file = new TextField(Path.of(System.getProperty("user.home"), name).toString());
        file.setId("export-file");
        file.setPrefColumnCount(32);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the view as a picture");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
            Path now = Path.of(file.getText().isBlank() ? name : file.getText());
            if (now.getParent() != null && now.getParent().toFile().isDirectory()) chooser.setInitialDirectory(now.getParent().toFile());
            chooser.setInitialFileName(now.getFileName().toString());
            var picked = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) file.setText(withPng(picked.toPath()).toString());
        });
        VBox body = new VBox(8, new Label("Save the picture (twice the size on screen) as:"), new HBox(8, file, choose));
        body.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Rectangle2D screen = (owner != null ? Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()) : Screen.getPrimary()).getVisualBounds();
        dialog.getDialogPane().setMaxHeight(screen.getHeight() - 40);
        dialog.getDialogPane().setMaxWidth(screen.getWidth() - 40);
        dialog.setResultConverter(b -> b == ButtonType.OK && !file.getText().isBlank() ? withPng(Path.of(file.getText().trim())) : null);
        return dialog;
    }

    static Optional<Path> ask(Window owner, String name) {
        return dialog(owner, name).showAndWait();
    }
}
