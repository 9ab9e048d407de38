package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * The first place where a recorded RFC run and its replay disagree.
 *
 * @param recorded what the trace says there
 * @param replayed what the replay says instead, for every counter phase the earlier observations allow
 */
public record RecordDifference(Role host, LineRef where, String recorded, String replayed) {
    public String sentence() {
        return where + ": recorded " + recorded + "; the replay gives " + replayed;
    }
}
