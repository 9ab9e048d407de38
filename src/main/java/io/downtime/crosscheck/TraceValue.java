package io.downtime.crosscheck;

import io.downtime.clock.Estimate;

import java.util.Optional;

/**
 * A figure of the trace shown among the cross-checks.
 *
 * @param value       in µs, an interval for the blackout; empty when unknown
 * @param unavailable why it is unknown
 */
public record TraceValue(TraceFigure figure, Optional<Estimate> value, Optional<TraceGap> unavailable) {
}
