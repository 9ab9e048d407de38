package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.report.Figures;
import io.downtime.report.words.DecisionWords;
import io.downtime.why.Decision;
import io.downtime.why.DecisionKind;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.Known;
import io.downtime.why.LimitCheck;
import io.downtime.why.LimitSource;
import io.downtime.why.Why;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * QEMU's prediction and the downtime-limit in words (docs/why.md), once for the text report and the HTML
 * page: what QEMU expected against what happened, and the blackout against the limit.
 */
public final class PredictionWords {
    private PredictionWords() {
    }

    /**
     * The verdict on QEMU's prediction, one line: {@code QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s);
     * the guest was stopped at least 238.767 ms, at least 192.484 ms more than expected}. Empty when there is
     * nothing to say (QEMU never switched over).
     */
    public static Optional<String> prediction(MigrationAnalysis analysis) {
        Why why = analysis.why();
        Decision decision = why.decision();
        if (decision.kind() == DecisionKind.NO_SWITCHOVER) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(expected(decision));
        Optional<Estimate> blackout = analysis.blackout().guestStopped();
        if (blackout.isPresent()) {
            line.append("; the guest was stopped ").append(WhyFigures.duration(blackout.get()));
            why.prediction().error().ifPresent(error -> line.append(", ").append(difference(error)));
        }
        return Optional.of(line.toString());
    }

    /**
     * The verdict on QEMU's prediction as the report's answer says it, without the guest-stopped time its outcome
     * line already gives, and with the limit: {@code QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s); the
     * guest was stopped at least 192.484 ms more than expected; limit 100 ms (from QEMU's threshold): exceeded by
     * at least 138.767 ms; waiting for the destination pushed it over}. Empty when QEMU never switched over.
     */
    static Optional<String> predictionAnswer(MigrationAnalysis analysis) {
        Decision decision = analysis.why().decision();
        if (decision.kind() == DecisionKind.NO_SWITCHOVER) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(expected(decision));
        analysis.why().prediction().error().ifPresent(error -> line.append("; the guest was stopped ")
                .append(difference(error)));
        limit(analysis).ifPresent(limit -> line.append("; limit ").append(limit));
        return Optional.of(line.toString());
    }

    /** What QEMU expected, or why it expected nothing, in a few words. */
    private static String expected(Decision decision) {
        StringBuilder line = new StringBuilder();
        Known expected = decision.expectedDowntimeMicros();
        if (expected.known()) {
            line.append("QEMU expected ").append(WhyFigures.ms(expected.get())).append(" (").append(WhyFigures.bytes(decision.pending().get()))
                    .append(" left at ").append(DecisionFacts.rate(decision)).append(")");
        } else if (decision.kind() == DecisionKind.POSTCOPY) {
            line.append("postcopy: QEMU switched over when asked to, on no prediction");
        } else if (decision.kind() == DecisionKind.NOTHING_PENDING && !decision.bandwidth().known()) {
            line.append("QEMU had no bandwidth estimate yet and switched over with nothing pending, predicting nothing");
        } else if (decision.kind() == DecisionKind.NOT_TRACED && !decision.pending().known()
                && !decision.bandwidth().known()) {
            line.append("not in the trace (trace QEMU's decision with -trace 'migrat*', docs/why.md)");
        } else {
            line.append("unknown: ").append(expected.missing().map(DecisionWords::unknown).orElse(""));
        }
        return line.toString();
    }

    /**
     * The limit, one line: {@code 100 ms (QEMU's threshold): exceeded by at least 138.767 ms; waiting for the
     * destination pushed it over}. Empty when neither a limit nor a decision is known.
     */
    public static Optional<String> limit(MigrationAnalysis analysis) {
        Decision decision = analysis.why().decision();
        if (decision.kind() == DecisionKind.NO_SWITCHOVER) {
            return Optional.empty();
        }
        if (decision.limit().isEmpty()) {
            if (!decision.bandwidth().known() && !decision.pending().known()) {
                return Optional.empty();
            }
            return Optional.of("unknown (the trace shows no threshold to derive it from): give it with --downtime-limit MS");
        }
        DowntimeLimit limit = decision.limit().get();
        StringBuilder line = new StringBuilder(WhyFigures.limitMs(limit.micros())).append(" (").append(source(limit)).append(")");
        decision.thresholdLimit().filter(derived -> limit.source() != LimitSource.THRESHOLD
                        && derived.micros() != limit.micros())
                .ifPresent(derived -> line.append(", though QEMU's threshold implies ").append(WhyFigures.limitMs(derived.micros())));
        Optional<LimitCheck> check = analysis.why().prediction().limit();
        if (check.isEmpty()) {
            return Optional.of(line.append(": the blackout is unknown").toString());
        }
        Estimate excess = check.get().excess();
        switch (check.get().verdict()) {
            case EXCEEDED:
                line.append(": exceeded by ").append(WhyFigures.duration(excess));
                check.get().pushedOverBy().ifPresent(kind -> line.append("; ").append(PartWords.part(kind)).append(" pushed it over"));
                break;
            case WITHIN:
                line.append(": not exceeded, ").append(WhyFigures.duration(negated(excess))).append(" to spare");
                break;
            default:
                line.append(": perhaps exceeded; the guest was stopped ")
                        .append(WhyFigures.duration(analysis.blackout().guestStopped().orElseThrow()))
                        .append(check.get().pushedOverBy().map(kind -> ", and by the estimate " + PartWords.part(kind)
                                + " pushed it over").orElse(""));
        }
        return Optional.of(line.toString());
    }

    /** {@code at least 192.484 ms more than expected}, {@code 163.161 ms less than expected}: never a negative duration. */
    private static String difference(Estimate error) {
        return switch (sign(error)) {
            case 1 -> WhyFigures.duration(error) + " more than expected";
            case -1 -> WhyFigures.duration(negated(error)) + " less than expected";
            default -> "about " + WhyFigures.ms(Math.abs(error.value().orElse(0))) + (error.value().orElse(0) >= 0 ? " more" : " less")
                    + " than expected";
        };
    }

    /**
     * The prediction error for a table cell, never a negative duration: {@code ≥192.484 ms over},
     * {@code 163.155 ±0.646 ms under}, {@code about 2.000 ms over} when its bounds straddle 0.
     */
    public static String overOrUnder(Estimate error) {
        return switch (sign(error)) {
            case 1 -> Figures.ms(error) + " ms over";
            case -1 -> Figures.ms(negated(error)) + " ms under";
            default -> "about " + WhyFigures.ms(Math.abs(error.value().orElse(0))) + (error.value().orElse(0) >= 0 ? " over" : " under");
        };
    }

    /** 1 when the error is surely at least 0 (the guest was stopped longer than QEMU expected), −1 when surely at most 0, else 0. */
    private static int sign(Estimate error) {
        Interval bounds = error.bounds();
        long value = error.value().orElse(0);
        if (bounds.low().isPresent() && bounds.low().getAsLong() >= 0
                || bounds.low().isEmpty() && value >= 0 && bounds.high().isEmpty()) {
            return 1;
        }
        if (bounds.high().isPresent() && bounds.high().getAsLong() <= 0) {
            return -1;
        }
        return 0;
    }

    private static Estimate negated(Estimate estimate) {
        Interval bounds = estimate.bounds();
        Interval negated = new Interval(bounds.high().isPresent() ? OptionalLong.of(-bounds.high().getAsLong())
                : OptionalLong.empty(), bounds.low().isPresent() ? OptionalLong.of(-bounds.low().getAsLong()) : OptionalLong.empty());
        return new Estimate(negated, estimate.value().isPresent() ? OptionalLong.of(-estimate.value().getAsLong())
                : estimate.value());
    }

    /** Where the limit came from, in a few words. */
    private static String source(DowntimeLimit limit) {
        switch (limit.source()) {
            case OPTION:
                return DecisionWords.derivation(limit.derivation());
            case THRESHOLD:
                return limit.wholeMilliseconds() ? "from QEMU's threshold" : "QEMU's threshold ÷ bandwidth, not a whole ms";
            default:
                return DecisionWords.derivation(limit.derivation());
        }
    }
}
