package gradlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphTest {

    @Test
    void aScalarExpressionIsAGraphToo_fOfXY_isXSquaredPlusTenYSquared() {
        Tensor x = Tensor.scalar("x", 3), y = Tensor.scalar("y", -2);
        Tensor f = x.pow(2).add(y.pow(2).scale(10));
        Graph graph = new Graph(f);
        graph.backward();
        assertEquals(9 + 40, f.item(), 1e-12);
        assertEquals(2 * 3, x.gradAt(0, 0), 1e-12, "∂f/∂x = 2x");
        assertEquals(20 * -2, y.gradAt(0, 0), 1e-12, "∂f/∂y = 20y");
    }

    @Test
    void orderPutsEveryInputBeforeTheOpsThatUseItAndEndsWithTheResult() {
        Tensor x = Tensor.row("x", 1, 2), w = Tensor.of("W", new double[][] {{1, 0}, {0, 1}});
        Tensor b = Tensor.row("b", 0.5, -0.5);
        Tensor z = x.matMulTransB(w).addBias(b);
        Tensor c = z.sigmoid().sum();
        List<Tensor> order = new Graph(c).order();
        assertSame(c, order.get(order.size() - 1));
        for (int i = 0; i < order.size(); i++) {
            for (Tensor parent : order.get(i).parents()) {
                assertTrue(order.indexOf(parent) < i, parent + " must come before " + order.get(i));
            }
        }
        assertEquals(List.of("x", "W", "matmul", "b", "add bias", "sigmoid", "sum"),
                order.stream().map(t -> t.isLeaf() ? t.label() : t.op().name()).toList());
    }

    @Test
    void theOrderIsTheSameEveryTimeTheSameExpressionIsBuilt() {
        List<String> first = null;
        for (int run = 0; run < 5; run++) {
            Tensor a = Tensor.scalar("a", 1), b = Tensor.scalar("b", 2);
            Tensor shared = a.mul(b);
            Tensor out = shared.add(shared.exp()).add(a.sub(b));
            List<String> names = new Graph(out).order().stream().map(Tensor::toString).toList();
            if (first == null) first = names;
            assertEquals(first, names);
        }
    }

    @Test
    void steppingBackwardOneNodeAtATimeEqualsTheWholeBackwardPass() {
        Tensor x = Tensor.of("x", new double[][] {{0.5, -1}, {2, 0.1}});
        Tensor w = Tensor.of("W", new double[][] {{0.3, -0.2}, {0.7, 0.4}, {-0.5, 0.9}});
        Tensor b = Tensor.row("b", 0.1, 0.2, 0.3);
        Tensor t = Tensor.of("t", new double[][] {{1, 0, 0}, {0, 0, 1}});
        Graph graph = new Graph(x.matMulTransB(w).addBias(b).softmax().crossEntropy(t));
        graph.backward();
        double[][] whole = w.gradToArray();

        graph.startBackward();
        for (int i = graph.order().size() - 1; i >= 0; i--) graph.backwardNode(i);
        double[][] stepped = w.gradToArray();
        for (int r = 0; r < whole.length; r++) assertArrayEquals(whole[r], stepped[r], 0);
    }

    @Test
    void gradientsAccumulateUntilZeroedExplicitly() {
        Tensor x = Tensor.scalar("x", 2);
        Tensor y = x.mul(x);   // x used twice: contributions add up to 2x
        Graph graph = new Graph(y);
        graph.backward();
        assertEquals(4, x.gradAt(0, 0), 1e-12);
        graph.result().grad().fill(1);
        for (int i = graph.order().size() - 1; i >= 0; i--) graph.backwardNode(i);
        assertEquals(8, x.gradAt(0, 0), 1e-12, "a second pass without zeroing adds to the first");
        graph.zeroGrad();
        assertEquals(0, x.gradAt(0, 0));
    }

    @Test
    void replayingForwardPicksUpNewLeafValuesWithoutRebuilding() {
        Tensor x = Tensor.scalar("x", 1);
        Graph graph = new Graph(x.exp());
        x.set(0, 0, 0);
        graph.forward();
        assertEquals(1, graph.result().item(), 1e-15);
    }

    @Test
    void opsTellTheStepThroughViewTheirNameFormulaInputsAndSavedValues() {
        Tensor z = Tensor.row("z", 0.0);
        Tensor a = z.sigmoid();
        assertNull(z.op());
        assertEquals("sigmoid", a.op().name());
        assertTrue(a.op().formula().contains("σ"));
        assertSame(z, a.op().inputs().get(0));
        assertEquals(0.5, a.op().saved().get("a").get(0, 0), 1e-15);
    }
}
