package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

import java.util.Optional;

/**
 * The first place where a recorded RFC run and its replay disagree: what the trace says at {@link #where()}
 * and what the replay gives instead. Its words are report's ({@code report.replay.RecordWords}).
 */
public sealed interface RecordDifference {

    Role host();

    LineRef where();

    /**
     * A recorded observation no phase the earlier observations allow reproduces: for those phases
     * ({@code allowed}) the replay reads {@code lowestMs} to {@code highestMs} there.
     */
    record Unreproduced(LineRef where, RecordedObservation observation, long lowestMs, long highestMs,
                        PhaseSet allowed) implements RecordDifference {
        @Override
        public Role host() {
            return observation.host();
        }
    }

    /** The destination received ({@code where}) another source downtime than the source sent ({@code sent}). */
    record ReceivedOtherThanSent(LineRef where, long receivedMs, long sentMs, LineRef sent) implements RecordDifference {
        @Override
        public Role host() {
            return Role.DESTINATION;
        }
    }

    /** The destination aborted ({@code where}) below the limit: source + destination downtime < abort limit. */
    record AbortBelowLimit(LineRef where, long sourceDowntimeMs, long destinationDowntimeMs, long abortLimitMs)
            implements RecordDifference {
        @Override
        public Role host() {
            return Role.DESTINATION;
        }
    }

    /**
     * The host fired after {@code recorded} (or did not fire, when empty) and the replay fires after
     * {@code replayed} (or does not fire); {@code where} is the recorded firing's line, else the replayed one's.
     */
    record FiredElsewhere(Role host, LineRef where, Optional<CheckSite> recorded, Optional<HostEvent> replayed)
            implements RecordDifference {
    }
}
