package io.downtime.compare;

/** The order statistics the comparison prints, each defined once (docs/compare.md). */
public final class Statistics {
    private Statistics() {
    }

    /** The middle of sorted values; the mean of the two middle ones for an even count. */
    public static double median(long[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** The value at rank {@code ceil(q n)} (1-based) of sorted values: the nearest-rank percentile. */
    public static long nearestRank(long[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(q * sorted.length - 1e-9);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
