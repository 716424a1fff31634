package gradlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The one bounded series: what it keeps, and how much room it takes. */
class SampledSeriesTest {
    private static SampledSeries<Long> counted(int capacity, long upTo) {
        SampledSeries<Long> series = new SampledSeries<>(capacity);
        for (long k = 1; k <= upTo; k++) series.add(k, k * 10);
        return series;
    }

    private static List<Long> keys(SampledSeries<?> series) {
        return LongStream.range(0, series.size()).map(i -> series.key((int) i)).boxed().toList();
    }

    @Test
    void keepsEveryKeyUntilFull() {
        SampledSeries<Long> series = counted(8, 8);
        assertEquals(1, series.every());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), keys(series));
        assertEquals(80L, series.get(7));
        assertEquals(80L, series.last());
    }

    @Test
    void whenFullTheStrideDoublesAndOnlyItsMultiplesStay() {
        SampledSeries<Long> series = counted(8, 9);
        assertEquals(2, series.every());
        assertEquals(List.of(2L, 4L, 6L, 8L), keys(series), "9 is not on the new stride");
        series.add(10, 100L);
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L), keys(series));
        assertFalse(series.add(11, 110L), "off the stride");
    }

    @Test
    void aMillionKeysFitInTheSameRoomAndValueIStaysTheOneOfKeyIPlusOneTimesEvery() {
        SampledSeries<Long> series = counted(1024, 1_000_000);
        assertTrue(series.size() <= 1024 && series.size() > 512, "size " + series.size());
        assertEquals(1024, series.every());
        for (int i = 0; i < series.size(); i++) {
            assertEquals((i + 1L) * series.every(), series.key(i));
            assertEquals((i + 1L) * series.every() * 10, series.get(i));
        }
    }

    @Test
    void aFullSeriesWhoseKeysAllFallOnTheNewStrideDoublesAgainUntilThereIsRoom() {
        SampledSeries<Long> series = new SampledSeries<>(4);
        for (long k : new long[] {4, 8, 12, 16}) series.add(k, k);   // carried over from a run kept every 4th
        assertFalse(series.add(20, 20L), "20 is not on the stride of 8");
        assertEquals(8, series.every());
        assertEquals(List.of(8L, 16L), keys(series));
        series.add(24, 24L);
        assertEquals(List.of(8L, 16L, 24L), keys(series));
    }

    @Test
    void keysOnlyGrow() {
        SampledSeries<Long> series = counted(8, 5);
        assertFalse(series.add(5, 0L));
        assertFalse(series.add(3, 0L));
        assertEquals(5, series.size());
        assertEquals(50L, series.last());
    }

    @Test
    void atFindsTheLastValueAtOrBeforeAKey() {
        SampledSeries<Long> series = counted(8, 20);   // every 4th: 4, 8, …, 20
        assertEquals(4, series.every());
        assertNull(series.at(3));
        assertEquals(40L, series.at(4));
        assertEquals(40L, series.at(7));
        assertEquals(200L, series.at(1000));
    }

    @Test
    void truncatingKeepsTheStrideAndClearingStartsAgain() {
        SampledSeries<Long> series = counted(8, 20);
        series.truncateAfter(10);
        assertEquals(List.of(4L, 8L), keys(series));
        assertEquals(4, series.every());
        assertTrue(series.add(12, 120L), "a branch goes on from there");
        series.clear();
        assertTrue(series.isEmpty());
        assertEquals(1, series.every());
        assertNull(series.last());
        assertTrue(series.add(1, 10L));
    }

    @Test
    void theValuesAreACopy() {
        SampledSeries<Long> series = counted(8, 3);
        List<Long> values = series.values();
        series.add(4, 40L);
        assertEquals(List.of(10L, 20L, 30L), values);
        assertThrows(UnsupportedOperationException.class, () -> values.add(1L));
    }

    @Test
    void aSeriesHoldsAtLeastTwoValues() {
        assertThrows(IllegalArgumentException.class, () -> new SampledSeries<Long>(1));
        assertThrows(IndexOutOfBoundsException.class, () -> counted(8, 2).get(2));
    }
}
