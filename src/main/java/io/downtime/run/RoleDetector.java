package io.downtime.run;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.AbortLimitReached;
import io.downtime.model.Checkpoint;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.DowntimeReceived;
import io.downtime.model.DowntimeSent;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Infers a run's role from its own events, with the evidence for it. Each kind of clue is one piece of
 * evidence, counted over the run:
 * <ul>
 *   <li>a known checkpoint name belongs to one host (the catalogue knows older unprefixed names too);</li>
 *   <li>only the source saves device state, only the destination loads it;</li>
 *   <li>only the source enters {@code device}, {@code pre-switchover}, {@code cancelling}, {@code cancelled};</li>
 *   <li>the strict-SLA events and messages each come from one side;</li>
 *   <li>in a libvirt domain log, the process's command line: QEMU receives only when started with
 *       {@code -incoming}, and then its first migration is the incoming one; any later one sends
 *       the guest on.</li>
 * </ul>
 * When clues disagree (a log that mixes two processes without a boundary), the side with more
 * lines wins and the note says so.
 */
public final class RoleDetector {

    private RoleDetector() {
    }

    public static RoleAssignment detect(List<TraceEvent> events) {
        return detect(events, List.of(), Optional.empty(), false);
    }

    /**
     * The role the run's own lines show: its events; failing those, the threads of its states; failing
     * those, QEMU's messages (from the log and from the stderr lines placed in the run).
     *
     * @param stderr         QEMU's messages from a separate stderr file that fall in the run's time span
     * @param lifetime       the libvirt-started QEMU process the run belongs to, if any
     * @param firstOfProcess the run is that process's first
     */
    public static RoleAssignment detect(List<TraceEvent> events, List<TraceEvent> stderr,
                                        Optional<QemuLifetime> lifetime, boolean firstOfProcess) {
        RoleAssignment fromEvents = fromEvents(events, lifetime, firstOfProcess);
        if (fromEvents.role().isPresent()) {
            return fromEvents;
        }
        Optional<RoleEvidence> threads = StateThreads.clue(events);
        if (threads.isPresent()) {
            return new RoleAssignment(Optional.of(threads.get().role()), RoleBasis.STATE_THREADS, List.of(threads.get()),
                    new RoleNote.Shown(RoleBasis.STATE_THREADS));
        }
        List<TraceEvent> messages = new ArrayList<>();
        events.stream().filter(Run::isMessage).forEach(messages::add);
        messages.addAll(stderr);
        List<RoleEvidence> said = messageClues(messages);
        if (!said.isEmpty()) {
            return decide(said, RoleBasis.MESSAGES);
        }
        return fromEvents;
    }

    private static RoleAssignment fromEvents(List<TraceEvent> events, Optional<QemuLifetime> lifetime,
                                             boolean firstOfProcess) {
        Map<String, Clue> clues = new LinkedHashMap<>();
        for (TraceEvent event : events) {
            clue(event).ifPresent(found -> clues.merge(found.key, found, Clue::plus));
        }
        lifetime.flatMap(process -> commandLineClue(events, process, firstOfProcess))
                .ifPresent(found -> clues.put(found.key, found));
        List<RoleEvidence> evidence = new ArrayList<>();
        for (Clue clue : clues.values()) {
            evidence.add(new RoleEvidence(clue.role, clue.first, clue.lines, clue.sign));
        }
        if (evidence.isEmpty()) {
            return new RoleAssignment(Optional.empty(), RoleBasis.UNKNOWN, List.of(), new RoleNote.NothingShown());
        }
        return decide(evidence, RoleBasis.EVENTS);
    }

    /** The side with more lines wins; a conflict is said. */
    private static RoleAssignment decide(List<RoleEvidence> clues, RoleBasis basis) {
        List<RoleEvidence> evidence = new ArrayList<>(clues);
        evidence.sort(Comparator.comparingLong(RoleEvidence::lines).reversed());
        long source = lines(evidence, Role.SOURCE);
        long destination = lines(evidence, Role.DESTINATION);
        Role role = source >= destination ? Role.SOURCE : Role.DESTINATION;
        RoleNote note = source > 0 && destination > 0
                ? new RoleNote.Conflicting(source, destination, role)
                : new RoleNote.Shown(basis);
        return new RoleAssignment(Optional.of(role), basis, evidence, note);
    }

    /** QEMU's messages that only one side prints, each kind counted with its first line. */
    private static List<RoleEvidence> messageClues(List<TraceEvent> messages) {
        Map<KnownMessage, RoleEvidence> clues = new LinkedHashMap<>();
        for (TraceEvent message : messages) {
            KnownMessage.of(message).ifPresent(known -> clues.merge(known,
                    new RoleEvidence(known.host(), RoleBasis.MESSAGES, message.header().where(), 1,
                            new RoleSign.Message(known)),
                    (a, b) -> new RoleEvidence(a.role(), a.clue(), a.where(), a.lines() + 1, a.sign())));
        }
        return new ArrayList<>(clues.values());
    }

    private static long lines(List<RoleEvidence> evidence, Role role) {
        return evidence.stream().filter(e -> e.role() == role).mapToLong(RoleEvidence::lines).sum();
    }

    private static Optional<Clue> commandLineClue(List<TraceEvent> events, QemuLifetime process,
                                                  boolean firstOfProcess) {
        if (!process.commandLineRead() || process.startup().isEmpty() || events.isEmpty()) {
            return Optional.empty();
        }
        LineRef where = new LineRef(events.get(0).header().where().file(), process.firstLine());
        if (!process.incoming()) {
            return Optional.of(new Clue("command-line", Role.SOURCE, where,
                    new RoleSign.StartedWithoutIncoming(process.number())));
        }
        if (firstOfProcess) {
            return Optional.of(new Clue("command-line", Role.DESTINATION, where,
                    new RoleSign.StartedIncoming(process.number(), process.incomingUri().get())));
        }
        return Optional.of(new Clue("command-line", Role.SOURCE, where, new RoleSign.ReceivedEarlier(process.number())));
    }

    private static Optional<Clue> clue(TraceEvent event) {
        LineRef where = event.header().where();
        if (event instanceof DeviceDowntime device) {
            Role host = device.operation() == DeviceOperation.SAVE ? Role.SOURCE : Role.DESTINATION;
            return Optional.of(new Clue(device.operation().name(), host, where, new RoleSign.DeviceState(device.operation())));
        }
        if (event instanceof Checkpoint checkpoint) {
            return CheckpointCatalogue.host(checkpoint.name()).map(host -> new Clue("checkpoint-" + host, host, where,
                    new RoleSign.Checkpoints(checkpoint.name())));
        }
        if (event instanceof StateChange change) {
            return MigrationStates.onlyOn(change.state()).map(host -> new Clue("state-" + change.state(), host, where,
                    new RoleSign.OneSideState(change.state())));
        }
        if (event instanceof DowntimeSent) {
            return rfc(Role.SOURCE, where, RoleSign.RfcSign.DOWNTIME_SENT);
        }
        if (event instanceof DowntimeReceived) {
            return rfc(Role.DESTINATION, where, RoleSign.RfcSign.DOWNTIME_RECEIVED);
        }
        if (event instanceof DestinationAbort) {
            return rfc(Role.DESTINATION, where, RoleSign.RfcSign.DESTINATION_ABORT);
        }
        if (event instanceof AbortLimitReached) {
            return rfc(Role.DESTINATION, where, RoleSign.RfcSign.ABORT_LIMIT_MESSAGE);
        }
        if (event instanceof DowntimeLimitExceeded) {
            return rfc(Role.SOURCE, where, RoleSign.RfcSign.LIMIT_EXCEEDED_MESSAGE);
        }
        return Optional.empty();
    }

    private static Optional<Clue> rfc(Role host, LineRef where, RoleSign.RfcSign sign) {
        return Optional.of(new Clue(sign.name(), host, where, new RoleSign.Rfc(sign)));
    }

    /** One kind of clue, counted. */
    private static final class Clue {
        final String key;
        final Role role;
        final LineRef first;
        final RoleSign sign;
        long lines = 1;

        Clue(String key, Role role, LineRef first, RoleSign sign) {
            this.key = key;
            this.role = role;
            this.first = first;
            this.sign = sign;
        }

        Clue plus(Clue other) {
            lines += other.lines;
            return this;
        }
    }
}
