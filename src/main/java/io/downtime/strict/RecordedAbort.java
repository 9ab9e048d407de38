package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.RunStatus;

import java.util.Optional;

/**
 * What a run recorded with the RFC did, one host's part: which check each host fired after, with the
 * lines that say so, or that nothing fired. Its words are report's ({@code report.replay.RecordWords}).
 */
public sealed interface RecordedAbort {

    /** The source fired after {@code check}: its message {@code Downtime Limit of N ms exceeded by M ms}. */
    record SourceExceeded(HostEvent check, long downtimeLimitMs, long exceededByMs, LineRef message)
            implements RecordedAbort {
    }

    /**
     * The source fired after {@code check}: its migration thread entered cancelling right after it
     * ({@code cancelling}), as the RFC's abort does and a user's cancel does not.
     */
    record SourceCancelled(HostEvent check, LineRef cancelling) implements RecordedAbort {
    }

    /**
     * The source was cancelled right after {@code check} ({@code cancelling}) by a user's migrate_cancel or by
     * the RFC's abort: the trace (no thread ids) cannot tell which.
     */
    record SourceMayHaveFired(HostEvent check, LineRef cancelling) implements RecordedAbort {
    }

    /** The destination fired after {@code check}, with the values of its abort message ({@code abort}). */
    record DestinationFired(HostEvent check, long destinationDowntimeMs, long sourceDowntimeMs, LineRef abort)
            implements RecordedAbort {
    }

    /**
     * Nothing fired: how the source ended (empty when there is no source run) and a user's cancel, when the
     * source was cancelled from its main thread or outside the downtime.
     */
    record NothingFired(Optional<RunStatus> sourceStatus, Optional<LineRef> usersCancel) implements RecordedAbort {
    }
}
