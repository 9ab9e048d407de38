package io.downtime.crosscheck;

import io.downtime.model.StateChange;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.Optional;

/**
 * The source's own state changes that bound QEMU's {@code setup-time} and {@code total-time}: both
 * are read on one host's clock, so they are exact.
 */
final class QemuIntervals {

    /** Two state changes of the source, in order. */
    record Span(StateChange from, StateChange to) {
        long micros() {
            return to.header().micros() - from.header().micros();
        }

        LineSpan lines() {
            return new LineSpan(from.header().where(), to.header().where());
        }
    }

    private QemuIntervals() {
    }

    /** {@code setup -> active} on the source, which contains QEMU's setup-time. */
    static Optional<Span> setup(Optional<Run> source) {
        return span(source, MigrationStates.ACTIVE);
    }

    /** {@code setup -> completed} on the source, what QEMU's total-time counts. */
    static Optional<Span> total(Optional<Run> source) {
        if (source.isEmpty() || source.get().status() != RunStatus.COMPLETED) {
            return Optional.empty();
        }
        return span(source, MigrationStates.COMPLETED);
    }

    static TraceGap unavailable(Optional<Run> source, String state) {
        if (source.isEmpty()) {
            return new TraceGap.NoSourceRun();
        }
        if (!source.get().timed()) {
            return new TraceGap.NoTimestamps();
        }
        if (state.equals(MigrationStates.COMPLETED) && source.get().status() != RunStatus.COMPLETED) {
            return new TraceGap.SourceDidNotComplete(source.get().status());
        }
        return new TraceGap.StatesMissing(MigrationStates.SETUP, state);
    }

    private static Optional<Span> span(Optional<Run> source, String state) {
        Optional<StateChange> setup = source.flatMap(run -> run.state(MigrationStates.SETUP));
        Optional<StateChange> end = source.flatMap(run -> run.state(state));
        if (setup.isEmpty() || end.isEmpty() || !setup.get().header().hasTime() || !end.get().header().hasTime()) {
            return Optional.empty();
        }
        return Optional.of(new Span(setup.get(), end.get()));
    }
}
