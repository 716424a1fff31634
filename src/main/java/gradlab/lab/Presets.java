package gradlab.lab;

import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Network;

/** The networks the File menu (and lessons) start from. */
public final class Presets {
    private Presets() {}

    /** Playground's opening network: 2-4-2-1, tanh throughout, Glorot-uniform weights from seed 1. */
    public static Network playground() {
        Network net = Network.create(Features.plain(2), new int[] {4, 2, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH}, Init.GLOROT_UNIFORM, 1);
        net.setName("playground");
        return net;
    }

    /** XOR by hand (notes 000): 2 inputs, 2 step neurons, 1 step output, every weight and bias 0. */
    public static Network xorByHand() {
        Network net = Network.create(Features.plain(2), new int[] {2, 1},
                new Activation[] {Activation.STEP, Activation.STEP}, Init.ZEROS, 0);
        net.setName("xor-by-hand");
        return net;
    }

    /**
     * The scheme the network's weights look drawn by: zeros when every weight and bias is 0 (a network to set
     * by hand), otherwise the network's own.
     */
    public static Init initOf(Network net) {
        for (var p : net.parameters()) for (double v : p.value().data) if (v != 0) return net.init();
        return Init.ZEROS;
    }

    /** The same shape, activations and dropout with fresh weights drawn by {@code init} from {@code seed}. */
    public static Network reinitialised(Network net, Init init, long seed) {
        int[] units = new int[net.depth()];
        Activation[] activations = new Activation[net.depth()];
        for (int l = 0; l < units.length; l++) {
            units[l] = net.layer(l).units();
            activations[l] = net.layer(l).activation();
        }
        Network fresh = Network.create(net.features(), units, activations, init, seed);
        for (int l = 0; l < units.length; l++) fresh.layer(l).setDropout(net.layer(l).dropout());
        fresh.setName(net.name());
        return fresh;
    }
}
