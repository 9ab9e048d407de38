package io.downtime.compare;

import java.util.Optional;

/**
 * One figure of both sets, and the judgement.
 *
 * @param inBlackout true when the figure's time is part of the blackout in some run (the blackout
 *                   itself, device times, phases between src-downtime-start and the guest start)
 * @param change     present when both sets have values
 * @param reason     why the verdict is what it is, with the values that decided it
 */
public record FigureComparison(Figure figure, boolean inBlackout, SampleSummary baseline, SampleSummary candidate,
                               Optional<Change> change, Verdict verdict, VerdictReason reason) {

    /**
     * How much the figure moves the blackout, µs, for ordering: the change of the median when both
     * sets have it, the median of the one set that has it otherwise, 0 without values.
     */
    public double impact() {
        if (change.isPresent()) {
            return Math.abs(change.get().medianDelta());
        }
        if (baseline.median().isPresent()) {
            return baseline.median().getAsDouble();
        }
        return candidate.median().orElse(0);
    }
}
