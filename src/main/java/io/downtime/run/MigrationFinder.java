package io.downtime.run;

import io.downtime.libvirt.LibvirtLog;
import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * From logs to migrations: splits each log into runs, gives each run the stderr lines of its time
 * span, settles roles (events, then counterpart, or {@code --role}), and pairs the runs.
 *
 * <p>A libvirt domain log (recognised by libvirt's own lines, see {@link LibvirtLog}) is first split
 * into its QEMU processes: only QEMU's lines make runs, a new process always begins a new run, each
 * run knows its process (guest, {@code -incoming}), and a process that failed to start is named in
 * the notes, never taken for a migration.
 */
public final class MigrationFinder {
    private final RunBoundary boundary;

    public MigrationFinder(RunBoundary boundary) {
        this.boundary = boundary;
    }

    /** With QEMU's own run boundaries. */
    public static MigrationFinder standard() {
        return new MigrationFinder(RunBoundary.qemuStates());
    }

    /**
     * @param logs          one entry per host log, in the order given
     * @param firstLogRole  forces the role of every run of the first log (the other logs' runs get
     *                      the other role); empty to infer roles
     */
    public FoundMigrations find(List<LogEvents> logs, Optional<Role> firstLogRole) {
        List<FoundNote> notes = new ArrayList<>();
        List<List<RunDraft>> drafts = new ArrayList<>();
        List<LibvirtLog> domainLogs = new ArrayList<>();
        List<String> emptyLogs = new ArrayList<>();
        for (LogEvents log : logs) {
            LibvirtLog domain = LibvirtLog.holdsLibvirtLines(log.events())
                    ? LibvirtLog.split(log.name(), log.events()) : new LibvirtLog(log.name(), List.of());
            List<TraceEvent> qemuEvents = log.events();
            RunSplitter splitter = new RunSplitter(boundary);
            if (domain.recognised()) {
                // libvirt's own lines say which QEMU process wrote what; only QEMU's lines make runs.
                domainLogs.add(domain);
                qemuEvents = domain.lifetimes().stream().flatMap(lifetime -> lifetime.events().stream()).toList();
                splitter = new RunSplitter(boundary.or(new ProcessBoundary(domain)));
                domain.failedStarts().forEach(failed -> notes.add(new FoundNote.FailedStart(log.name(), failed)));
            }
            List<List<TraceEvent>> segments = splitter.split(qemuEvents);
            if (segments.isEmpty()) {
                emptyLogs.add(log.name());
                notes.add(new FoundNote.NoMigration(log.name()));
            }
            List<List<TraceEvent>> stderr = StderrPlacement.place(segments, log.stderr(), notes);
            List<RunDraft> runs = new ArrayList<>();
            Set<Integer> processesSeen = new HashSet<>();
            for (int i = 0; i < segments.size(); i++) {
                List<String> inputs = new ArrayList<>();
                inputs.add(log.name());
                stderr.get(i).stream().map(event -> event.header().where().file()).distinct().forEach(inputs::add);
                Optional<QemuLifetime> lifetime = firstTraceEvent(segments.get(i))
                        .flatMap(event -> domain.lifetimeAt(event.header().where().line()));
                boolean firstOfProcess = lifetime.map(process -> processesSeen.add(process.number())).orElse(false);
                runs.add(new RunDraft(new RunId(log.name(), i + 1), inputs, segments.get(i), stderr.get(i),
                        RoleDetector.detect(segments.get(i), stderr.get(i), lifetime, firstOfProcess), lifetime));
            }
            drafts.add(runs);
        }
        noteOtherGuests(domainLogs, notes);
        RoleSettler.settle(drafts, firstLogRole);
        List<Run> runs = new ArrayList<>();
        for (List<RunDraft> log : drafts) {
            for (RunDraft draft : log) {
                Run run = new Run(draft.id, draft.inputs, draft.role, draft.events, draft.stderr, status(draft.events),
                        draft.lifetime);
                runs.add(run);
                if (run.role().role().isEmpty()) {
                    notes.add(new FoundNote.RoleUnknown(run.id(), run.role().note()));
                }
            }
        }
        return new FoundMigrations(runs, RunPairer.pair(runs), notes, domainLogs, LogChecks.of(logs, runs), emptyLogs);
    }

    private static Optional<TraceEvent> firstTraceEvent(List<TraceEvent> segment) {
        return segment.stream().filter(event -> !Run.isMessage(event)).findFirst();
    }

    /** Two domain logs of different guests hold no migration between them: say why nothing pairs. */
    private static void noteOtherGuests(List<LibvirtLog> domainLogs, List<FoundNote> notes) {
        List<LibvirtLog> withUuid = domainLogs.stream().filter(log -> log.uuid().isPresent()).toList();
        for (int i = 1; i < withUuid.size(); i++) {
            LibvirtLog first = withUuid.get(0);
            LibvirtLog other = withUuid.get(i);
            if (!first.uuid().equals(other.uuid())) {
                notes.add(new FoundNote.OtherGuests(first.input(), first.uuid().get(), other.input(), other.uuid().get()));
            }
        }
    }

    private static RunStatus status(List<TraceEvent> events) {
        RunStatus status = RunStatus.INCOMPLETE;
        for (TraceEvent event : events) {
            if (event instanceof StateChange change) {
                status = MigrationStates.ending(change.state()).orElse(RunStatus.INCOMPLETE);
            }
        }
        return status;
    }
}
