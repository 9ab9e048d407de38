package io.downtime.compare;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Why a figure's verdict is what it is (docs/compare.md), with the values that decided it. report
 * words it ({@code report/words/ComparisonWords}), once for every format and for analyzer-fleet.
 */
public sealed interface VerdictReason {

    /**
     * No run of a set has a value ({@link Verdict#UNKNOWN}).
     *
     * @param side the set without values; empty when neither has any
     * @param why  the first such run's reason, when it has one
     */
    record NoValue(Optional<Side> side, Optional<ValueUnknown> why) implements VerdictReason {
    }

    /** The figure is in runs of one set only ({@link Verdict#ONLY_BASELINE}, {@link Verdict#ONLY_CANDIDATE}). */
    record OnlyIn(Side side, int runs) implements VerdictReason {
    }

    /**
     * So few runs that no difference could reach the significance level ({@link Verdict#TOO_FEW_RUNS}).
     *
     * @param smallestP the smallest p-value the rank test can give with these counts
     */
    record TooFewRuns(int baselineRuns, int candidateRuns, double alpha, double smallestP) implements VerdictReason {
    }

    /** The rank test's p-value is above the significance level. */
    record NotSignificant(double p, double alpha) implements VerdictReason {
    }

    /** Significant, but the medians' difference (µs) is below the floor in µs. */
    record BelowMicrosFloor(double p, double delta, long floorMicros) implements VerdictReason {
    }

    /** Significant, but the medians' difference in % is below the floor in %. */
    record BelowPercentFloor(double p, double percent, double floorPercent) implements VerdictReason {
    }

    /** Significant, but the medians are equal. */
    record MediansEqual(double p) implements VerdictReason {
    }

    /**
     * A regression or an improvement: the medians' difference in µs and in % of the baseline's median
     * (absent when that median is not above 0), and the rank test's p-value.
     */
    record Changed(double delta, OptionalDouble percent, double p) implements VerdictReason {
    }
}
