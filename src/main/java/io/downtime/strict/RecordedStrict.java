package io.downtime.strict;

import io.downtime.model.AbortLimitReached;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.DowntimeReceived;
import io.downtime.model.DowntimeSent;
import io.downtime.model.TraceEvent;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a run recorded of the RFC itself: its three trace events and its two error messages. Released
 * QEMU records none of them.
 */
public record RecordedStrict(Optional<DowntimeSent> sent, Optional<DowntimeReceived> received,
                             Optional<DestinationAbort> destinationAbort,
                             Optional<DowntimeLimitExceeded> sourceExceeded,
                             Optional<AbortLimitReached> abortLimitReached) {

    public static RecordedStrict of(MigrationPair pair) {
        Optional<Run> source = pair.source();
        Optional<Run> destination = pair.destination();
        return new RecordedStrict(
                source.flatMap(run -> first(run.events(), DowntimeSent.class)),
                destination.flatMap(run -> first(run.events(), DowntimeReceived.class)),
                destination.flatMap(run -> first(run.events(), DestinationAbort.class)),
                source.flatMap(run -> first(run.messages(), DowntimeLimitExceeded.class)),
                destination.flatMap(run -> first(run.messages(), AbortLimitReached.class)));
    }

    public static RecordedStrict none() {
        return new RecordedStrict(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True when the run carries any trace of the RFC: it ran with switchover-abort on. */
    public boolean any() {
        return sent.isPresent() || received.isPresent() || destinationAbort.isPresent() || sourceExceeded.isPresent()
                || abortLimitReached.isPresent();
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

    /** The source check that fired: its last one, when the source reported exceeding the limit; else -1. */
    public int sourceFiringIndex(List<HostEvent> sourceChecks) {
        return sourceExceeded.isPresent() ? sourceChecks.size() - 1 : -1;
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
