package io.downtime.compare;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One run set's values of one figure, and their summary.
 *
 * @param values     the runs' values, smallest first
 * @param unknown    runs that have the figure but no value for it (see {@link RunValues})
 * @param median     the middle value; the mean of the two middle values for an even count; empty
 *                   without values
 * @param p95        the 95th percentile by the nearest-rank method (the value at rank
 *                   {@code ceil(0.95 n)}), only from {@link #P95_MIN_RUNS} values on: below that it
 *                   would be the maximum, under another name
 * @param max        the largest value
 * @param lowerBounds how many values are lower bounds
 */
public record SampleSummary(List<Observation> values, int unknown, OptionalDouble median, OptionalLong p95,
                            OptionalLong max, int lowerBounds) {
    public static final int P95_MIN_RUNS = 20;

    public SampleSummary {
        values = List.copyOf(values);
    }

    public static SampleSummary of(List<Observation> observations, int unknown) {
        List<Observation> sorted = observations.stream()
                .sorted(Comparator.comparingLong(Observation::micros)).toList();
        long[] micros = sorted.stream().mapToLong(Observation::micros).toArray();
        int n = micros.length;
        OptionalDouble median = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Statistics.median(micros));
        OptionalLong p95 = n >= P95_MIN_RUNS ? OptionalLong.of(Statistics.nearestRank(micros, 0.95)) : OptionalLong.empty();
        OptionalLong max = n == 0 ? OptionalLong.empty() : OptionalLong.of(micros[n - 1]);
        int lowerBounds = (int) sorted.stream().filter(Observation::lowerBound).count();
        return new SampleSummary(sorted, unknown, median, p95, max, lowerBounds);
    }

    public int count() {
        return values.size();
    }

    public long[] micros() {
        return values.stream().mapToLong(Observation::micros).toArray();
    }
}
