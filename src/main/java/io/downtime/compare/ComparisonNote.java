package io.downtime.compare;

import io.downtime.clock.AlignmentQuality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the reader must know to trust a comparison's figures (docs/compare.md). */
public sealed interface ComparisonNote {

    /** Blackout values that are lower bounds (clocks not aligned exactly), in either set. */
    record LowerBounds(int baselineLowerBounds, int baselineValues, int candidateLowerBounds, int candidateValues)
            implements ComparisonNote {
    }

    /** The sets' clock alignments differ: how many runs of each set had each quality. */
    record ClockAlignmentDiffers(Map<AlignmentQuality, Integer> baseline, Map<AlignmentQuality, Integer> candidate)
            implements ComparisonNote {
        public ClockAlignmentDiffers {
            baseline = qualities(baseline);
            candidate = qualities(candidate);
        }

        private static Map<AlignmentQuality, Integer> qualities(Map<AlignmentQuality, Integer> counts) {
            EnumMap<AlignmentQuality, Integer> copy = new EnumMap<>(AlignmentQuality.class);
            copy.putAll(counts);
            return Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Runs of one set without a blackout, left out of its statistics.
     *
     * @param byReason how many runs for each reason, in the order first met
     */
    record BlackoutUnknown(Side side, int runs, Map<ValueUnknown, Long> byReason) implements ComparisonNote {
        public BlackoutUnknown {
            byReason = Collections.unmodifiableMap(new LinkedHashMap<>(byReason));
        }
    }
}
