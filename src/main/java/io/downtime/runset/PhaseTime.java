package io.downtime.runset;

import io.downtime.clock.Estimate;

/**
 * One phase of one run.
 *
 * @param duration   the phase's duration as {@code analyzer report} computes it
 * @param inBlackout true when the phase lies between {@code src-downtime-start} and the destination's
 *                   guest start: its time is part of the blackout
 */
public record PhaseTime(PhaseKey key, Estimate duration, boolean inBlackout) {
}
