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
}
