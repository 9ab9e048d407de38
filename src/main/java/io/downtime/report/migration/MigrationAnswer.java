package io.downtime.report.migration;

import io.downtime.blackout.Blackout;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Interval;
import io.downtime.outcome.GuestStopped;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.ClockWords;
import io.downtime.run.Durations;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer {@code analyzer report} opens each migration with (docs/report.md, The answer first): at most four
 * lines under the migration's title, so that with the title and its underline the answer fits in six lines before
 * any table. {@code outcome}: how it ended and how long the guest was stopped, with QEMU's figure; {@code clock}:
 * how well the two hosts' clocks are aligned, which says how exact that time is; {@code went to}: the biggest part
 * of the blackout first; {@code prediction}: QEMU's prediction and the limit.
 */
final class MigrationAnswer {
    /** The most lines a migration's answer takes, its title and underline included. */
    static final int MAX_LINES = 6;

    private MigrationAnswer() {
    }

    static List<ReportFacts.Fact> facts(MigrationAnalysis analysis) {
        List<ReportFacts.Fact> facts = new ArrayList<>();
        facts.add(new ReportFacts.Fact("outcome", OutcomeWords.line(analysis.outcome(), analysis.blackout(),
                qemuFigure(analysis))));
        facts.add(new ReportFacts.Fact("clock", clock(analysis.migration().clock())));
        PartWords.partsAnswer(analysis).ifPresent(words -> facts.add(new ReportFacts.Fact("went to", words)));
        PredictionWords.predictionAnswer(analysis).ifPresent(words -> facts.add(new ReportFacts.Fact("prediction", words)));
        return facts;
    }

    /** {@code ; QEMU's figure: 4.111 ms} after the guest's stop; nothing when the guest was never stopped. */
    private static String qemuFigure(MigrationAnalysis analysis) {
        if (analysis.outcome().guestStopped() == GuestStopped.NEVER) {
            return "";
        }
        Blackout blackout = analysis.blackout();
        return blackout.qemuDowntime().isPresent()
                ? "; QEMU's figure: " + ReportFacts.qemuFigure(blackout.qemuDowntime().getAsLong())
                : "; QEMU's figure unknown: " + blackout.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime).orElse("");
    }

    /**
     * The clock alignment's quality and what it does to the figures that span both hosts: {@code two-sided, to
     * ±1.315 ms (dst - src between -1.759 ms and +0.871 ms)}, {@code one-sided (dst - src < +1.907 ms): times from
     * the source to the destination are lower bounds (≥)}, {@code none: ...}.
     */
    static String clock(ClockAlignment clock) {
        Interval offset = clock.offset();
        switch (clock.quality()) {
            case TWO_SIDED:
                return "two-sided, to ±" + Durations.ms((offset.width().getAsLong() + 1) / 2) + " ms (dst - src between "
                        + Durations.signed(offset.low().getAsLong()) + " and " + Durations.signed(offset.high().getAsLong())
                        + ")";
            case ONE_SIDED:
                return offset.boundedAbove()
                        ? "one-sided (dst - src < " + Durations.signed(offset.high().getAsLong())
                          + "): times from the source to the destination are lower bounds (≥)"
                        : "one-sided (dst - src > " + Durations.signed(offset.low().getAsLong())
                          + "): times from the source to the destination are upper bounds (≤)";
            case GIVEN:
                return "given with --clock-offset (dst - src = " + Durations.signed(offset.low().getAsLong()) + ")";
            case INCONSISTENT:
                return "inconsistent: the evidence contradicts itself (Clock alignment, below, says how), so no time spans"
                        + " both hosts";
            default:
                return "none: nothing links the two hosts' clocks, so no time spans both hosts"
                        + (clock.notes().isEmpty() ? "" : " (" + ClockWords.note(clock.notes().get(0)) + ")");
        }
    }
}
