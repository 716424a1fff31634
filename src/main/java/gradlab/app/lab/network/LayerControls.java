package gradlab.app.lab.network;

import gradlab.nn.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
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

    /**
     * Builds one set per layer of the diagram's {@code picture}, centred on {@code columnX(layer)}, within {@code width},
     * always at the type's own size: sets too wide for the room between columns go on two rows (every other
     * layer lower), and when even that does not fit, one "Layers" menu at the left holds every layer's − +
     * and activation. Never a shrunken set, whose words a back row (or anyone) could not read.
     */
    void rebuild(DiagramModel.Picture picture, IntToDoubleFunction columnX, double width) {
        getChildren().clear();
        compact = false;
        height = 0;
        if (!isVisible()) return;
        double spacing = picture.depth() > 1 ? columnX.applyAsDouble(1) - columnX.applyAsDouble(0) : width;
        List<VBox> boxes = new ArrayList<>();
        double widest = 0, tallest = 0;
        for (int l = 0; l < picture.depth(); l++) {
            VBox box = controlsFor(picture, l);
            getChildren().add(box);
            box.applyCss();
            box.autosize();
            boxes.add(box);
            widest = Math.max(widest, box.prefWidth(-1));
            tallest = Math.max(tallest, box.prefHeight(-1));
        }
        int rows = widest <= spacing - GAP ? 1 : picture.depth() > 1 && widest <= 2 * spacing - GAP ? 2 : 0;
        if (rows == 0 || widest > width) {
            getChildren().clear();
            MenuButton menu = layersMenu(picture);
            getChildren().add(menu);
            menu.applyCss();
            menu.autosize();
            menu.relocate(8, 8);
            compact = true;
            height = menu.prefHeight(-1) + 8;
            return;
        }
        for (int l = 0; l < boxes.size(); l++) {
            VBox box = boxes.get(l);
            double w = box.prefWidth(-1);
            double x = columnX.applyAsDouble(l) - w / 2;
            box.relocate(Math.max(0, Math.min(width - w, x)), 8 + (l % rows) * (tallest + 4));
        }
        height = rows * tallest + (rows - 1) * 4;
    }

    /** Room kept between two sets of controls. */
    private static final double GAP = 8;
    private boolean compact;

    /** Whether the controls are one menu (there was no room for a set above each layer). */
    boolean compact() { return compact; }

    /** One menu for every layer: a submenu each with − and + and its activation. */
    private MenuButton layersMenu(DiagramModel.Picture picture) {
        MenuButton menu = new MenuButton("Layers");
        menu.setId("layers-menu");
        menu.setTooltip(new Tooltip("Neurons and activation of each layer (no room above the layers)"));
        for (int l = 0; l < picture.depth(); l++) {
            int layer = l;
            Menu sub = new Menu("Layer " + (l + 1) + ": " + picture.units()[l] + " units, " + picture.activations().get(l));
            MenuItem add = new MenuItem("+ a neuron");
            add.setOnAction(e -> model.addNeuron(layer));
            MenuItem remove = new MenuItem("− a neuron");
            remove.setOnAction(e -> model.removeNeuron(layer));
            remove.setDisable(picture.units()[l] <= 1);
            sub.getItems().addAll(remove, add, new SeparatorMenuItem());
            ToggleGroup group = new ToggleGroup();
            for (Activation a : Activation.values()) {
                RadioMenuItem item = new RadioMenuItem(a.toString());
                item.setToggleGroup(group);
                item.setSelected(a == picture.activations().get(l));
                item.setOnAction(e -> {
                    if (a != model.network().layer(layer).activation()) model.setActivation(layer, a);
                });
                sub.getItems().add(item);
            }
            menu.getItems().add(sub);
        }
        return menu;
    }

    private VBox controlsFor(DiagramModel.Picture picture, int layer) {
        Button plus = new Button("+");
        plus.setId("add-neuron-" + layer);
        plus.setTooltip(new Tooltip("Add a neuron to layer " + (layer + 1)));
        plus.setOnAction(e -> model.addNeuron(layer));
        Button minus = new Button("−");
        minus.setId("remove-neuron-" + layer);
        minus.setTooltip(new Tooltip("Remove a neuron from layer " + (layer + 1)));
        minus.setOnAction(e -> model.removeNeuron(layer));
        minus.setDisable(picture.units()[layer] <= 1);
        ComboBox<Activation> activation = new ComboBox<>();
        activation.getItems().setAll(Activation.values());
        activation.setValue(picture.activations().get(layer));
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
