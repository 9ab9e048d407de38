package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * One recorded observation that narrowed a host's counter phases.
 *
 * @param where       the trace line of the observation (the check's, or the send's)
 * @param observation what the trace recorded there
 * @param after       the host's phases that remain after it
 */
public record PhaseEvidence(LineRef where, RecordedObservation observation, PhaseSet after) {

    /** What the observation says of the counter. */
    public enum Kind {
        /** A value the RFC recorded (the downtime sent, a firing's reading): the reading itself. */
        READING,
        /** A check that fired, known from the thread that cancelled right after it: its reading reached the limit. */
        FIRED,
        /** A check that did not fire: its reading stayed below the limit. */
        DID_NOT_FIRE
    }

    public Role host() {
        return observation.host();
    }

    /** A recorded counter value, a check that fired without its value, or one that did not fire. */
    public Kind kind() {
        return observation.kind();
    }

    /** True unless it is a check that did not fire: what the replay's header lists one by one. */
    public boolean reading() {
        return kind() != Kind.DID_NOT_FIRE;
    }
}
