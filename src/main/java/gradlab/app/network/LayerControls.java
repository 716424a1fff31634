package gradlab.app.network;

import gradlab.nn.Activation;
import gradlab.nn.Network;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import gradlab.app.session.LabModel;

/** Above each layer of the diagram: − and + for its neurons and a chooser for its activation. */
final class LayerControls extends Pane {
    private final LabModel model;
    private double height = 80;

    LayerControls(LabModel model) {
        this.model = model;
        setPickOnBounds(false);
    }

    /** How tall the controls are, so the diagram can start below them. */
    double controlsHeight() { return height; }

    /** Builds one set per layer of {@code network}, centred on {@code columnX(layer)}, within {@code width}. */
    void rebuild(Network network, IntToDoubleFunction columnX, double width) {
        getChildren().clear();
        for (int l = 0; l < network.depth(); l++) {
            VBox box = controlsFor(network, l);
            getChildren().add(box);
            box.applyCss();
            box.autosize();
            height = box.prefHeight(-1);
            double x = columnX.applyAsDouble(l) - box.prefWidth(-1) / 2;
            box.relocate(Math.max(0, Math.min(width - box.prefWidth(-1), x)), 8);
        }
    }

    private VBox controlsFor(Network network, int layer) {
        Button plus = new Button("+");
        plus.setId("add-neuron-" + layer);
        plus.setTooltip(new Tooltip("Add a neuron to layer " + (layer + 1)));
        plus.setOnAction(e -> model.addNeuron(layer));
        Button minus = new Button("−");
        minus.setId("remove-neuron-" + layer);
        minus.setTooltip(new Tooltip("Remove a neuron from layer " + (layer + 1)));
        minus.setOnAction(e -> model.removeNeuron(layer));
        minus.setDisable(network.layer(layer).units() <= 1);
        ComboBox<Activation> activation = new ComboBox<>();
        activation.getItems().setAll(Activation.values());
        activation.setValue(network.layer(layer).activation());
        activation.setId("activation-" + layer);
        activation.setOnAction(e -> {
            if (activation.getValue() != model.network().layer(layer).activation()) model.setActivation(layer, activation.getValue());
        });
        HBox buttons = new HBox(4, minus, plus);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(4, buttons, activation);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("layer-controls");
        return box;
    }
}
