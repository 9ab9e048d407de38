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
        long[] a = new long[baseline.length];
        long[] b = new long[candidate.length];
        for (int r = 0; r < resamples; r++) {
            differences[r] = resampledMedian(candidate, b, random) - resampledMedian(baseline, a, random);
        }
        Arrays.sort(differences);
        return new MedianDifferenceInterval(rank(differences, (1 - confidence) / 2),
                rank(differences, (1 + confidence) / 2));
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    private static double resampledMedian(long[] values, long[] scratch, SplittableRandom random) {
        for (int i = 0; i < scratch.length; i++) {
            scratch[i] = values[random.nextInt(values.length)];
        }
        Arrays.sort(scratch);
        return Statistics.median(scratch);
    }

    private static double rank(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length - 1e-9);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
