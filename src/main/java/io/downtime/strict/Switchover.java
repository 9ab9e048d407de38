package io.downtime.strict;

import io.downtime.analysis.Blackout;
import io.downtime.analysis.BlackoutAnalysis;
import io.downtime.analysis.DeviceKey;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.DowntimeReceived;
import io.downtime.model.DowntimeSent;
import io.downtime.model.SectionType;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

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
public record Switchover(AlignedMigration migration, Optional<String> unreplayable, Optional<HostEvent> start,
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
        Optional<String> why = unreplayable(migration);
        RoundTrip roundTrip = RoundTrip.estimate(migration.clock());
        if (why.isPresent()) {
            return new Switchover(migration, why, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty(), JudgedBlackout.unknown(why.get()),
                    RecordedStrict.of(migration.pair()), CounterPhases.unconstrained(), roundTrip);
        }
        Run source = migration.pair().source().orElseThrow();
        Optional<Run> destination = migration.pair().destination();
        Checkpoint startCheckpoint = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).orElseThrow();
        HostEvent start = event(migration, Role.SOURCE, CheckSite.checkpoint(startCheckpoint.name()), startCheckpoint);

        List<HostEvent> sourceChecks = new ArrayList<>();
        List<HostEvent> sourceProgress = new ArrayList<>();
        Optional<MessageSend> send = Optional.empty();
        boolean started = false;
        for (TraceEvent e : source.events()) {
            if (e == startCheckpoint) {
                started = true;
                continue;
            }
            if (!started) {
                continue;
            }
            if (e instanceof DeviceDowntime device && device.operation() == DeviceOperation.SAVE) {
                HostEvent check = event(migration, Role.SOURCE, CheckSite.save(key(device)), device);
                sourceChecks.add(check);
                sourceProgress.add(check);
            } else if (e instanceof Checkpoint checkpoint) {
                String name = CheckpointCatalogue.canonical(checkpoint.name());
                HostEvent progress = event(migration, Role.SOURCE, CheckSite.checkpoint(checkpoint.name()), checkpoint);
                if (name.equals(CheckpointCatalogue.SRC_VM_STOPPED)) {
                    sourceChecks.add(progress);
                }
                if (!name.equals(CheckpointCatalogue.SRC_DOWNTIME_END)) {
                    sourceProgress.add(progress);
                }
                if (name.equals(CheckpointCatalogue.SRC_ITERABLE_SAVED) && send.isEmpty()) {
                    send = Optional.of(new MessageSend(checkpoint.header().where(), micros(checkpoint),
                            MessageSend.Basis.AT_ITERABLE_SAVED, OptionalLong.empty()));
                }
            } else if (e instanceof DowntimeSent sent) {
                send = Optional.of(new MessageSend(sent.header().where(), micros(sent), MessageSend.Basis.RECORDED,
                        OptionalLong.of(sent.sourceDowntimeMs())));
            }
        }

        Optional<MessageReceipt> receipt = Optional.empty();
        List<HostEvent> destinationChecks = new ArrayList<>();
        List<HostEvent> destinationProgress = new ArrayList<>();
        Optional<HostEvent> guestStarted = Optional.empty();
        Optional<HostEvent> loadCompleted = Optional.empty();
        if (destination.isPresent()) {
            Run dst = destination.get();
            int receiptIndex = send.isPresent() ? receiptIndex(dst.events()) : -1;
            if (receiptIndex >= 0) {
                receipt = Optional.of(receipt(dst.events().get(receiptIndex), receiptIndex == firstDeviceLoad(dst.events())));
            }
            boolean aborted = false;
            for (int i = 0; i < dst.events().size(); i++) {
                TraceEvent e = dst.events().get(i);
                if (e instanceof DestinationAbort) {
                    aborted = true;
                }
                if (e instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD) {
                    HostEvent load = event(migration, Role.DESTINATION, CheckSite.load(key(device)), device);
                    boolean afterReceipt = receiptIndex >= 0 && (i > receiptIndex
                            || (i == receiptIndex && receipt.get().basis() == MessageReceipt.Basis.FIRST_LOAD_START));
                    if (afterReceipt) {
                        destinationChecks.add(load);
                    }
                    if (!aborted && guestStarted.isEmpty()) {
                        destinationProgress.add(load);
                    }
                } else if (e instanceof Checkpoint checkpoint && !aborted && guestStarted.isEmpty()) {
                    HostEvent progress = event(migration, Role.DESTINATION, CheckSite.checkpoint(checkpoint.name()), checkpoint);
                    destinationProgress.add(progress);
                    String name = CheckpointCatalogue.canonical(checkpoint.name());
                    if (name.equals(CheckpointCatalogue.DST_PRECOPY_LOADVM_COMPLETED)) {
                        loadCompleted = Optional.of(progress);
                    }
                    if (CheckpointCatalogue.lookup(checkpoint.name()).map(CheckpointCatalogue.KnownCheckpoint::startsGuest)
                            .orElse(false)) {
                        guestStarted = Optional.of(progress);
                    }
                }
            }
        }
        List<HostEvent> events = new ArrayList<>(sourceProgress);
        events.addAll(destinationProgress);
        events.sort(Comparator.comparingLong((HostEvent e) -> e.onSourceClock().value().orElse(Long.MAX_VALUE))
                .thenComparing(e -> e.host() == Role.DESTINATION));

        RecordedStrict recorded = RecordedStrict.of(migration.pair());
        JudgedBlackout blackout = judged(migration, start, sourceProgress, destinationProgress);
        CounterPhases phases = CounterEvidence.derive(start.micros(), sourceChecks, send, receipt, destinationChecks,
                recorded);
        return new Switchover(migration, Optional.empty(), Optional.of(start), sourceChecks, send, receipt,
                destinationChecks, events, guestStarted, loadCompleted, blackout, recorded, phases, roundTrip);
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

    private static Optional<String> unreplayable(AlignedMigration migration) {
        if (!migration.pair().timed()) {
            return Optional.of("the trace lines carry no timestamps (QEMU ran with -msg timestamp=off): the checks'"
                    + " times cannot be known");
        }
        if (migration.pair().source().isEmpty()) {
            return Optional.of("no source run: every policy's timer starts on the source");
        }
        if (migration.pair().source().get().checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).isEmpty()) {
            return Optional.of("the source never stopped the guest (no src-downtime-start)");
        }
        return Optional.empty();
    }

    /**
     * The event at which the destination read the message: the recorded {@code loadvm_handle_src_downtime},
     * else the last iterable load before the first device load, else the first device load (which then
     * also counts as checked). -1 when nothing was loaded.
     */
    private static int receiptIndex(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof DowntimeReceived) {
                return i;
            }
        }
        int firstDevice = firstDeviceLoad(events);
        int lastIterable = -1;
        for (int i = 0; i < events.size() && (firstDevice < 0 || i < firstDevice); i++) {
            if (events.get(i) instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD
                    && device.type() == SectionType.ITERABLE) {
                lastIterable = i;
            }
        }
        return lastIterable >= 0 ? lastIterable : firstDevice;
    }

    private static int firstDeviceLoad(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD
                    && device.type() == SectionType.NON_ITERABLE) {
                return i;
            }
        }
        return -1;
    }

    private static MessageReceipt receipt(TraceEvent at, boolean firstDeviceLoad) {
        if (at instanceof DowntimeReceived received) {
            return new MessageReceipt(received.header().where(), micros(received), MessageReceipt.Basis.RECORDED,
                    OptionalLong.of(received.sourceDowntimeMs()));
        }
        DeviceDowntime load = (DeviceDowntime) at;
        if (firstDeviceLoad) {
            return new MessageReceipt(load.header().where(), micros(load) - load.downtimeMicros(),
                    MessageReceipt.Basis.FIRST_LOAD_START, OptionalLong.empty());
        }
        return new MessageReceipt(load.header().where(), micros(load), MessageReceipt.Basis.LAST_ITERABLE_LOAD,
                OptionalLong.empty());
    }

    private static JudgedBlackout judged(AlignedMigration migration, HostEvent start, List<HostEvent> sourceProgress,
                                         List<HostEvent> destinationProgress) {
        Blackout blackout = BlackoutAnalysis.of(migration);
        if (blackout.guestStopped().isPresent()) {
            return new JudgedBlackout(JudgedBlackout.Kind.RECORDED, blackout.guestStopped().get().bounds(),
                    new JudgedBlackout.GuestStopped());
        }
        Run source = migration.pair().source().orElseThrow();
        Optional<Run> destination = migration.pair().destination();
        boolean cutShort = destination.isPresent() && destination.get().guestStarted().isEmpty()
                && (ended(source.status()) || ended(destination.get().status()));
        if (!cutShort) {
            return JudgedBlackout.unknown(blackout.unavailable().orElse("the blackout is unknown"));
        }
        HostEvent latest = start;
        long least = 0;
        List<HostEvent> progress = new ArrayList<>(sourceProgress);
        progress.addAll(destinationProgress.stream()
                .filter(event -> event.site().kind() == CheckSite.Kind.LOAD).toList());
        for (HostEvent event : progress) {
            OptionalLong low = event.onSourceClock().bounds().low();
            if (low.isPresent() && low.getAsLong() - start.micros() > least) {
                least = low.getAsLong() - start.micros();
                latest = event;
            }
        }
        return new JudgedBlackout(JudgedBlackout.Kind.CUT_SHORT, Interval.atLeast(least),
                new JudgedBlackout.CutShort(source.status(), destination.get().status(), least, latest));
    }

    private static boolean ended(RunStatus status) {
        return status == RunStatus.FAILED || status == RunStatus.CANCELLED;
    }

    private static HostEvent event(AlignedMigration migration, Role host, CheckSite site, TraceEvent event) {
        long micros = micros(event);
        return new HostEvent(host, site, event.header().where(), micros, migration.onSourceClock(host, micros));
    }

    private static DeviceKey key(DeviceDowntime device) {
        return new DeviceKey(device.idstr(), device.instanceId(), device.type());
    }

    private static long micros(TraceEvent event) {
        return event.header().micros();
    }
}
