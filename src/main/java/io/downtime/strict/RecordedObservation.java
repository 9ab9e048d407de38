package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * One thing a run recorded of the RFC that is a fact about a host's counter phase: a value the RFC
 * wrote (a reading), a check known to have fired without its value, or a check that did not fire. Its
 * words are report's ({@code report.replay.RecordWords}).
 */
public sealed interface RecordedObservation {

    Role host();

    PhaseEvidence.Kind kind();

    /** {@code source downtime=N} at the send: the source's counter then. */
    record SourceDowntimeSent(long downtimeMs) implements RecordedObservation {
        @Override
        public Role host() {
            return Role.SOURCE;
        }

        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.READING;
        }
    }

    /**
     * The source fired after {@code check}, with its message {@code Downtime Limit of N ms exceeded by M ms}
     * at {@code message}: it read {@code N + M}.
     */
    record SourceExceeded(CheckSite check, long downtimeLimitMs, long exceededByMs, LineRef message)
            implements RecordedObservation {
        public long readingMs() {
            return downtimeLimitMs + exceededByMs;
        }

        @Override
        public Role host() {
            return Role.SOURCE;
        }

        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.READING;
        }
    }

    /**
     * The source fired after {@code check}, known from its migration thread entering cancelling right after
     * it ({@code cancelling}): it read at least the abort limit.
     */
    record SourceCancelledAfter(CheckSite check, LineRef cancelling, long abortLimitMs) implements RecordedObservation {
        @Override
        public Role host() {
            return Role.SOURCE;
        }

        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.FIRED;
        }
    }

    /** No abort after the source's {@code check}: it read less than the abort limit. */
    record SourceDidNotFire(CheckSite check, long abortLimitMs) implements RecordedObservation {
        @Override
        public Role host() {
            return Role.SOURCE;
        }

        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.DID_NOT_FIRE;
        }
    }

    /** The destination fired after {@code check} with {@code destination downtime=N} ({@code abort}'s line). */
    record DestinationFired(CheckSite check, long destinationDowntimeMs, LineRef abort) implements RecordedObservation {
        @Override
        public Role host() {
            return Role.DESTINATION;
        }

        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.READING;
        }
    }

    /**
     * No abort after the destination's {@code check}: the source downtime it received plus its reading stayed
     * below the abort limit.
     */
    record DestinationDidNotFire(CheckSite check, long sourceDowntimeMs, long abortLimitMs)
            implements RecordedObservation {
        @Override
        public Role host() {
            return Role.DESTINATION;
        }

        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.DID_NOT_FIRE;
        }
    }
}
