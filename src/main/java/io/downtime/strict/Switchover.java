package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the two traces say about one switchover, in the terms the policies need: the source's timer
 * start and checks, the RFC message's send and receipt, the destination's checks, every event on the
 * source's clock, the blackout to judge against, and the counter phases the recorded RFC events allow.
 * Built once per migration; every policy is a pure function of it and the limits.
 *
 * @param unreplayable       why nothing can be replayed (no timestamps, no source, no src-downtime-start)
 * @param start              {@code src-downtime-start}: the source's timer starts here
 * @param sourceChecks       where the RFC's source half checks: {@code src-vm-stopped} and every save after the start
 * @param send               the RFC message's send (absent when the source never got past its iterable sections)
 * @param receipt            the destination's read of it
 * @param destinationChecks  where the RFC's destination half checks: every load after the receipt
 * @param events             every checkpoint, save and load of either host during the blackout, ordered on the
 *                           source's clock: where perfect knowledge would look
 * @param guestStarted       the destination's {@code dst-*-vm-started}
 * @param loadCompleted      the destination's {@code dst-precopy-loadvm-completed}
 * @param blackout           the blackout the verdicts are judged against
 * @param recorded           what the run recorded of the RFC
 * @param phases             the counter phases consistent with the recorded RFC events
 * @param roundTrip          the round trip estimated for the source-ack policy
 */
public record Switchover(AlignedMigration migration, Optional<Unreplayable> unreplayable, Optional<HostEvent> start,
                         List<HostEvent> sourceChecks, Optional<MessageSend> send, Optional<MessageReceipt> receipt,
                         List<HostEvent> destinationChecks, List<HostEvent> events, Optional<HostEvent> guestStarted,
                         Optional<HostEvent> loadCompleted, JudgedBlackout blackout, RecordedStrict recorded,
                         CounterPhases phases, RoundTrip roundTrip) {

    public Switchover {
        sourceChecks = List.copyOf(sourceChecks);
        destinationChecks = List.copyOf(destinationChecks);
        events = List.copyOf(events);
    }

    public static Switchover of(AlignedMigration migration) {
        Optional<Unreplayable> why = unreplayable(migration);
        RoundTrip roundTrip = RoundTrip.estimate(migration.clock());
        if (why.isPresent()) {
            return new Switchover(migration, why, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty(), JudgedBlackout.unknown(why.get()),
                    RecordedStrict.of(migration.pair()), CounterPhases.unconstrained(), roundTrip);
        }
        SourceHalf source = SourceHalf.of(migration, migration.pair().source().orElseThrow());
        DestinationHalf destination = migration.pair().destination()
                .map(dst -> DestinationHalf.of(migration, dst, source.send().isPresent())).orElse(DestinationHalf.none());
        List<HostEvent> events = new ArrayList<>(source.progress());
        events.addAll(destination.progress());
        events.sort(Comparator.comparingLong((HostEvent e) -> e.onSourceClock().value().orElse(Long.MAX_VALUE))
                .thenComparing(e -> e.host() == Role.DESTINATION));

        RecordedStrict recorded = RecordedStrict.of(migration.pair());
        JudgedBlackout blackout = JudgedBlackout.of(migration, source.start(), source.progress(), destination.progress());
        CounterPhases phases = CounterEvidence.derive(source.start().micros(), source.checks(), source.send(),
                destination.receipt(), destination.checks(), recorded);
        return new Switchover(migration, Optional.empty(), Optional.of(source.start()), source.checks(), source.send(),
                destination.receipt(), destination.checks(), events, destination.guestStarted(),
                destination.loadCompleted(), blackout, recorded, phases, roundTrip);
    }

    /** The same switchover with other counter phases. */
    Switchover withPhases(CounterPhases other) {
        return new Switchover(migration, unreplayable, start, sourceChecks, send, receipt, destinationChecks, events,
                guestStarted, loadCompleted, blackout, recorded, other, roundTrip);
    }

    /**
     * The phases the record allows if it was made at {@code abortLimitMs}: only differs from {@link #phases()}
     * when the trace holds no abort limit of its own.
     */
    Switchover assumingAbortLimit(long abortLimitMs) {
        if (!replayable() || recorded.abortLimitMs().isPresent() || !recorded.any()) {
            return this;
        }
        return withPhases(CounterEvidence.derive(startMicros(), sourceChecks, send, receipt, destinationChecks, recorded,
                OptionalLong.of(abortLimitMs)));
    }

    public boolean replayable() {
        return unreplayable.isEmpty();
    }

    public MigrationMode mode() {
        return migration.pair().mode();
    }

    public long startMicros() {
        return start.orElseThrow().micros();
    }

    /**
     * The time from {@code src-downtime-start} to the message's send, in µs on the source's clock (both are
     * the source's events: exact); empty when no message was sent.
     */
    public OptionalLong sendSinceStart() {
        return send.map(sent -> OptionalLong.of(sent.micros() - startMicros())).orElse(OptionalLong.empty());
    }

    /** The time from {@code src-downtime-start} to an event, on the source's clock. */
    public Estimate sinceStart(HostEvent event) {
        return event.onSourceClock().plus(-startMicros());
    }

    private static Optional<Unreplayable> unreplayable(AlignedMigration migration) {
        if (!migration.pair().timed()) {
            return Optional.of(Unreplayable.UNTIMED);
        }
        if (migration.pair().source().isEmpty()) {
            return Optional.of(Unreplayable.NO_SOURCE);
        }
        if (migration.pair().source().get().checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).isEmpty()) {
            return Optional.of(Unreplayable.NEVER_STOPPED);
        }
        return Optional.empty();
    }
}
