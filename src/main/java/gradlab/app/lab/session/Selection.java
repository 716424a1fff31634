package gradlab.app.lab.session;

import gradlab.nn.Network;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The weight or bias the editor has selected, by name ({@code layers.0.weights[1,0]}), or null. It
 * follows the lab's network: an edit that removes the selected parameter (its neuron went) clears it.
 */
public final class Selection {
    private final LabModel lab;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();

    public Selection(LabModel lab) {
        this.lab = lab;
        lab.networkProperty().addListener((o, a, net) -> {
            if (selected.get() != null && (net == null || !net.has(selected.get()))) selected.set(null);   // gone with its neuron
        });
    }

    public ReadOnlyStringProperty property() { return selected.getReadOnlyProperty(); }

    /** The selected parameter's name, or null. */
    public String get() { return selected.get(); }

    /** Selects {@code parameter} if the network has it, else nothing. */
    public void select(String parameter) {
        Network net = lab.network();
        selected.set(parameter != null && net != null && net.has(parameter) ? parameter : null);
    }
}
