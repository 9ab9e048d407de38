package io.downtime.run;

import io.downtime.model.LineRef;

/**
 * One reason to believe a run has a role, with what a user can check against the log
 * ({@code report.words.RoleWords} words it).
 *
 * @param role  the role this points to
 * @param clue  the kind of clue ({@link RoleBasis#EVENTS}, {@link RoleBasis#STATE_THREADS}, ...)
 * @param where the first line that shows it (for a file name: the log's first line)
 * @param lines how many lines show it
 * @param sign  what shows it ({@code vmstate_downtime_save} lines: only the source saves device state)
 */
public record RoleEvidence(Role role, RoleBasis clue, LineRef where, long lines, RoleSign sign) {

    /** A clue of the run's own events. */
    public RoleEvidence(Role role, LineRef where, long lines, RoleSign sign) {
        this(role, RoleBasis.EVENTS, where, lines, sign);
    }
}
