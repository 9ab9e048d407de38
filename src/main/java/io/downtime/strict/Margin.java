package io.downtime.strict;

import io.downtime.run.Role;

/**
 * How far a host's last check stayed below the limit, when it did not fire: {@code limit - perceived},
 * in µs, over the unknowns.
 *
 * @param counter true when the perceived values were counter readings (whole milliseconds)
 */
public record Margin(Role host, HostEvent lastCheck, long leastMicros, long mostMicros, boolean counter) {
}
