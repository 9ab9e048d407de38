package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * One recorded observation that narrowed a host's counter phases.
 *
 * @param observation what the trace recorded there
 * @param reading     true for a recorded counter value (sent downtime, a firing's reading); false for a
 *                    check that did not fire (its reading stayed below the limit)
 * @param after       the host's phases that remain after it
 */
public record PhaseEvidence(Role host, LineRef where, String observation, boolean reading, PhaseSet after) {
    public String sentence() {
        return where + ": " + observation + ": " + host.label() + " phase " + after.describe();
    }
}
