package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void aMillionEpochsKeepAtMostCapacitySnapshotsAndTheEarlyOnes() {
        Timeline t = new Timeline();
        List<double[]> weights = List.of(new double[] {1, 2});
        for (int epoch = 1; epoch <= 1_000_000; epoch++) t.add(epoch, weights);
        assertTrue(t.size() <= Timeline.CAPACITY && t.size() > Timeline.CAPACITY / 2, "size " + t.size());
        assertEquals(t.every(), t.get(0).epoch(), "the earliest kept epoch is one stride in");
        assertEquals(t.get(3).epoch(), t.at(t.get(3).epoch() + 1).epoch(), "at() finds the last kept epoch before");
    }

    @Test
    void pointsAreCopiesAndBranchingDropsTheFuture() {
        Timeline t = new Timeline();
        double[] w = {1};
        t.add(1, List.of(w));
        w[0] = 5;
        t.add(2, List.of(w));
        assertEquals(1, t.get(0).parameters().get(0)[0], "a later change of the weights does not rewrite the past");
        t.truncateAfter(1);
        assertEquals(1, t.size());
    }
}
