package io.downtime.compare;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one figure differs between the sets.
 *
 * @param medianDelta        {@code median(candidate) - median(baseline)}, µs
 * @param medianDeltaPercent that, in % of the baseline's median; empty when the baseline's median is 0
 * @param test               the rank test
 * @param interval           the bootstrap interval of the median difference; empty when not computed
 */
public record Change(double medianDelta, OptionalDouble medianDeltaPercent, MannWhitney.Result test,
                     Optional<MedianDifferenceInterval> interval) {
}
