package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's hand-written yardstick and the engine compute the same training. */
class BenchmarkTaskTest {
    @Test
    void theHandWrittenLoopAndTheEngineAgreeOnB1AndB3() {
        for (BenchmarkTask task : new BenchmarkTask[] {BenchmarkTask.B1, BenchmarkTask.B3}) {
            Trainer trainer = task.trainer(1);
            HandWrittenReference reference = task.reference(1);
            double referenceLoss = 0;
            for (int e = 0; e < 5; e++) {
                trainer.stepEpoch();
                referenceLoss = reference.epoch();
            }
            assertEquals(referenceLoss, trainer.trainingLoss(), 1e-10 * Math.max(1, referenceLoss), task.name());
        }
    }

    @Test
    void b3sProductsAreFiftyMillionOperationsAnEpoch() {
        // three products of 2·2000·64·64 in the middle layer, three of 2·2000·64·1 at the top, two of 2·2000·2·64 at the bottom
        assertEquals(3 * 2L * 2000 * 64 * 64 + 3 * 2L * 2000 * 64 + 2 * 2L * 2000 * 2 * 64, BenchmarkTask.B3.productFlopsPerEpoch());
        assertEquals(50_944_000L, BenchmarkTask.B3.productFlopsPerEpoch());
    }
}
