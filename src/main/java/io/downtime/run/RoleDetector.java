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
 * Infers a run's role from its own events and says why. Each kind of clue is one piece of
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
                    "from the threads of its states");
        }
        List<TraceEvent> messages = new ArrayList<>();
        events.stream().filter(Run::isMessage).forEach(messages::add);
        messages.addAll(stderr);
        List<RoleEvidence> said = messageClues(messages);
        if (!said.isEmpty()) {
            return decide(said, RoleBasis.MESSAGES, "from QEMU's messages");
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
            evidence.add(new RoleEvidence(clue.role, clue.first, clue.lines, clue.sentence()));
        }
        if (evidence.isEmpty()) {
            return new RoleAssignment(Optional.empty(), RoleBasis.UNKNOWN, List.of(),
                    "nothing in the run shows its role (no checkpoint, save, load or source-only state, no states set"
                    + " by telling threads, no message only one side prints)");
        }
        return decide(evidence, RoleBasis.EVENTS, "from its events");
    }

    /** The side with more lines wins; a conflict is said. */
    private static RoleAssignment decide(List<RoleEvidence> clues, RoleBasis basis, String agreed) {
        List<RoleEvidence> evidence = new ArrayList<>(clues);
        evidence.sort(Comparator.comparingLong(RoleEvidence::lines).reversed());
        long source = lines(evidence, Role.SOURCE);
        long destination = lines(evidence, Role.DESTINATION);
        Role role = source >= destination ? Role.SOURCE : Role.DESTINATION;
        String note = source > 0 && destination > 0
                ? "conflicting evidence: " + source + " lines point to the source, " + destination
                  + " to the destination; taken as the " + role.label() + " (does the log mix two processes?)"
                : agreed;
        return new RoleAssignment(Optional.of(role), basis, evidence, note);
    }

    /** QEMU's messages that only one side prints, each kind counted with its first line. */
    private static List<RoleEvidence> messageClues(List<TraceEvent> messages) {
        Map<KnownMessage, RoleEvidence> clues = new LinkedHashMap<>();
        for (TraceEvent message : messages) {
            KnownMessage.of(message).ifPresent(known -> clues.merge(known,
                    new RoleEvidence(known.host(), RoleBasis.MESSAGES, message.header().where(), 1, ""),
                    (a, b) -> new RoleEvidence(a.role(), a.clue(), a.where(), a.lines() + 1, "")));
        }
        List<RoleEvidence> evidence = new ArrayList<>();
        clues.forEach((known, clue) -> evidence.add(new RoleEvidence(clue.role(), RoleBasis.MESSAGES, clue.where(),
                clue.lines(), clue.lines() + (clue.lines() == 1 ? " message " : " messages ") + "\"" + known.text()
                + "\": " + known.why())));
        return evidence;
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
        String started = "libvirt started this QEMU (process " + process.number() + ")";
        if (!process.incoming()) {
            return Optional.of(new Clue("command-line", Role.SOURCE, where, "command line",
                    started + " without -incoming: it cannot receive a migration"));
        }
        if (firstOfProcess) {
            return Optional.of(new Clue("command-line", Role.DESTINATION, where, "command line",
                    started + " with -incoming " + process.incomingUri().get() + ": its first migration is the incoming one"));
        }
        return Optional.of(new Clue("command-line", Role.SOURCE, where, "command line",
                started + " with -incoming and it received the guest in an earlier run: a later migration sends it on"));
    }

    private static Optional<Clue> clue(TraceEvent event) {
        LineRef where = event.header().where();
        if (event instanceof DeviceDowntime device) {
            return Optional.of(device.operation() == DeviceOperation.SAVE
                    ? new Clue("save", Role.SOURCE, where, "vmstate_downtime_save", "only the source saves device state")
                    : new Clue("load", Role.DESTINATION, where, "vmstate_downtime_load", "only the destination loads device state"));
        }
        if (event instanceof Checkpoint checkpoint) {
            return CheckpointCatalogue.host(checkpoint.name()).map(host -> new Clue("checkpoint-" + host, host, where,
                    "checkpoint", host.label() + " checkpoints, starting with " + checkpoint.name()));
        }
        if (event instanceof StateChange change) {
            return MigrationStates.onlyOn(change.state()).map(host -> new Clue("state-" + change.state(), host, where,
                    "migrate_set_state new state " + change.state(), "only the " + host.label() + " enters this state"));
        }
        if (event instanceof DowntimeSent) {
            return Optional.of(new Clue("sent", Role.SOURCE, where, "qemu_savevm_send_downtime",
                    "the source sends its downtime (strict-SLA RFC)"));
        }
        if (event instanceof DowntimeReceived) {
            return Optional.of(new Clue("received", Role.DESTINATION, where, "loadvm_handle_src_downtime",
                    "the destination receives the source's downtime (strict-SLA RFC)"));
        }
        if (event instanceof DestinationAbort) {
            return Optional.of(new Clue("abort", Role.DESTINATION, where, "qemu_loadvm_downtime_abort",
                    "the destination's abort check (strict-SLA RFC)"));
        }
        if (event instanceof AbortLimitReached) {
            return Optional.of(new Clue("abort-message", Role.DESTINATION, where, "abort_limit was reached message",
                    "printed by the destination (strict-SLA RFC)"));
        }
        if (event instanceof DowntimeLimitExceeded) {
            return Optional.of(new Clue("limit-message", Role.SOURCE, where, "Downtime Limit exceeded message",
                    "printed by the source (strict-SLA RFC)"));
        }
        return Optional.empty();
    }

    /** One kind of clue, counted. */
    private static final class Clue {
        final String key;
        final Role role;
        final LineRef first;
        final String what;
        final String why;
        long lines = 1;

        Clue(String key, Role role, LineRef first, String what, String why) {
            this.key = key;
            this.role = role;
            this.first = first;
            this.what = what;
            this.why = why;
        }

        Clue plus(Clue other) {
            lines += other.lines;
            return this;
        }

        String sentence() {
            if (what.equals("command line")) {
                return why;
            }
            if (what.equals("checkpoint")) {
                return lines + " " + why;
            }
            return lines + (lines == 1 ? " line " : " lines ") + what + ": " + why;
        }
    }
}
