package io.downtime.strict;

import io.downtime.clock.Estimate;
import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * One event of one host that a policy looks at.
 *
 * @param micros        its time on its own host's clock
 * @param onSourceClock its time on the source's clock (exact for the source's events)
 */
public record HostEvent(Role host, CheckSite site, LineRef where, long micros, Estimate onSourceClock) {
}
