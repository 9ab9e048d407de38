package io.downtime.outcome;

import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.Optional;
import java.util.OptionalLong;

/** Where in the migration it ended, how far into that phase, and how long the source kept the guest stopped. */
public final class EndingTimes {
    private EndingTimes() {
    }

    /** The phase the migration had reached when it ended: the source's view, else the destination's. */
    static EndedIn phase(Optional<Run> source, Optional<Run> destination) {
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
    static OptionalLong intoPhase(Run source, EndedIn phase, Optional<SourceCancel> cancel) {
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
}
