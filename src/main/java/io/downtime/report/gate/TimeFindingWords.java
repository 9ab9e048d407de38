package io.downtime.report.gate;

import io.downtime.clock.Estimate;
import io.downtime.gate.BoundChoice;
import io.downtime.gate.Finding;
import io.downtime.report.words.BlackoutWords;
import io.downtime.run.Durations;

/**
 * The words of the time rules' findings (blackout, phase, prediction error: docs/gate.md): which figure,
 * the value measured with how it was picked, why it is unknown. Apart from {@link GateWords}, which
 * words every rule's demand, measured value, limit and message and calls these for the time rules.
 */
final class TimeFindingWords {
    private TimeFindingWords() {
    }

    /** {@code lower bound}: a bound choice as a demand names it. */
    static String bound(BoundChoice value) {
        return value.label().replace('-', ' ');
    }

    /** {@code blackout}, {@code phase src-downtime-start -> src-vm-stopped}, {@code prediction error}. */
    static String figure(Finding.TimeFigure figure) {
        if (figure instanceof Finding.Phase phase) {
            return "phase " + phase.from() + " -> " + phase.to();
        }
        return figure instanceof Finding.Blackout ? "blackout" : "prediction error";
    }

    /**
     * {@code at least 405.351 ms}; a prediction error as longer or shorter than expected
     * ({@code about 2.5 ms shorter than QEMU expected}): never a negative duration.
     */
    static String measured(Finding.Time time) {
        String qualifier = time.time().exact() ? "" : switch (time.value()) {
            case LOWER_BOUND -> "at least ";
            case UPPER_BOUND -> "at most ";
            case ESTIMATE -> "about ";
        };
        if (time.figure() instanceof Finding.PredictionError) {
            return qualifier + Durations.of(Math.abs(time.micros())) + (time.micros() >= 0 ? " longer" : " shorter")
                    + " than QEMU expected";
        }
        return qualifier + Durations.of(time.micros());
    }

    static String why(Finding.TimeUnknown unknown) {
        Finding.WhyUnknown why = unknown.why();
        if (why instanceof Finding.NoBlackout none) {
            return none.why().map(BlackoutWords::unavailable).orElse("unknown");
        }
        if (why instanceof Finding.NoPredictionError none) {
            return none.why().map(BlackoutWords::predictionError).orElse("unknown");
        }
        if (why instanceof Finding.NoPhase none) {
            return "the migration has no " + figure(unknown.figure()) + (none.completed() ? "" : " (" + none.statuses() + ")");
        }
        Finding.NoBound none = (Finding.NoBound) why;
        String bounds = unknown.figure() instanceof Finding.PredictionError
                ? "the blackout's clock alignment bounds it from one side only" : bounds(none.time());
        return "it has no " + bound(none.value()) + " (" + bounds + ")";
    }

    private static String bounds(Estimate estimate) {
        if (estimate.bounds().boundedBelow()) {
            return "at least " + Durations.of(estimate.bounds().low().getAsLong());
        }
        if (estimate.bounds().boundedAbove()) {
            return "at most " + Durations.of(estimate.bounds().high().getAsLong());
        }
        return "unbounded";
    }
}
