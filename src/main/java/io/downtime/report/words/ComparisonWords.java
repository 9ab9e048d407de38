package io.downtime.report.words;

import io.downtime.clock.AlignmentQuality;
import io.downtime.compare.ComparisonNote;
import io.downtime.compare.Side;
import io.downtime.compare.ValueUnknown;
import io.downtime.compare.VerdictReason;
import io.downtime.run.Durations;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentences of a comparison of two run sets (docs/compare.md): why each figure's verdict is what it
 * is, why a run has no value, and the notes. Every format of {@code analyzer compare}, gate's JUnit and
 * text (through the comparison) and {@code analyzer-fleet compare} write them from here.
 */
public final class ComparisonWords {
    private ComparisonWords() {
    }

    /** {@code not significant: p = 0.3 > 0.01}. */
    public static String reason(VerdictReason reason) {
        if (reason instanceof VerdictReason.NoValue none) {
            return "no value in any " + none.side().map(side -> side(side) + " ").orElse("") + "run: "
                    + none.why().map(ComparisonWords::unknown).orElse("unknown");
        }
        if (reason instanceof VerdictReason.OnlyIn only) {
            Side other = only.side() == Side.BASELINE ? Side.CANDIDATE : Side.BASELINE;
            return "in " + runs(only.runs()) + " of the " + side(only.side()) + ", in no " + side(other) + " run";
        }
        if (reason instanceof VerdictReason.TooFewRuns few) {
            return "with " + few.baselineRuns() + " and " + few.candidateRuns() + " runs no difference can reach p ≤ "
                    + Numbers.p(few.alpha()) + " (the smallest possible p is " + Numbers.p(few.smallestP()) + ")";
        }
        if (reason instanceof VerdictReason.NotSignificant not) {
            return "not significant: p = " + Numbers.p(not.p()) + " > " + Numbers.p(not.alpha());
        }
        if (reason instanceof VerdictReason.BelowMicrosFloor floor) {
            return "significant (p = " + Numbers.p(floor.p()) + "), but " + Durations.signedMicros(floor.delta())
                    + " is less than the " + floor.floorMicros() + " µs floor";
        }
        if (reason instanceof VerdictReason.BelowPercentFloor floor) {
            return "significant (p = " + Numbers.p(floor.p()) + "), but " + Durations.signedPercent(floor.percent())
                    + " is less than the " + Durations.percent(floor.floorPercent()) + " floor";
        }
        if (reason instanceof VerdictReason.MediansEqual equal) {
            return "significant (p = " + Numbers.p(equal.p()) + "), but the medians are equal";
        }
        VerdictReason.Changed changed = (VerdictReason.Changed) reason;
        return Numbers.change(changed.delta(), changed.percent(), changed.p());
    }

    /** {@code unbounded: the clocks could not be aligned}. */
    public static String unknown(ValueUnknown unknown) {
        if (unknown instanceof ValueUnknown.NoBlackout none) {
            return BlackoutWords.unavailable(none.why());
        }
        if (unknown instanceof ValueUnknown.NoPredictionError none) {
            return BlackoutWords.predictionError(none.why());
        }
        if (unknown instanceof ValueUnknown.NoReason) {
            return "unknown";
        }
        if (unknown instanceof ValueUnknown.NoQemuDowntimeCheckpoints) {
            return "no src-downtime-start and src-downtime-end with times";
        }
        if (unknown instanceof ValueUnknown.OnlyUpperBound upper) {
            return "only an upper bound (at most " + Durations.of(upper.atMostMicros())
                    + "): the clock alignment bounds the offset from below only";
        }
        return "unbounded: the clocks could not be aligned";
    }

    /** One note, as text, JSON and the page print it after {@code note: }. */
    public static String note(ComparisonNote note) {
        if (note instanceof ComparisonNote.LowerBounds lower) {
            return "blackout: " + lower.baselineLowerBounds() + " of " + lower.baselineValues() + " baseline values and "
                    + lower.candidateLowerBounds() + " of " + lower.candidateValues() + " candidate values are lower"
                    + " bounds (the clocks were not aligned exactly); every run enters with its lower bound, so the"
                    + " figures read \"the guest was stopped at least\"; phases across the hosts likewise";
        }
        if (note instanceof ComparisonNote.ClockAlignmentDiffers clock) {
            return "the clock alignment differs between the sets (baseline: " + qualities(clock.baseline())
                    + "; candidate: " + qualities(clock.candidate()) + "): bounds from different evidence are"
                    + " compared, so part of a change of the blackout may come from the alignment, not the guest";
        }
        ComparisonNote.BlackoutUnknown unknown = (ComparisonNote.BlackoutUnknown) note;
        return "blackout unknown in " + runs(unknown.runs()) + " of the " + side(unknown.side())
                + ", left out of its statistics: " + unknown.byReason().entrySet().stream()
                .map(e -> e.getValue() + " × " + unknown(e.getKey())).collect(Collectors.joining("; "));
    }

    /** {@code baseline}, {@code candidate}. */
    static String side(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    private static String qualities(Map<AlignmentQuality, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }

    private static String runs(int count) {
        return count + (count == 1 ? " run" : " runs");
    }
}
