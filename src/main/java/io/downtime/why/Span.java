package io.downtime.why;

import io.downtime.clock.Estimate;

/** The stretch of the blackout between two moments, on the source's clock. */
public record Span(Moment from, Moment to, Estimate duration) {
}
