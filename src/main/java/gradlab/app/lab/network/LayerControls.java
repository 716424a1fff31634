package gradlab.app.lab.network;

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
import gradlab.app.lab.session.LabModel;

/** Above each layer of the diagram: − and + for its neurons and a chooser for its activation. */
final class LayerControls extends Pane {
    private final LabModel model;
    private double height = 80;

    LayerControls(LabModel model) {
        this.model = model;
        setPickOnBounds(false);
    }

    /** How tall the controls are, so the diagram can start below them (nothing while they are hidden). */
    double controlsHeight() { return isVisible() ? height : 0; }

    /** Builds one set per layer of {@code network}, centred on {@code columnX(layer)}, within {@code width}. */
    void rebuild(Network network, IntToDoubleFunction columnX, double width) {
        getChildren().clear();
        if (!isVisible()) return;
        // columns closer than a set of controls is wide (large type in a narrow window): shrink the sets
        // so that neighbours never overlap, rather than stacking − + − + on top of each other
        double spacing = network.depth() > 1 ? columnX.applyAsDouble(1) - columnX.applyAsDouble(0) : width;
        for (int l = 0; l < network.depth(); l++) {
            VBox box = controlsFor(network, l);
            getChildren().add(box);
            box.applyCss();
            box.autosize();
            double w = box.prefWidth(-1), h = box.prefHeight(-1);
            double scale = Math.max(0.5, Math.min(1, (spacing - 8) / w));
            box.setScaleX(scale);
            box.setScaleY(scale);
            height = h * scale;
            double x = columnX.applyAsDouble(l) - w / 2;
            double slack = w * (1 - scale) / 2;   // scaling keeps the centre; the visible box is narrower by twice this
            box.relocate(Math.max(-slack, Math.min(width - w + slack, x)), 8 - h * (1 - scale) / 2);
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
