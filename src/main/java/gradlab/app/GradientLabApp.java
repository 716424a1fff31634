package gradlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app. {@code mvn javafx:run} or {@code java -jar target/gradlab.jar} with no arguments. */
public final class GradientLabApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(GradientLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow();
        Scene scene = new Scene(window.root(), 1400, 900);
        scene.getStylesheets().add(GradientLabApp.class.getResource("gradlab.css").toExternalForm());
        window.installKeys(scene);
        stage.setTitle("Gradient Lab");
        stage.setScene(scene);
        stage.show();
    }
}
