package io.downtime.why;

import io.downtime.clock.Estimate;

import java.util.Optional;

/**
 * The blackout against the downtime-limit.
 *
 * @param excess        blackout − limit, with the blackout's uncertainty (negative: time to spare)
 * @param pushedOverBy  the part during which the blackout's estimate passed the limit, when it did
 */
public record LimitCheck(DowntimeLimit limit, LimitVerdict verdict, Estimate excess, Optional<PartKind> pushedOverBy) {
}
