package io.downtime.compare;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MannWhitneyTest {

    /**
     * Three runs each, every candidate value above every baseline value: of the C(6,3) = 20 equally
     * likely splits, only this one and its mirror are as extreme, so p = 2/20 = 0.1 - the smallest
     * p three runs a side can give, above 0.05.
     */
    @Test
    void threeAgainstThreeCannotReachFivePercent() {
        MannWhitney.Result result = MannWhitney.test(new long[]{10, 11, 12}, new long[]{20, 21, 22});
        assertEquals(0.1, result.pValue(), 1e-12);
        assertTrue(result.exact());
        assertEquals(0, result.u());
        assertEquals(0.1, MannWhitney.smallestPValue(3, 3), 1e-12);
    }

    /** Four a side, fully separated: 2 / C(8,4) = 2/70. Three and five: 2 / C(8,3) = 2/56. */
    @Test
    void smallestPValues() {
        assertEquals(2.0 / 70, MannWhitney.test(new long[]{1, 2, 3, 4}, new long[]{5, 6, 7, 8}).pValue(), 1e-12);
        assertEquals(2.0 / 70, MannWhitney.smallestPValue(4, 4), 1e-12);
        assertEquals(2.0 / 56, MannWhitney.smallestPValue(3, 5), 1e-12);
        assertEquals(2.0 / 35, MannWhitney.smallestPValue(3, 4), 1e-12);
        assertEquals(1.0, MannWhitney.smallestPValue(1, 1), 1e-12);
    }

    /**
     * Ties: a = {1, 2, 2}, b = {2, 3, 3}. Pooled sorted 1 2 2 2 3 3, mid-ranks 1, 3, 3, 3, 5.5, 5.5.
     * W(a) = 1 + 3 + 3 = 7, E[W] = 3 * 7 / 2 = 10.5, |W - E| = 3.5. The 20 splits of three of the six
     * ranks give sums; counting those at least 3.5 from 10.5 (sum ≤ 7 or ≥ 14): {1,3,3} three ways
     * (choose two of the three 3s) = 7; {3,5.5,5.5} three ways = 14; {1,5.5,5.5}=12 no; {3,3,3}=9 no.
     * So 6 of 20: p = 0.3.
     */
    @Test
    void tiesUseMidRanksExactly() {
        MannWhitney.Result result = MannWhitney.test(new long[]{1, 2, 2}, new long[]{2, 3, 3});
        assertEquals(0.3, result.pValue(), 1e-12);
        // U(a) = pairs a > b plus half the ties: a=2 ties b=2 twice (0.5 each) → 1.0
        assertEquals(1.0, result.u(), 1e-12);
    }

    @Test
    void allEqualIsNoEvidence() {
        assertEquals(1.0, MannWhitney.test(new long[]{5, 5, 5, 5}, new long[]{5, 5, 5}).pValue(), 1e-12);
    }

    /** Against brute force: every split of the pooled values enumerated, mid-rank sums computed directly. */
    @Test
    void agreesWithEnumerationOfEverySplit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            int m = 1 + random.nextInt(7);
            int n = 1 + random.nextInt(7);
            long[] a = new long[m];
            long[] b = new long[n];
            // Few distinct values, so ties are frequent.
            for (int i = 0; i < m; i++) {
                a[i] = random.nextInt(6);
            }
            for (int i = 0; i < n; i++) {
                b[i] = random.nextInt(6) + random.nextInt(2);
            }
            assertEquals(bruteForce(a, b), MannWhitney.test(a, b).pValue(), 1e-9, "trial " + trial);
        }
    }

    /** Beyond the exact budget the normal approximation agrees with Commons Math's (which always approximates). */
    @Test
    void largeSamplesUseTheNormalApproximation() {
        SplittableRandom random = new SplittableRandom(3);
        long[] a = new long[60];
        long[] b = new long[70];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1000 + random.nextInt(400);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = 1050 + random.nextInt(400);
        }
        MannWhitney.Result result = MannWhitney.test(a, b);
        assertFalse(result.exact());
        double reference = new MannWhitneyUTest().mannWhitneyUTest(toDouble(a), toDouble(b));
        assertEquals(reference, result.pValue(), 0.002);
        assertTrue(result.pValue() < 0.05, "a 50 µs shift of 400 µs-wide uniform values with 60 and 70 runs");
    }

    /** Thirty a side is counted exactly, and close to the approximation there. */
    @Test
    void thirtyASideIsExact() {
        SplittableRandom random = new SplittableRandom(11);
        long[] a = new long[30];
        long[] b = new long[30];
        for (int i = 0; i < 30; i++) {
            a[i] = 500 + random.nextInt(100);
            b[i] = 520 + random.nextInt(100);
        }
        MannWhitney.Result result = MannWhitney.test(a, b);
        assertTrue(result.exact());
        double reference = new MannWhitneyUTest().mannWhitneyUTest(toDouble(a), toDouble(b));
        assertEquals(reference, result.pValue(), 0.01);
    }

    private static double[] toDouble(long[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    /** Two-sided permutation p-value of the mid-rank sum, by enumerating every subset of size m. */
    private static double bruteForce(long[] a, long[] b) {
        int m = a.length;
        int total = m + b.length;
        long[] pooled = new long[total];
        System.arraycopy(a, 0, pooled, 0, m);
        System.arraycopy(b, 0, pooled, m, b.length);
        double[] rank = new double[total];
        for (int i = 0; i < total; i++) {
            int below = 0;
            int equal = 0;
            for (long v : pooled) {
                if (v < pooled[i]) {
                    below++;
                } else if (v == pooled[i]) {
                    equal++;
                }
            }
            rank[i] = below + (equal + 1) / 2.0;
        }
        double observed = 0;
        for (int i = 0; i < m; i++) {
            observed += rank[i];
        }
        double mean = m * (total + 1) / 2.0;
        double distance = Math.abs(observed - mean);
        int all = 0;
        int asFar = 0;
        for (int mask = 0; mask < (1 << total); mask++) {
            if (Integer.bitCount(mask) != m) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < total; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum += rank[i];
                }
            }
            all++;
            if (Math.abs(sum - mean) >= distance - 1e-9) {
                asFar++;
            }
        }
        return asFar / (double) all;
    }
}
