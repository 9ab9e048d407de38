package io.downtime.analysis;

import io.downtime.clock.Estimate;

import java.util.OptionalDouble;

/**
 * The time between two consecutive milestones of the switchover.
 *
 * @param duration exact when both are of one host, else with the clock offset's uncertainty
 * @param share    the duration's estimate as a fraction of the blackout's estimate, when both are known
 */
public record Phase(TimelineEntry from, TimelineEntry to, Estimate duration, OptionalDouble share) {
    public boolean crossesHosts() {
        return from.host() != to.host();
    }
}
