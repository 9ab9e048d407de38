package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;
import io.downtime.run.Role;

/**
 * One event of one host that a policy looks at.
 *
 * @param micros        its time on its own host's clock
 * @param onSourceClock its time on the source's clock (exact for the source's events)
 */
public record HostEvent(Role host, CheckSite site, LineRef where, long micros, Estimate onSourceClock) {

    /** {@code event}, a line of {@code host}'s trace, as a check site of {@code migration}. */
    static HostEvent of(AlignedMigration migration, Role host, CheckSite site, TraceEvent event) {
        long micros = event.header().micros();
        return new HostEvent(host, site, event.header().where(), micros, migration.onSourceClock(host, micros));
    }
}
