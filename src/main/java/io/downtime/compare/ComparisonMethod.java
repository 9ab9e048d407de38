package io.downtime.compare;

/**
 * How figures are compared; printed with every comparison.
 *
 * @param bootstrapResamples resamples of the median-difference interval; 0 to leave it out
 * @param bootstrapSeed      the seed of its random generator, the same for every figure
 * @param confidence         the interval's confidence
 */
public record ComparisonMethod(int bootstrapResamples, long bootstrapSeed, double confidence) {
    public static final String TEST = "exact two-sided Mann-Whitney U test (permutation distribution of the"
            + " mid-rank sum, ties included)";
    public static final String INTERVAL = "percentile bootstrap interval of the median difference";

    public static ComparisonMethod defaults() {
        return new ComparisonMethod(MedianDifferenceInterval.RESAMPLES, MedianDifferenceInterval.SEED,
                MedianDifferenceInterval.CONFIDENCE);
    }

    /** Verdicts only: the interval is not computed (it never changes a verdict). */
    public static ComparisonMethod withoutInterval() {
        return new ComparisonMethod(0, MedianDifferenceInterval.SEED, MedianDifferenceInterval.CONFIDENCE);
    }
}
