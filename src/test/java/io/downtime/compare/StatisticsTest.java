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

    /**
     * The interval counts each resample's draws instead of sorting the resample; it must give exactly
     * what sorting does with the same draws (the reference below, as the interval was first written),
     * for odd and even sizes, with ties, for many seeds.
     */
    @Test
    void countingTheDrawsGivesWhatSortingTheResampleGives() {
        java.util.SplittableRandom data = new java.util.SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            long[] a = new long[1 + data.nextInt(40)];
            long[] b = new long[1 + data.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                a[i] = data.nextInt(trial % 2 == 0 ? 5 : 100_000);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = data.nextInt(trial % 2 == 0 ? 5 : 100_000) + 50;
            }
            long seed = data.nextLong();
            assertEquals(sortingReference(a, b, 300, seed, 0.95), MedianDifferenceInterval.of(a, b, 300, seed, 0.95),
                    "trial " + trial);
        }
    }

    private static MedianDifferenceInterval sortingReference(long[] baseline, long[] candidate, int resamples, long seed,
                                                             double confidence) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            long[] b = new long[candidate.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = candidate[random.nextInt(candidate.length)];
            }
            long[] a = new long[baseline.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = baseline[random.nextInt(baseline.length)];
            }
            java.util.Arrays.sort(a);
            java.util.Arrays.sort(b);
            differences[r] = Statistics.median(b) - Statistics.median(a);
        }
        java.util.Arrays.sort(differences);
        int low = (int) Math.ceil((1 - confidence) / 2 * resamples - 1e-9);
        int high = (int) Math.ceil((1 + confidence) / 2 * resamples - 1e-9);
        return new MedianDifferenceInterval(differences[Math.max(1, low) - 1], differences[Math.min(resamples, high) - 1]);
    }
}
