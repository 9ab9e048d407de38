package io.downtime.crosscheck;

import io.downtime.blackout.Blackout;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The trace's four figures a report is set against ({@link TraceFigure}): the blackout and QEMU's
 * figure from the analysis, QEMU's setup and total time from the source's own state changes.
 */
final class TraceFigures {
    private final Blackout blackout;
    private final Optional<Run> source;
    private final Optional<QemuIntervals.Span> setup;
    private final Optional<QemuIntervals.Span> total;

    TraceFigures(MigrationAnalysis analysis) {
        this.blackout = analysis.blackout();
        this.source = analysis.migration().pair().source();
        this.setup = QemuIntervals.setup(source);
        this.total = QemuIntervals.total(source);
    }

    /** Each figure, with why it is unknown when it is. */
    List<TraceValue> values() {
        return List.of(
                new TraceValue(TraceFigure.BLACKOUT, blackout.guestStopped(),
                        blackout.unavailable().map(TraceGap.NoBlackout::new)),
                new TraceValue(TraceFigure.QEMU_DOWNTIME, exact(blackout.qemuDowntime()),
                        blackout.qemuDowntimeUnavailable().map(TraceGap.NoQemuDowntime::new)),
                new TraceValue(TraceFigure.QEMU_SETUP, setup.map(span -> Estimate.exactly(span.micros())),
                        setup.isPresent() ? Optional.empty() : Optional.of(QemuIntervals.unavailable(source, MigrationStates.ACTIVE))),
                new TraceValue(TraceFigure.QEMU_TOTAL, total.map(span -> Estimate.exactly(span.micros())),
                        total.isPresent() ? Optional.empty() : Optional.of(QemuIntervals.unavailable(source, MigrationStates.COMPLETED))));
    }

    Optional<Estimate> value(TraceFigure figure) {
        return switch (figure) {
            case BLACKOUT -> blackout.guestStopped();
            case QEMU_DOWNTIME -> exact(blackout.qemuDowntime());
            case QEMU_SETUP -> setup.map(span -> Estimate.exactly(span.micros()));
            case QEMU_TOTAL -> total.map(span -> Estimate.exactly(span.micros()));
        };
    }

    /** The lines of the source's setup -> active, present whenever {@link TraceFigure#QEMU_SETUP} is known. */
    Optional<LineSpan> setupLines() {
        return setup.map(QemuIntervals.Span::lines);
    }

    /** The lines of the source's setup -> completed, present whenever {@link TraceFigure#QEMU_TOTAL} is known. */
    Optional<LineSpan> totalLines() {
        return total.map(QemuIntervals.Span::lines);
    }

    private static Optional<Estimate> exact(OptionalLong micros) {
        return micros.isPresent() ? Optional.of(Estimate.exactly(micros.getAsLong())) : Optional.empty();
    }
}
