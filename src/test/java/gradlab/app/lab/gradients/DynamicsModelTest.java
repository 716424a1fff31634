package gradlab.app.lab.gradients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.explain.LayerStatistics;
import gradlab.nn.Activation;
import gradlab.nn.Features;
import gradlab.nn.Init;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The layer statistics are a full-batch pass: it runs on the worker given, never on the screen's thread. */
class DynamicsModelTest {
    static final Dataset XOR = Generators.generate(Generators.Spec.of("xor-table", 4, 0, 1));
    private final Deque<Runnable> worker = new ArrayDeque<>(), screen = new ArrayDeque<>();
    private final DynamicsModel dynamics = new DynamicsModel(worker::add, screen::add);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Network net() {
        return Network.create(Features.plain(2), new int[] {3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID},
                Init.GLOROT_UNIFORM, 7);
    }

    @Test
    void theMeasurementRunsOnTheGivenExecutorNotOnTheFxThread() throws Exception {
        Network network = net();
        List<LayerStatistics.Layer> expected = LayerStatistics.measure(network.copy(), XOR, Loss.QUADRATIC);
        WaitForAsyncUtils.asyncFx(() -> dynamics.maybeMeasure(network, XOR, Loss.QUADRATIC, 3, 1L)).get();
        assertEquals(1, worker.size(), "the frame handed the pass to the worker");
        assertEquals(0, dynamics.pictureProperty().get().epochs().length, "and measured nothing itself");

        network.parameters().get(0).value().data[0] += 5;   // the window's network moves on meanwhile
        boolean[] onFx = {true};
        Thread thread = new Thread(() -> {
            onFx[0] = Platform.isFxApplicationThread();
            worker.poll().run();
        }, "test-worker");
        thread.start();
        thread.join();
        assertFalse(onFx[0]);
        assertEquals(1, screen.size(), "the result comes back to the screen's thread");
        assertEquals(0, dynamics.pictureProperty().get().epochs().length, "published only there");

        WaitForAsyncUtils.asyncFx(() -> screen.poll().run()).get();
        DynamicsModel.Picture picture = dynamics.pictureProperty().get();
        assertArrayEquals(new int[] {3}, picture.epochs());
        assertEquals(expected.size(), picture.layers().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).biasGradientNorm(), picture.layers().get(i).biasGradientNorm(), 0,
                    "measured on the network as it was at the frame, not as it is now");
            assertEquals(expected.get(i).biasGradientNorm(), picture.biasNorms()[0][i], 0);
        }
    }
}
