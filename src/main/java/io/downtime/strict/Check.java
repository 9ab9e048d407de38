package io.downtime.strict;

import io.downtime.clock.Estimate;

/**
 * One check a policy makes, whether or not an earlier one already fired.
 *
 * @param sinceStart   when, from {@code src-downtime-start} on the source's clock
 * @param perceived    the downtime it compares with the limit
 * @param reachesLimit whether that reaches the policy's limit, over the unknowns
 */
public record Check(HostEvent event, Estimate sinceStart, Perceived perceived, Certainty reachesLimit) {
}
