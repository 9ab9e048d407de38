package io.downtime.compare;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.Arrays;

/**
 * The two-sided Mann-Whitney U (Wilcoxon rank-sum) test, exact for the sample sizes of real run
 * sets.
 *
 * <p>Tied values (device times are whole microseconds, small devices tie often) get the mean of
 * the ranks they share (mid-ranks). The exact test then counts, over every one of the
 * {@code C(m+n, m)} ways to split the pooled values into a set of m and a set of n (all equally
 * likely when the two sets come from one distribution), how often the rank sum of the smaller set
 * lies at least as far from its mean as the observed one: the permutation distribution of the
 * mid-rank sum, counted by dynamic programming over doubled ranks (whole numbers). This is exact
 * with ties too, where the textbook tables (which assume none) are not.
 *
 * <p>When the counting would take more than {@link #EXACT_BUDGET} steps (above roughly 30 runs on
 * each side), the normal approximation with the tie-corrected variance and a continuity correction
 * is used instead, and the result says so; at those sizes it is accurate to a few thousandths.
 */
public final class MannWhitney {
    /** Cell updates of the counting table beyond which the normal approximation is used. */
    static final long EXACT_BUDGET = 30_000_000L;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * @param u      the U statistic of the first sample: pairs (a, b) with a &gt; b, plus half the ties
     * @param pValue the two-sided p-value
     * @param exact  true for the exact permutation distribution, false for the normal approximation
     */
    public record Result(double u, double pValue, boolean exact) {
    }

    private MannWhitney() {
    }

    public static Result test(long[] a, long[] b) {
        int m = a.length;
        int n = b.length;
        if (m == 0 || n == 0) {
            throw new IllegalArgumentException("both samples need values");
        }
        int total = m + n;
        long[][] pooled = new long[total][2];
        for (int i = 0; i < m; i++) {
            pooled[i] = new long[]{a[i], 0};
        }
        for (int i = 0; i < n; i++) {
            pooled[m + i] = new long[]{b[i], 1};
        }
        Arrays.sort(pooled, (x, y) -> Long.compare(x[0], y[0]));
        int[] doubledRanks = new int[total];
        long ties = 0;
        long sumA = 0;
        for (int start = 0; start < total; ) {
            int end = start;
            while (end + 1 < total && pooled[end + 1][0] == pooled[start][0]) {
                end++;
            }
            int doubled = (start + 1) + (end + 1);
            long t = end - start + 1;
            ties += t * t * t - t;
            for (int i = start; i <= end; i++) {
                doubledRanks[i] = doubled;
                if (pooled[i][1] == 0) {
                    sumA += doubled;
                }
            }
            start = end + 1;
        }
        double u = sumA / 2.0 - m * (m + 1) / 2.0;
        // |W - E[W]| on the doubled scale; the same for either sample, so count the smaller one.
        long deviation = Math.abs(sumA - (long) m * (total + 1));
        int k = Math.min(m, n);
        int[] sortedRanks = doubledRanks.clone();
        Arrays.sort(sortedRanks);
        int maxSum = 0;
        for (int i = 0; i < k; i++) {
            maxSum += sortedRanks[total - 1 - i];
        }
        if ((long) total * k * maxSum <= EXACT_BUDGET) {
            return new Result(u, exact(doubledRanks, k, maxSum, (long) k * (total + 1), deviation), true);
        }
        return new Result(u, normal(m, n, ties, deviation), false);
    }

    /**
     * The smallest two-sided p-value any data can give with m and n runs: both extreme splits out
     * of {@code C(m+n, m)}. Above the significance level, no difference can be shown.
     */
    public static double smallestPValue(int m, int n) {
        double splits = 1;
        int k = Math.min(m, n);
        for (int i = 1; i <= k; i++) {
            splits = splits * (m + n - k + i) / i;
        }
        return Math.min(1.0, 2.0 / splits);
    }

    private static double exact(int[] doubledRanks, int k, int maxSum, long mean, long deviation) {
        double[][] ways = new double[k + 1][maxSum + 1];
        ways[0][0] = 1;
        int reached = 0;
        int seen = 0;
        for (int rank : doubledRanks) {
            seen++;
            reached = Math.min(maxSum, reached + rank);
            for (int j = Math.min(k, seen); j >= 1; j--) {
                double[] into = ways[j];
                double[] from = ways[j - 1];
                for (int s = reached; s >= rank; s--) {
                    into[s] += from[s - rank];
                }
            }
        }
        double all = 0;
        double asFar = 0;
        for (int s = 0; s <= maxSum; s++) {
            double count = ways[k][s];
            all += count;
            if (Math.abs(s - mean) >= deviation) {
                asFar += count;
            }
        }
        return Math.min(1.0, asFar / all);
    }

    private static double normal(int m, int n, long ties, long deviation) {
        double total = m + n;
        double varianceW = m * (double) n / 12.0 * ((total + 1) - ties / (total * (total - 1)));
        if (varianceW <= 0) {
            return 1.0;
        }
        // On the doubled scale the continuity correction of 1/2 is 1, and the standard deviation doubles.
        double z = Math.max(0, deviation - 1) / (2 * Math.sqrt(varianceW));
        return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-z));
    }
}
