package io.downtime.model;

import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * What every event carries besides its own fields. The time and the id are kept as plain numbers
 * with a flag rather than as {@link OptionalLong}s: a run set of thousands of migrations keeps
 * millions of headers, and two optional objects a header were a sixth of its memory.
 *
 * @param where   input and line number
 * @param micros  the host's wall clock in microseconds since the epoch, when {@code hasTime}
 * @param hasTime false on unstamped lines
 * @param idValue thread id (log backend) or process id (SystemTap), when {@code hasId}
 * @param hasId   false when the line carries no id
 * @param form    how the line was stamped
 */
public record EventHeader(LineRef where, long micros, boolean hasTime, long idValue, boolean hasId, LineForm form) {

    public EventHeader {
        micros = hasTime ? micros : 0;
        idValue = hasId ? idValue : 0;
    }

    /**
     * @param timeMicros the host's wall clock in microseconds since the epoch, absent on unstamped lines
     * @param id         thread id (log backend) or process id (SystemTap), absent otherwise
     */
    public EventHeader(LineRef where, OptionalLong timeMicros, OptionalLong id, LineForm form) {
        this(where, timeMicros.orElse(0), timeMicros.isPresent(), id.orElse(0), id.isPresent(), form);
    }

    /** The time; only call when {@link #hasTime()}. */
    @Override
    public long micros() {
        if (!hasTime) {
            throw new NoSuchElementException("the line at " + where + " has no time");
        }
        return micros;
    }

    /** The time, absent on unstamped lines. */
    public OptionalLong timeMicros() {
        return hasTime ? OptionalLong.of(micros) : OptionalLong.empty();
    }

    /** Thread id (log backend) or process id (SystemTap), absent otherwise. */
    public OptionalLong id() {
        return hasId ? OptionalLong.of(idValue) : OptionalLong.empty();
    }
}
