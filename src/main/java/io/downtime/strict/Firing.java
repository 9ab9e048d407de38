package io.downtime.strict;

import io.downtime.clock.Estimate;

/**
 * A check that fires.
 *
 * @param sinceStart        when, from {@code src-downtime-start} on the source's clock
 * @param perceived         the downtime it perceived
 * @param sourcePhases      the source counter phases for which it fires
 * @param destinationPhases the destination counter phases for which it fires
 */
public record Firing(HostEvent at, Estimate sinceStart, Perceived perceived, PhaseSet sourcePhases,
                     PhaseSet destinationPhases, Consequence consequence) {
}
