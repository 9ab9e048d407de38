package io.downtime.model;

import java.util.OptionalLong;

/**
 * What every event carries besides its own fields.
 *
 * @param where      input and line number
 * @param timeMicros the host's wall clock in microseconds since the epoch, absent on unstamped lines
 * @param id         thread id (log backend) or process id (SystemTap), absent otherwise
 * @param form       how the line was stamped
 */
public record EventHeader(LineRef where, OptionalLong timeMicros, OptionalLong id, LineForm form) {

    public boolean hasTime() {
        return timeMicros.isPresent();
    }

    /** The time; only call when {@link #hasTime()}. */
    public long micros() {
        return timeMicros.getAsLong();
    }
}
