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

    /** An observation of the source's counter. */
    sealed interface OfSource extends RecordedObservation {
        @Override
        default Role host() {
            return Role.SOURCE;
        }
    }

    /** An observation of the destination's counter. */
    sealed interface OfDestination extends RecordedObservation {
        @Override
        default Role host() {
            return Role.DESTINATION;
        }
    }

    /** A value the RFC recorded: the reading itself. */
    sealed interface Reading extends RecordedObservation {
        @Override
        default PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.READING;
        }
    }

    /** A check that did not fire: its reading stayed below the limit. */
    sealed interface Quiet extends RecordedObservation {
        @Override
        default PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.DID_NOT_FIRE;
        }
    }

    /** {@code source downtime=N} at the send: the source's counter then. */
    record SourceDowntimeSent(long downtimeMs) implements OfSource, Reading {
    }

    /**
     * The source fired after {@code check}, with its message {@code Downtime Limit of N ms exceeded by M ms}
     * at {@code message}: it read {@code N + M}.
     */
    record SourceExceeded(CheckSite check, long downtimeLimitMs, long exceededByMs, LineRef message)
            implements OfSource, Reading {
        public long readingMs() {
            return downtimeLimitMs + exceededByMs;
        }
    }

    /**
     * The source fired after {@code check}, known from its migration thread entering cancelling right after
     * it ({@code cancelling}): it read at least the abort limit.
     */
    record SourceCancelledAfter(CheckSite check, LineRef cancelling, long abortLimitMs) implements OfSource {
        @Override
        public PhaseEvidence.Kind kind() {
            return PhaseEvidence.Kind.FIRED;
        }
    }

    /** No abort after the source's {@code check}: it read less than the abort limit. */
    record SourceDidNotFire(CheckSite check, long abortLimitMs) implements OfSource, Quiet {
    }

    /** The destination fired after {@code check} with {@code destination downtime=N} ({@code abort}'s line). */
    record DestinationFired(CheckSite check, long destinationDowntimeMs, LineRef abort)
            implements OfDestination, Reading {
    }

    /**
     * No abort after the destination's {@code check}: the source downtime it received plus its reading stayed
     * below the abort limit.
     */
    record DestinationDidNotFire(CheckSite check, long sourceDowntimeMs, long abortLimitMs)
            implements OfDestination, Quiet {
    }
}
