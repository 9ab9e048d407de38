package io.downtime.compare;

import io.downtime.runset.RunRef;

/**
 * One run's value of a figure, as it enters the statistics.
 *
 * @param micros     the value in µs: exact, or the lower bound of an uncertain one
 * @param lowerBound true when the run only bounds the figure from below (one- or two-sided clock
 *                   alignment of a figure that crosses the hosts): the true value is at least this
 */
public record Observation(RunRef run, long micros, boolean lowerBound) {
}
