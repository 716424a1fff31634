package gradlab.app.shell;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app. {@code mvn javafx:run} or {@code java -jar target/gradlab.jar} with no arguments. */
public final class GradientLabApp extends Application {
    private Shell window;

    public static void launchApp(String[] args) {
        Application.launch(GradientLabApp.class, args);
    }

    /** Adds the app's style sheet to a scene (the app and the UI tests look the same). */
    public static void style(Scene scene) {
        scene.getStylesheets().add(GradientLabApp.class.getResource("gradlab.css").toExternalForm());
    }

    /** A new window showing {@code root} styled as the app, {@code width} × {@code height} (the benchmarks' windows). */
    public static Stage showStyled(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    @Override
    public void start(Stage stage) {
        window = new Shell();
        // a bug must not pass silently in front of a class: say it in the status bar (details on the console)
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            e.printStackTrace();
            window.lab().model().status().unexpected(e);
        });
        var bounds = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1600, bounds.getWidth()), Math.min(1000, bounds.getHeight()));
        style(scene);
        window.installKeys(scene);
        stage.setTitle("Gradient Lab");
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) window.close();
    }
}
