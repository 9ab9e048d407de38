package io.downtime.outcome;

import java.util.Optional;

/**
 * The values of an outcome without its evidence: what run sets count, gate rules check and a baseline
 * file keeps.
 */
public record OutcomeKind(MigrationResult result, Optional<EndedIn> endedIn, GuestStopped guestStopped) {

    /** What a baseline written before outcomes were recorded says of one: nothing. */
    public static OutcomeKind unrecorded() {
        return new OutcomeKind(MigrationResult.UNKNOWN, Optional.empty(), GuestStopped.UNKNOWN);
    }
}
