package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampledSeriesTest {
    @Test
    void keepsEveryEpochUntilFull() {
        SampledSeries series = new SampledSeries(8);
        for (int epoch = 1; epoch <= 8; epoch++) series.add(epoch, epoch * 10);
        assertEquals(1, series.every());
        assertEquals(8, series.size());
        assertEquals(80, series.get(7));
    }

    @Test
    void aMillionEpochsFitInTheSameRoomAndValueIStaysTheOneAfterEpochIPlusOneTimesEvery() {
        SampledSeries series = new SampledSeries(1024);
        for (int epoch = 1; epoch <= 1_000_000; epoch++) series.add(epoch, epoch);
        assertTrue(series.size() <= 1024 && series.size() > 512, "size " + series.size());
        assertEquals(1024, series.every());
        for (int i = 0; i < series.size(); i++) assertEquals((i + 1) * (double) series.every(), series.get(i));
    }
}
