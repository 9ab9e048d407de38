package io.downtime.outcome;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.AbortLimitReached;
import io.downtime.model.Checkpoint;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.KnownMessage;
import io.downtime.run.MigrationPair;
import io.downtime.run.MigrationStates;
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
 *   <li>the source prints its migration error last (at cleanup); the destination prints its most specific
 *       error first, then {@code load of migration failed};</li>
 *   <li>a source that hears of the destination's failure over the return path says
 *       {@code Sibling indicated error}: the destination failed first;</li>
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
        Optional<Cause> destinationAbort = destination.flatMap(OutcomeAnalysis::destinationAbort);

        MigrationResult result;
        Optional<Cause> cause;
        if (cancel.isPresent()) {
            result = cancel.get().origin().strictAbort() ? MigrationResult.ABORTED_BY_STRICT_MODE : MigrationResult.CANCELLED;
            cause = Optional.of(new Cause.Cancel(cancel.get()));
        } else if (is(srcStatus, RunStatus.FAILED)) {
            result = destinationAbort.isPresent() ? MigrationResult.ABORTED_BY_STRICT_MODE : MigrationResult.FAILED;
            cause = destinationAbort.or(() -> Optional.of(failure(migration)));
        } else if (is(srcStatus, RunStatus.COMPLETED) && is(dstStatus, RunStatus.INCOMPLETE)
                && destination.get().guestStarted().isEmpty()) {
            // Without return-path the source completes once it has sent everything: a destination killed while
            // loading leaves that, and so does a destination log cut short. Which one, the trace cannot tell.
            result = MigrationResult.UNKNOWN;
            cause = Optional.of(new Cause.DestinationNeverStarted(source.get().lastState().orElseThrow()));
        } else if (is(srcStatus, RunStatus.COMPLETED)) {
            result = is(dstStatus, RunStatus.FAILED) ? MigrationResult.FAILED : MigrationResult.COMPLETED;
            cause = result == MigrationResult.FAILED ? Optional.of(destinationFailure(destination.get())) : Optional.empty();
        } else if (is(dstStatus, RunStatus.COMPLETED)) {
            result = MigrationResult.COMPLETED;
            cause = Optional.empty();
        } else if (is(dstStatus, RunStatus.FAILED)) {
            result = destinationAbort.isPresent() ? MigrationResult.ABORTED_BY_STRICT_MODE : MigrationResult.FAILED;
            cause = destinationAbort.or(() -> Optional.of(destinationFailure(destination.get())));
        } else {
            result = MigrationResult.UNKNOWN;
            cause = Optional.empty();
        }

        EndedIn phase = phase(source, destination);
        GuestStopped guest = guest(result, phase, source, destination, cancel);
        Optional<Interval> stopped = guest == GuestStopped.RESUMED_ON_SOURCE ? stoppedOnSource(source.get()) : Optional.empty();
        List<UnfinishedRun> unfinished = new ArrayList<>();
        if (result != MigrationResult.COMPLETED) {
            for (Role role : Role.values()) {
                pair.run(role).filter(run -> run.status() == RunStatus.INCOMPLETE && cancel.filter(c -> role == Role.SOURCE).isEmpty())
                        .ifPresent(run -> lastTraceLine(run).ifPresent(line -> unfinished.add(new UnfinishedRun(role, line))));
            }
        }
        OptionalLong into = result == MigrationResult.COMPLETED ? OptionalLong.empty()
                : source.map(run -> intoPhase(run, phase, cancel)).orElse(OptionalLong.empty());
        return new MigrationOutcome(result, result == MigrationResult.COMPLETED ? Optional.empty() : Optional.of(phase),
                guest, cause, unfinished, into, stopped, evidence(pair, cause, unfinished));
    }

    /** The destination's strict-SLA abort: its message when among the inputs, else its trace event. */
    private static Optional<Cause> destinationAbort(Run destination) {
        // Its message is in the stderr lines or the log: looked for in both, without sorting all messages.
        for (List<TraceEvent> lines : List.of(destination.stderr(), destination.events())) {
            for (TraceEvent event : lines) {
                if (event instanceof AbortLimitReached) {
                    return Optional.of(new Cause.QemuError(Role.DESTINATION, event));
                }
            }
        }
        TraceEvent lastLoad = null;
        for (TraceEvent event : destination.events()) {
            if (event instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD) {
                lastLoad = event;
            }
            if (event instanceof DestinationAbort abort) {
                return Optional.of(new Cause.DestinationAbortEvent(abort, Optional.ofNullable(lastLoad)));
            }
        }
        return Optional.empty();
    }

    /**
     * A failed source: the destination's error when the destination failed first (the source heard of it
     * over the return path, or the clocks place the destination's failure before the source's), else the
     * source's own.
     */
    private static Cause failure(AlignedMigration migration) {
        Run source = migration.pair().source().orElseThrow();
        Optional<TraceEvent> sourceError = lastError(source);
        Optional<Run> destination = migration.pair().destination().filter(run -> run.status() == RunStatus.FAILED);
        if (destination.isPresent() && destinationFailedFirst(migration, source, destination.get(), sourceError)) {
            return destinationFailure(destination.get());
        }
        if (sourceError.isPresent()) {
            return new Cause.QemuError(Role.SOURCE, sourceError.get());
        }
        return new Cause.FailedState(Role.SOURCE, source.lastState().orElseThrow());
    }

    private static boolean destinationFailedFirst(AlignedMigration migration, Run source, Run destination,
                                                  Optional<TraceEvent> sourceError) {
        Optional<KnownMessage> known = sourceError.flatMap(KnownMessage::of);
        if (known.filter(k -> k == KnownMessage.SIBLING_ERROR).isPresent()) {
            return true;
        }
        StateChange sourceFailed = source.lastState().orElseThrow();
        StateChange destinationFailed = destination.lastState().orElseThrow();
        if (sourceFailed.header().hasTime() && destinationFailed.header().hasTime()) {
            Estimate placed = migration.onSourceClock(Role.DESTINATION, destinationFailed.header().micros());
            long at = sourceFailed.header().micros();
            if (placed.bounds().high().isPresent() && placed.bounds().high().getAsLong() < at) {
                return true;
            }
            if (placed.bounds().low().isPresent() && placed.bounds().low().getAsLong() > at) {
                return false;
            }
        }
        // Undecided by the clocks: a source that could not write had lost its destination.
        return known.filter(k -> k == KnownMessage.SOCKET_WRITE).isPresent();
    }

    private static Cause destinationFailure(Run destination) {
        Optional<TraceEvent> first = destination.messages().stream().filter(m -> !KnownMessage.warning(m)).findFirst();
        if (first.isPresent()) {
            return new Cause.QemuError(Role.DESTINATION, first.get());
        }
        return new Cause.FailedState(Role.DESTINATION, destination.lastState().orElseThrow());
    }

    /** The source's migration error: QEMU prints it last, at cleanup. */
    private static Optional<TraceEvent> lastError(Run source) {
        List<TraceEvent> errors = source.messages().stream().filter(m -> !KnownMessage.warning(m)).toList();
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(errors.size() - 1));
    }

    /** The phase the migration had reached when it ended: the source's view, else the destination's. */
    private static EndedIn phase(Optional<Run> source, Optional<Run> destination) {
        if (source.isPresent()) {
            Run run = source.get();
            if (run.states().stream().anyMatch(s -> MigrationStates.isPostcopy(s.state()))) {
                return EndedIn.POSTCOPY;
            }
            if (run.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).isPresent()) {
                return EndedIn.SWITCHOVER;
            }
            return run.state(MigrationStates.ACTIVE).isPresent() ? EndedIn.PRECOPY : EndedIn.SETUP;
        }
        Run run = destination.orElseThrow();
        if (run.states().stream().anyMatch(s -> MigrationStates.isPostcopy(s.state()))) {
            return EndedIn.POSTCOPY;
        }
        // The destination traces its loads only at the switchover (END and FULL sections).
        if (!run.devices().isEmpty()) {
            return EndedIn.SWITCHOVER;
        }
        return run.state(MigrationStates.ACTIVE).isPresent() ? EndedIn.PRECOPY : EndedIn.SETUP;
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
     * How long a source that failed or was cancelled kept the guest stopped, from {@code src-downtime-start}
     * to the resume (empty when it never stopped it or the lines carry no time): QEMU resumes the guest after the migration thread
     * leaves its loop, which it does once {@code failed} or {@code cancelling} is set, and enters
     * {@code cancelled} (main thread, cleanup) only after resuming it.
     */
    public static Optional<Interval> stoppedOnSource(Run source) {
        Optional<SourceCancel> cancel = SourceCancel.of(source);
        if (source.status() != RunStatus.FAILED && cancel.isEmpty()) {
            return Optional.empty();
        }
        Optional<Checkpoint> start = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START)
                .filter(checkpoint -> checkpoint.header().hasTime());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        long from = start.get().header().micros();
        Optional<StateChange> end = cancel.map(SourceCancel::cancelling)
                .or(() -> source.state(MigrationStates.FAILED));
        if (end.isEmpty() || !end.get().header().hasTime() || end.get().header().micros() < from) {
            return Optional.empty();
        }
        long low = end.get().header().micros() - from;
        Optional<StateChange> resumedBefore = cancel.flatMap(SourceCancel::cancelled)
                .filter(state -> state.header().hasTime() && state.header().micros() >= end.get().header().micros());
        return Optional.of(resumedBefore.isPresent()
                ? Interval.between(low, resumedBefore.get().header().micros() - from) : Interval.atLeast(low));
    }

    /** From the beginning of the phase it ended in to the source's cancelling or failed, on the source's clock. */
    private static OptionalLong intoPhase(Run source, EndedIn phase, Optional<SourceCancel> cancel) {
        Optional<StateChange> end = cancel.map(SourceCancel::cancelling).or(() -> source.state(MigrationStates.FAILED));
        Optional<? extends TraceEvent> begin = switch (phase) {
            case SETUP -> source.state(MigrationStates.SETUP);
            case PRECOPY -> source.state(MigrationStates.ACTIVE);
            case SWITCHOVER -> source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START);
            case POSTCOPY -> source.state(MigrationStates.POSTCOPY_ACTIVE);
        };
        if (end.isEmpty() || begin.isEmpty() || !end.get().header().hasTime() || !begin.get().header().hasTime()) {
            return OptionalLong.empty();
        }
        long micros = end.get().header().micros() - begin.get().header().micros();
        return micros < 0 ? OptionalLong.empty() : OptionalLong.of(micros);
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
