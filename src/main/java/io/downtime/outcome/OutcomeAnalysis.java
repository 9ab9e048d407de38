package io.downtime.outcome;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Computes a migration's {@link MigrationOutcome} from its two runs, following what QEMU 10.0 does:
 * <ul>
 *   <li>the source's migration thread stops the guest at {@code src-downtime-start}; when the migration then
 *       fails or is cancelled it leaves its loop and resumes the guest ({@code migration_iteration_finish}),
 *       and only after that does the main thread enter {@code cancelled};</li>
 *   <li>the error that ended a failed migration is found as {@link FailureCauses} says;</li>
 *   <li>a user's cancel and the strict-SLA abort are told apart by {@link SourceCancel}.</li>
 * </ul>
 */
public final class OutcomeAnalysis {
    private OutcomeAnalysis() {
    }

    public static MigrationOutcome of(AlignedMigration migration) {
        MigrationPair pair = migration.pair();
        Optional<Run> source = pair.source();
        Optional<Run> destination = pair.destination();
        Optional<RunStatus> srcStatus = source.map(Run::status);
        Optional<RunStatus> dstStatus = destination.map(Run::status);
        Optional<SourceCancel> cancel = source.flatMap(SourceCancel::of)
                .filter(c -> srcStatus.get() == RunStatus.CANCELLED || srcStatus.get() == RunStatus.INCOMPLETE);
        Optional<Cause> destinationAbort = destination.flatMap(FailureCauses::destinationAbort);

        MigrationResult result;
        Optional<Cause> cause;
        if (cancel.isPresent()) {
            result = cancel.get().origin().strictAbort() ? MigrationResult.ABORTED_BY_STRICT_MODE : MigrationResult.CANCELLED;
            cause = Optional.of(new Cause.Cancel(cancel.get()));
        } else if (is(srcStatus, RunStatus.FAILED)) {
            result = destinationAbort.isPresent() ? MigrationResult.ABORTED_BY_STRICT_MODE : MigrationResult.FAILED;
            cause = destinationAbort.or(() -> Optional.of(FailureCauses.failure(migration)));
        } else if (is(srcStatus, RunStatus.COMPLETED) && is(dstStatus, RunStatus.INCOMPLETE)
                && destination.get().guestStarted().isEmpty()) {
            // Without return-path the source completes once it has sent everything: a destination killed while
            // loading leaves that, and so does a destination log cut short. Which one, the trace cannot tell.
            result = MigrationResult.UNKNOWN;
            cause = Optional.of(new Cause.DestinationNeverStarted(source.get().lastState().orElseThrow()));
        } else if (is(srcStatus, RunStatus.COMPLETED)) {
            result = is(dstStatus, RunStatus.FAILED) ? MigrationResult.FAILED : MigrationResult.COMPLETED;
            cause = result == MigrationResult.FAILED ? Optional.of(FailureCauses.destinationFailure(destination.get())) : Optional.empty();
        } else if (is(dstStatus, RunStatus.COMPLETED)) {
            result = MigrationResult.COMPLETED;
            cause = Optional.empty();
        } else if (is(dstStatus, RunStatus.FAILED)) {
            result = destinationAbort.isPresent() ? MigrationResult.ABORTED_BY_STRICT_MODE : MigrationResult.FAILED;
            cause = destinationAbort.or(() -> Optional.of(FailureCauses.destinationFailure(destination.get())));
        } else {
            result = MigrationResult.UNKNOWN;
            cause = Optional.empty();
        }

        EndedIn phase = EndingTimes.phase(source, destination);
        GuestStopped guest = guest(result, phase, source, destination, cancel);
        Optional<Interval> stopped = guest == GuestStopped.RESUMED_ON_SOURCE ? EndingTimes.stoppedOnSource(source.get()) : Optional.empty();
        List<UnfinishedRun> unfinished = new ArrayList<>();
        if (result != MigrationResult.COMPLETED) {
            for (Role role : Role.values()) {
                pair.run(role).filter(run -> run.status() == RunStatus.INCOMPLETE && cancel.filter(c -> role == Role.SOURCE).isEmpty())
                        .ifPresent(run -> lastTraceLine(run).ifPresent(line -> unfinished.add(new UnfinishedRun(role, line))));
            }
        }
        OptionalLong into = result == MigrationResult.COMPLETED ? OptionalLong.empty()
                : source.map(run -> EndingTimes.intoPhase(run, phase, cancel)).orElse(OptionalLong.empty());
        return new MigrationOutcome(result, result == MigrationResult.COMPLETED ? Optional.empty() : Optional.of(phase),
                guest, cause, unfinished, into, stopped, evidence(pair, cause, unfinished));
    }

    private static GuestStopped guest(MigrationResult result, EndedIn phase, Optional<Run> source,
                                      Optional<Run> destination, Optional<SourceCancel> cancel) {
        if (result == MigrationResult.COMPLETED) {
            return GuestStopped.MOVED_TO_DESTINATION;
        }
        if (result == MigrationResult.UNKNOWN) {
            return GuestStopped.UNKNOWN;
        }
        switch (phase) {
            case SETUP:
            case PRECOPY:
                return source.isPresent() ? GuestStopped.NEVER : GuestStopped.UNKNOWN;
            case SWITCHOVER:
                boolean ended = source.map(run -> run.status() == RunStatus.FAILED || run.status() == RunStatus.CANCELLED)
                        .orElse(false) || cancel.isPresent();
                return ended ? GuestStopped.RESUMED_ON_SOURCE : GuestStopped.UNKNOWN;
            default:
                return destination.flatMap(Run::guestStarted).isPresent() ? GuestStopped.LOST : GuestStopped.UNKNOWN;
        }
    }

    /**
     * The guest's stop and start, both runs' ending states, the cause's lines, the last lines of unfinished runs;
     * grouped by input in the order first met, each input's lines in file order.
     */
    private static List<LineRef> evidence(MigrationPair pair, Optional<Cause> cause, List<UnfinishedRun> unfinished) {
        List<LineRef> lines = new ArrayList<>();
        for (Role role : Role.values()) {
            pair.run(role).ifPresent(run -> {
                if (role == Role.SOURCE) {
                    run.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).ifPresent(c -> lines.add(c.header().where()));
                }
                run.guestStarted().ifPresent(c -> lines.add(c.header().where()));
                if (run.status() != RunStatus.INCOMPLETE) {
                    run.lastState().ifPresent(state -> lines.add(state.header().where()));
                }
            });
        }
        cause.ifPresent(c -> lines.addAll(c.lines()));
        unfinished.forEach(u -> lines.add(u.lastEvent()));
        List<String> files = new ArrayList<>();
        lines.forEach(line -> {
            if (!files.contains(line.file())) {
                files.add(line.file());
            }
        });
        return lines.stream().distinct()
                .sorted(Comparator.comparingInt((LineRef line) -> files.indexOf(line.file())).thenComparingLong(LineRef::line))
                .toList();
    }

    private static Optional<LineRef> lastTraceLine(Run run) {
        List<TraceEvent> events = run.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            TraceEvent event = events.get(i);
            if (event instanceof StateChange || event instanceof Checkpoint || event instanceof DeviceDowntime) {
                return Optional.of(event.header().where());
            }
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).header().where());
    }

    private static boolean is(Optional<RunStatus> status, RunStatus expected) {
        return status.filter(s -> s == expected).isPresent();
    }
}
