package io.downtime.strict;

import io.downtime.model.AbortLimitReached;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.DowntimeReceived;
import io.downtime.model.DowntimeSent;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;
import io.downtime.outcome.SourceCancel;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a run recorded of the RFC itself: its three trace events and its two error messages (released
 * QEMU records none of them), and what the source's cancel says of it ({@link SourceCancel}): the RFC's
 * abort cancels from the migration thread right after the check that fired, a user's from the main
 * thread; without thread ids, a cancel during the downtime may be either.
 *
 * @param sourceCancel the source's cancel, when it entered {@code cancelling}
 */
public record RecordedStrict(Optional<DowntimeSent> sent, Optional<DowntimeReceived> received,
                             Optional<DestinationAbort> destinationAbort,
                             Optional<DowntimeLimitExceeded> sourceExceeded,
                             Optional<AbortLimitReached> abortLimitReached, Optional<SourceCancel> sourceCancel) {

    public static RecordedStrict of(MigrationPair pair) {
        Optional<Run> source = pair.source();
        Optional<Run> destination = pair.destination();
        return new RecordedStrict(
                source.flatMap(run -> first(run.events(), DowntimeSent.class)),
                destination.flatMap(run -> first(run.events(), DowntimeReceived.class)),
                destination.flatMap(run -> first(run.events(), DestinationAbort.class)),
                source.flatMap(run -> first(run.messages(), DowntimeLimitExceeded.class)),
                destination.flatMap(run -> first(run.messages(), AbortLimitReached.class)),
                source.flatMap(SourceCancel::of));
    }

    public static RecordedStrict none() {
        return new RecordedStrict(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** True when the run carries any trace of the RFC: it ran with switchover-abort on. */
    public boolean any() {
        return sent.isPresent() || received.isPresent() || destinationAbort.isPresent() || sourceExceeded.isPresent()
                || abortLimitReached.isPresent() || sourceAbortByThread();
    }

    /** The source's migration thread cancelled right after a check during the downtime: the RFC's abort, without its message. */
    public boolean sourceAbortByThread() {
        return sourceExceeded.isEmpty()
                && sourceCancel.filter(cancel -> cancel.origin() == SourceCancel.Origin.STRICT_ABORT_THREAD).isPresent();
    }

    /** The abort limit the run was recorded with, from whichever RFC event carries it. */
    public OptionalLong abortLimitMs() {
        if (sent.isPresent()) {
            return OptionalLong.of(sent.get().abortLimitMs());
        }
        if (received.isPresent()) {
            return OptionalLong.of(received.get().abortLimitMs());
        }
        if (destinationAbort.isPresent()) {
            return OptionalLong.of(destinationAbort.get().abortLimitMs());
        }
        return abortLimitReached.map(message -> OptionalLong.of(message.abortLimitMs())).orElse(OptionalLong.empty());
    }

    /** The downtime limit, known only from the source's {@code Downtime Limit of N ms exceeded} message. */
    public OptionalLong downtimeLimitMs() {
        return sourceExceeded.map(message -> OptionalLong.of(message.downtimeLimitMs())).orElse(OptionalLong.empty());
    }

    /** The source downtime the destination worked with: as it received it, else as it reported it when aborting. */
    public OptionalLong destinationsSourceDowntimeMs() {
        if (received.isPresent()) {
            return OptionalLong.of(received.get().sourceDowntimeMs());
        }
        return destinationAbort.map(abort -> OptionalLong.of(abort.sourceDowntimeMs())).orElse(OptionalLong.empty());
    }

    /**
     * The source check that fired: its last one, when the source reported exceeding the limit or its migration
     * thread cancelled right after it; else -1.
     */
    public int sourceFiringIndex(List<HostEvent> sourceChecks) {
        if (sourceExceeded.isPresent()) {
            return sourceChecks.size() - 1;
        }
        return sourceAbortByThread() ? indexOf(sourceChecks, sourceCancel.get().lastCheck()) : -1;
    }

    /**
     * The source check that may have fired: the one right before a cancel during the downtime whose origin the
     * trace cannot tell (no thread ids); -1 when there is none. Such a check is neither a firing nor a check
     * that did not fire: it narrows nothing.
     */
    public int sourceMayHaveFiredIndex(List<HostEvent> sourceChecks) {
        return sourceCancel.filter(cancel -> cancel.origin() == SourceCancel.Origin.UNDETERMINED)
                .map(cancel -> indexOf(sourceChecks, cancel.lastCheck())).orElse(-1);
    }

    private static int indexOf(List<HostEvent> checks, Optional<TraceEvent> check) {
        if (check.isEmpty()) {
            return -1;
        }
        LineRef where = check.get().header().where();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).where().equals(where)) {
                return i;
            }
        }
        return -1;
    }

    /** The destination check that fired: the last load before {@code qemu_loadvm_downtime_abort}; else -1. */
    public int destinationFiringIndex(List<HostEvent> destinationChecks) {
        if (destinationAbort.isEmpty()) {
            return -1;
        }
        long abortLine = destinationAbort.get().header().where().line();
        int firing = -1;
        for (int j = 0; j < destinationChecks.size(); j++) {
            if (destinationChecks.get(j).where().line() < abortLine) {
                firing = j;
            }
        }
        return firing;
    }

    private static <T extends TraceEvent> Optional<T> first(List<TraceEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
