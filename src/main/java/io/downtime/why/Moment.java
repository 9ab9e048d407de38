package io.downtime.why;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * A moment of one host that bounds a part of the blackout: a checkpoint, a state change, or the start
 * of the destination's first device load (its line's time less the load's own {@code downtime=}).
 *
 * @param name       the checkpoint or state name, or {@code load of IDSTR} for a device load
 * @param hostMicros its time on its host's clock
 * @param line       the line that shows it
 */
public record Moment(Role host, String name, long hostMicros, LineRef line) {

    /** Its time on the source's clock when the destination's clock reads the source's plus {@code offset}. */
    long onSourceClock(long offset) {
        return host == Role.SOURCE ? hostMicros : hostMicros - offset;
    }
}
