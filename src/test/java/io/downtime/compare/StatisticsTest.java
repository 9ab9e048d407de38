package io.downtime.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(7, Statistics.median(new long[]{3, 7, 9}));
        assertEquals(8, Statistics.median(new long[]{3, 7, 9, 12}));
        assertEquals(7.5, Statistics.median(new long[]{7, 8}));
        assertThrows(IllegalArgumentException.class, () -> Statistics.median(new long[0]));
    }

    /** Nearest rank: 20 values 1..20 → rank ceil(0.95 * 20) = 19 → 19; 21 values → ceil(19.95) = 20 → 20. */
    @Test
    void p95IsTheNearestRank() {
        long[] twenty = new long[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertEquals(19, Statistics.nearestRank(twenty, 0.95));
        long[] twentyOne = new long[21];
        for (int i = 0; i < 21; i++) {
            twentyOne[i] = i + 1;
        }
        assertEquals(20, Statistics.nearestRank(twentyOne, 0.95));
        assertEquals(1, Statistics.nearestRank(new long[]{1}, 0.95));
    }

    @Test
    void bootstrapIntervalIsDeterministicAndCoversTheShift() {
        long[] a = {100, 104, 98, 101, 99, 103, 97, 102};
        long[] b = {130, 128, 133, 131, 127, 129, 134, 132};
        MedianDifferenceInterval first = MedianDifferenceInterval.of(a, b, 2000, 1, 0.95);
        MedianDifferenceInterval again = MedianDifferenceInterval.of(a, b, 2000, 1, 0.95);
        assertEquals(first, again);
        // medians 100.5 and 130.5: the observed difference is 30 and lies inside
        assertTrue(first.contains(30), first.toString());
        assertTrue(first.low() > 20 && first.high() < 40, first.toString());
    }
}
