package io.downtime.strict;

import java.util.Optional;

/**
 * The smallest limits of a sweep that keep aborts at or under the target without missing a violation,
 * or why there are none, with the cells that say so. Its words are report's
 * ({@code report.words.SweepWords}), shared with the fleet.
 */
public sealed interface Recommendation {

    /** The recommended cell, empty when no cell qualifies. */
    Optional<SweepCell> cell();

    /** No run could be replayed: every cell is empty. */
    record NothingReplayed() implements Recommendation {
        @Override
        public Optional<SweepCell> cell() {
            return Optional.empty();
        }
    }

    /**
     * {@code chosen} is the smallest cell whose certain aborts stay at or under {@code targetAbortRate} (a fraction)
     * and that certainly misses no violation.
     */
    record Smallest(SweepCell chosen, double targetAbortRate) implements Recommendation {
        @Override
        public Optional<SweepCell> cell() {
            return Optional.of(chosen);
        }
    }

    /**
     * No cell keeps aborts at or under {@code targetAbortRate} without a missed violation: the cell with the fewest
     * aborts among those that miss none, and the one with the fewest misses among those under the target, when
     * there are such cells.
     */
    record NoneQualifies(double targetAbortRate, Optional<SweepCell> fewestAborts, Optional<SweepCell> fewestMissed)
            implements Recommendation {
        @Override
        public Optional<SweepCell> cell() {
            return Optional.empty();
        }
    }
}
