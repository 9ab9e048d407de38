package io.downtime.clock;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * A moment of one host, named for a reader: {@code source: src-downtime-end (src.log:51)}.
 *
 * @param what   the event as the log shows it ({@code src-downtime-end}, {@code load of ram 0 (iterable)})
 * @param micros its time on its host's clock
 */
public record EventRef(Role host, String what, LineRef where, long micros) {
    @Override
    public String toString() {
        return what + " (" + where + ")";
    }
}
