package io.downtime.run;

import io.downtime.model.LineRef;

/**
 * One reason to believe a run has a role, in words a user can check against the log.
 *
 * @param role     the role this points to
 * @param where    the first line that shows it
 * @param lines    how many lines show it
 * @param sentence the reason ({@code 43 vmstate_downtime_save lines: only the source saves device state})
 */
public record RoleEvidence(Role role, LineRef where, long lines, String sentence) {
    @Override
    public String toString() {
        return sentence + " (first at " + where + ")";
    }
}
