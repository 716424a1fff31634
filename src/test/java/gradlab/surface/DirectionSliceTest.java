package gradlab.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.data.Dataset;
import gradlab.data.Generators;
import gradlab.lab.Evaluator;
import gradlab.lab.Presets;
import gradlab.nn.Loss;
import gradlab.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionSliceTest {
    static final Dataset CIRCLE = Generators.generate(Generators.Spec.of("circle", 100, 0, 2));

    @Test
    void randomDirectionsAreFilterNormalised() {
        Network net = Presets.playground();
        List<double[]> d = DirectionSlice.randomDirection(net, 7);
        double[] w = net.layer(0).weights().value().data, dw = d.get(0);
        for (int u = 0; u < 4; u++) {
            double wn = Math.hypot(w[2 * u], w[2 * u + 1]), dn = Math.hypot(dw[2 * u], dw[2 * u + 1]);
            assertEquals(wn, dn, 1e-12, "unit " + u + "'s row of d has the norm of its weights");
        }
        assertArrayEquals(new double[4], d.get(1), "biases are left out");
    }

    @Test
    void theCentreIsTheTrainingLossAndProjectionInvertsTheMove() {
        Network net = Presets.playground();
        List<double[]> d1 = DirectionSlice.randomDirection(net, 1), d2 = DirectionSlice.randomDirection(net, 2);
        DirectionSlice slice = new DirectionSlice(net, CIRCLE, Loss.QUADRATIC, d1, d2);
        assertEquals(Evaluator.evaluate(net, Loss.QUADRATIC, CIRCLE).loss(), slice.lossAt(0, 0), 1e-12);
        List<double[]> moved = new ArrayList<>();
        List<double[]> center = DirectionSlice.copy(net);
        for (int t = 0; t < center.size(); t++) {
            double[] v = center.get(t).clone();
            for (int i = 0; i < v.length; i++) v[i] += 0.3 * d1.get(t)[i] - 0.2 * d2.get(t)[i];
            moved.add(v);
        }
        assertArrayEquals(new double[] {0.3, -0.2}, slice.project(moved), 1e-9);
    }

    @Test
    void theFirstPrincipalDirectionOfAStraightTrajectoryIsItsLine() {
        Network net = Presets.playground();
        List<double[]> start = DirectionSlice.copy(net), line = DirectionSlice.randomDirection(net, 3);
        List<List<double[]>> trajectory = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            List<double[]> point = new ArrayList<>();
            for (int t = 0; t < start.size(); t++) {
                double[] v = start.get(t).clone();
                for (int i = 0; i < v.length; i++) v[i] += k * line.get(t)[i] + (k % 2) * 1e-3 * line.get(t)[i] * i;
                point.add(v);
            }
            trajectory.add(point);
        }
        List<double[]> pc1 = DirectionSlice.principalDirections(trajectory).get(0);
        double dot = 0, norm = 0;
        for (int t = 0; t < pc1.size(); t++) for (int i = 0; i < pc1.get(t).length; i++) {
            dot += pc1.get(t)[i] * line.get(t)[i];
            norm += line.get(t)[i] * line.get(t)[i];
        }
        assertEquals(1, Math.abs(dot) / Math.sqrt(norm), 1e-3, "|cos| between the first component and the line");
    }
}
