package io.downtime.blackout;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.outcome.EndingTimes;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.Optional;
import java.util.OptionalLong;

/** Computes the {@link Blackout} of an aligned migration. */
public final class BlackoutAnalysis {
    /** Beyond this, the true blackout and QEMU's figure are said to disagree, and why. */
    public static final long DISAGREEMENT_MICROS = 2_000;

    private BlackoutAnalysis() {
    }

    public static Blackout of(AlignedMigration migration) {
        Optional<Run> source = migration.pair().source();
        Optional<Checkpoint> start = source.flatMap(run -> run.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START))
                .filter(checkpoint -> checkpoint.header().hasTime());
        OptionalLong qemu = start.isEmpty() ? OptionalLong.empty()
                : source.get().checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END).filter(end -> end.header().hasTime())
                .map(end -> OptionalLong.of(end.header().micros() - start.get().header().micros()))
                .orElse(OptionalLong.empty());
        OptionalLong stoppedOnSource = stoppedUntilFailure(source, start);
        Optional<QemuDowntimeUnavailable> qemuUnavailable = qemu.isPresent() ? Optional.empty()
                : Optional.of(qemuUnavailable(source));
        if (qemu.isPresent() && qemu.getAsLong() < 0) {
            // Not a duration: the clock stepped back between the two lines (warned of with the step's line).
            qemuUnavailable = Optional.of(new QemuDowntimeUnavailable.ClockWentBack(-qemu.getAsLong()));
            qemu = OptionalLong.empty();
        }
        Optional<BlackoutUnavailable> unavailable = unavailable(migration, start);
        if (unavailable.isPresent()) {
            return new Blackout(Optional.empty(), qemu, qemuUnavailable, Optional.empty(), unavailable, stoppedOnSource);
        }
        Checkpoint started = migration.pair().destination().orElseThrow().guestStarted().orElseThrow();
        // The guest starts on the destination after it stopped on the source, whatever the offset allows.
        Estimate stopped = migration.between(Role.SOURCE, start.get().header().micros(),
                Role.DESTINATION, started.header().micros()).caused();
        return new Blackout(Optional.of(stopped), qemu, qemuUnavailable, explain(migration, stopped, qemu),
                Optional.empty(), stoppedOnSource);
    }

    private static QemuDowntimeUnavailable qemuUnavailable(Optional<Run> source) {
        if (source.isEmpty()) {
            return new QemuDowntimeUnavailable.NoSource();
        }
        if (!source.get().timed()) {
            return new QemuDowntimeUnavailable.Untimed();
        }
        if (source.get().checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).isEmpty()) {
            return new QemuDowntimeUnavailable.NoStart();
        }
        return new QemuDowntimeUnavailable.NoEnd(source.get().status());
    }

    private static Optional<BlackoutUnavailable> unavailable(AlignedMigration migration, Optional<Checkpoint> start) {
        Optional<Run> source = migration.pair().source();
        Optional<Run> destination = migration.pair().destination();
        if (!migration.pair().timed()) {
            return Optional.of(new BlackoutUnavailable.Untimed());
        }
        if (source.isEmpty()) {
            return Optional.of(new BlackoutUnavailable.NoSource());
        }
        if (start.isEmpty()) {
            return Optional.of(new BlackoutUnavailable.NeverStopped());
        }
        if (destination.isEmpty()) {
            return Optional.of(new BlackoutUnavailable.NoDestination());
        }
        if (destination.get().guestStarted().isEmpty()) {
            return Optional.of(new BlackoutUnavailable.NeverStarted(destination.get().status(), source.get().status()));
        }
        ClockAlignment clock = migration.clock();
        if (!clock.placesEvents()) {
            return Optional.of(new BlackoutUnavailable.Unaligned(clock.offset(), clock.quality()));
        }
        return Optional.empty();
    }

    private static Optional<BlackoutDisagreement> explain(AlignedMigration migration, Estimate stopped, OptionalLong qemu) {
        if (qemu.isEmpty()) {
            return Optional.empty();
        }
        long figure = qemu.getAsLong();
        OptionalLong low = stopped.bounds().low();
        OptionalLong high = stopped.bounds().high();
        if (low.isPresent() && low.getAsLong() > figure + DISAGREEMENT_MICROS) {
            BlackoutDisagreement.QemuStops when = migration.pair().mode() == MigrationMode.POSTCOPY
                    ? BlackoutDisagreement.QemuStops.AT_POSTCOPY_SWITCH
                    : migration.clock().returnPath().used() ? BlackoutDisagreement.QemuStops.AT_DOWNTIME_END
                    : BlackoutDisagreement.QemuStops.WHEN_ALL_SENT;
            return Optional.of(new BlackoutDisagreement.StoppedLonger(stopped, low.getAsLong() - figure, when));
        }
        if (high.isPresent() && high.getAsLong() < figure - DISAGREEMENT_MICROS) {
            return Optional.of(new BlackoutDisagreement.QemuCountsLonger(stopped, figure - high.getAsLong()));
        }
        return Optional.empty();
    }

    /** The least time {@link EndingTimes#stoppedOnSource} gives: the outcome's figure, computed once. */
    private static OptionalLong stoppedUntilFailure(Optional<Run> source, Optional<Checkpoint> start) {
        if (source.isEmpty() || start.isEmpty()) {
            return OptionalLong.empty();
        }
        return EndingTimes.stoppedOnSource(source.get()).map(Interval::low).orElse(OptionalLong.empty());
    }
}
