package io.downtime.run;

import io.downtime.model.LineRef;

/**
 * One reason to believe a run has a role, in words a user can check against the log.
 *
 * @param role     the role this points to
 * @param clue     the kind of clue ({@link RoleBasis#EVENTS}, {@link RoleBasis#STATE_THREADS}, ...)
 * @param where    the first line that shows it (for a file name: the log's first line)
 * @param lines    how many lines show it
 * @param sentence the reason ({@code 43 vmstate_downtime_save lines: only the source saves device state})
 */
public record RoleEvidence(Role role, RoleBasis clue, LineRef where, long lines, String sentence) {

    /** A clue of the run's own events. */
    public RoleEvidence(Role role, LineRef where, long lines, String sentence) {
        this(role, RoleBasis.EVENTS, where, lines, sentence);
    }

    @Override
    public String toString() {
        return sentence + " (first at " + where + ")";
    }
}
