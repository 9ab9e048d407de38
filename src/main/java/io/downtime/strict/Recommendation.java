package io.downtime.strict;

import java.util.Optional;

/**
 * The smallest limits of a sweep that keep aborts at or under the target without missing a violation,
 * or why there are none.
 *
 * @param cell      the recommended cell, empty when no cell qualifies
 * @param statement one or two sentences saying what was chosen and what it rests on
 */
public record Recommendation(Optional<SweepCell> cell, String statement) {
}
