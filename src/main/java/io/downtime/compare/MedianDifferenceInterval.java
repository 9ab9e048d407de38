package io.downtime.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap interval of {@code median(candidate) - median(baseline)}: both sets are
 * resampled with replacement, each on its own, {@code resamples} times, and the interval is the
 * nearest-rank {@code (1-confidence)/2} and {@code (1+confidence)/2} quantiles of the resampled
 * differences. The random generator starts from a fixed seed for every figure, so the same runs
 * always give the same interval. It says how large a change is; it does not decide whether there
 * is one (the rank test does), because with a handful of runs a bootstrap interval is too narrow.
 *
 * @param low  the lower end, µs
 * @param high the upper end, µs
 */
public record MedianDifferenceInterval(double low, double high) {
    public static final int RESAMPLES = 2000;
    public static final long SEED = 1;
    public static final double CONFIDENCE = 0.95;

    public static MedianDifferenceInterval of(long[] baseline, long[] candidate, int resamples, long seed,
                                              double confidence) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        Resampler a = new Resampler(baseline);
        Resampler b = new Resampler(candidate);
        for (int r = 0; r < resamples; r++) {
            differences[r] = b.median(random) - a.median(random);
        }
        Arrays.sort(differences);
        return new MedianDifferenceInterval(rank(differences, (1 - confidence) / 2),
                rank(differences, (1 + confidence) / 2));
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    /**
     * The median of a resample with replacement, without sorting the resample: the draws only count
     * how often each value is taken, and a walk over the values in order finds the middle ranks. The
     * same draws as sorting each resample would make (one {@code nextInt(n)} per value, by position in
     * the given order), hence the same medians, at O(n) a resample instead of O(n log n): a comparison
     * of 10,000 runs a side takes seconds, not minutes.
     */
    private static final class Resampler {
        private final long[] values;
        /** Positions of {@link #values} in increasing order of value. */
        private final int[] order;
        private final int[] counts;

        Resampler(long[] values) {
            this.values = values;
            this.order = java.util.stream.IntStream.range(0, values.length).boxed()
                    .sorted(java.util.Comparator.comparingLong(i -> values[i]))
                    .mapToInt(Integer::intValue).toArray();
            this.counts = new int[values.length];
        }

        double median(SplittableRandom random) {
            int n = values.length;
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[random.nextInt(n)]++;
            }
            // 0-based ranks of the middle of the sorted resample: one for odd n, two for even n
            int lowRank = (n - 1) / 2;
            int highRank = n / 2;
            long low = 0;
            int seen = 0;
            for (int position : order) {
                int before = seen;
                seen += counts[position];
                if (before <= lowRank && lowRank < seen) {
                    low = values[position];
                }
                if (highRank < seen) {
                    return n % 2 == 1 ? low : (low + values[position]) / 2.0;
                }
            }
            throw new IllegalStateException("the counts sum to " + seen + ", not " + n);
        }
    }

    private static double rank(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length - 1e-9);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
