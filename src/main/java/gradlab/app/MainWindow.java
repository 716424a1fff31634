package gradlab.app;

import gradlab.io.InputError;
import gradlab.nn.Network;
import gradlab.nn.NetworkFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The main window: the network in the middle, the sample to feed it on top. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final NetworkView networkView = new NetworkView();
    private final Network network;

    public MainWindow() {
        network = builtIn("xor-by-hand.yaml");
        HBox inputs = new HBox(8);
        inputs.getStyleClass().add("toolbar");
        inputs.getChildren().add(new Label("Input"));
        ToggleGroup group = new ToggleGroup();
        double[][] samples = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (double[] sample : samples) {
            ToggleButton button = new ToggleButton(NetworkView.format(sample[0]) + ", " + NetworkView.format(sample[1]));
            button.setId("input-" + (int) sample[0] + (int) sample[1]);
            button.setToggleGroup(group);
            button.setOnAction(e -> show(sample));
            inputs.getChildren().add(button);
        }
        root.setTop(inputs);
        root.setCenter(networkView);
        ((ToggleButton) inputs.getChildren().get(2)).setSelected(true);
        show(samples[1]);
    }

    /** Loads a network shipped with the app. */
    static Network builtIn(String name) {
        try (InputStream in = MainWindow.class.getResourceAsStream("/gradlab/networks/" + name)) {
            return NetworkFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputError e) {
            throw new IllegalStateException("built-in network is broken: " + e.getMessage(), e);
        }
    }

    private void show(double[] sample) {
        networkView.show(network, sample, network.forward(sample));
    }

    public Parent root() { return root; }
    public NetworkView networkView() { return networkView; }
    public void installKeys(Scene scene) { }
}
