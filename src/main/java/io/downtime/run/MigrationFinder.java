package io.downtime.run;

import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From logs to migrations: splits each log into runs, gives each run the stderr lines of its time
 * span, settles roles (events, then counterpart, or {@code --role}), and pairs the runs.
 */
public final class MigrationFinder {
    private final RunSplitter splitter;

    public MigrationFinder(RunBoundary boundary) {
        this.splitter = new RunSplitter(boundary);
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
        List<String> notes = new ArrayList<>();
        List<List<Draft>> drafts = new ArrayList<>();
        for (LogEvents log : logs) {
            List<List<TraceEvent>> segments = splitter.split(log.events());
            if (segments.isEmpty()) {
                notes.add(log.name() + ": no migration found (no migrate_set_state, checkpoint or device event)");
            }
            List<List<TraceEvent>> stderr = StderrPlacement.place(segments, log.stderr(), notes);
            List<Draft> runs = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                List<String> inputs = new ArrayList<>();
                inputs.add(log.name());
                stderr.get(i).stream().map(event -> event.header().where().file()).distinct().forEach(inputs::add);
                runs.add(new Draft(new RunId(log.name(), i + 1), inputs, segments.get(i), stderr.get(i),
                        RoleDetector.detect(segments.get(i))));
            }
            drafts.add(runs);
        }
        settleRoles(drafts, firstLogRole);
        List<Run> runs = new ArrayList<>();
        for (List<Draft> log : drafts) {
            for (Draft draft : log) {
                Run run = new Run(draft.id, draft.inputs, draft.role, draft.events, draft.stderr, status(draft.events));
                runs.add(run);
                if (run.role().role().isEmpty()) {
                    notes.add(run.id() + ": not reported, its role is unknown (" + run.role().note()
                            + "); give it with --role");
                }
            }
        }
        return new FoundMigrations(runs, RunPairer.pair(runs), notes);
    }

    private static void settleRoles(List<List<Draft>> logs, Optional<Role> firstLogRole) {
        if (firstLogRole.isPresent()) {
            for (int i = 0; i < logs.size(); i++) {
                Role role = i == 0 ? firstLogRole.get() : firstLogRole.get().counterpart();
                for (Draft draft : logs.get(i)) {
                    String note = "given with --role" + draft.role.role()
                            .filter(seen -> seen != role)
                            .map(seen -> "; its events point to the " + seen.label())
                            .orElse("");
                    draft.role = new RoleAssignment(Optional.of(role), RoleBasis.FORCED, draft.role.evidence(), note);
                }
            }
            return;
        }
        if (logs.size() != 2) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            Optional<Role> other = singleKnownRole(logs.get(1 - i));
            for (Draft draft : logs.get(i)) {
                if (draft.role.role().isEmpty() && other.isPresent()) {
                    Role role = other.get().counterpart();
                    draft.role = new RoleAssignment(Optional.of(role), RoleBasis.COUNTERPART, List.of(),
                            "nothing in the run shows its role; the other log's runs are "
                            + other.get().label() + " runs, so this is the " + role.label());
                }
            }
        }
    }

    private static Optional<Role> singleKnownRole(List<Draft> log) {
        List<Role> roles = log.stream().filter(d -> d.role.basis() == RoleBasis.EVENTS)
                .map(d -> d.role.role().get()).distinct().toList();
        return roles.size() == 1 ? Optional.of(roles.get(0)) : Optional.empty();
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

    private static final class Draft {
        final RunId id;
        final List<String> inputs;
        final List<TraceEvent> events;
        final List<TraceEvent> stderr;
        RoleAssignment role;

        Draft(RunId id, List<String> inputs, List<TraceEvent> events, List<TraceEvent> stderr, RoleAssignment role) {
            this.id = id;
            this.inputs = inputs;
            this.events = events;
            this.stderr = stderr;
            this.role = role;
        }
    }
}
