package io.downtime.outcome;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.model.AbortLimitReached;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.KnownMessage;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.List;
import java.util.Optional;

/**
 * Which error ended a failed migration, following the order QEMU 10.0 prints them in: the source prints its
 * migration error last (at cleanup); the destination prints its most specific error first, then
 * {@code load of migration failed}; a source that says {@code Sibling indicated error} heard of the
 * destination's failure over the return path.
 */
final class FailureCauses {
    private FailureCauses() {
    }

    /** The destination's strict-SLA abort: its message when among the inputs, else its trace event. */
    static Optional<Cause> destinationAbort(Run destination) {
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
    static Cause failure(AlignedMigration migration) {
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

    static Cause destinationFailure(Run destination) {
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
}
