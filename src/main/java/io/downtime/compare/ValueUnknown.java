package io.downtime.compare;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.runset.PredictionErrorUnavailable;

/** Why a run has a figure but no value for it to enter the statistics. */
public sealed interface ValueUnknown {

    /** The blackout, for the run's own reason (the analysis's, or the one a baseline stored). */
    record NoBlackout(BlackoutUnavailable why) implements ValueUnknown {
    }

    /** The prediction error, for the run's own reason. */
    record NoPredictionError(PredictionErrorUnavailable why) implements ValueUnknown {
    }

    /** The run gives no reason. */
    record NoReason() implements ValueUnknown {
    }

    /** QEMU's figure: the run lacks src-downtime-start or src-downtime-end with a time. */
    record NoQemuDowntimeCheckpoints() implements ValueUnknown {
    }

    /**
     * A figure across the hosts bounded from above only: the clock alignment bounds the offset from below
     * only, so the run has no lower bound to enter with.
     *
     * @param atMostMicros the upper bound
     */
    record OnlyUpperBound(long atMostMicros) implements ValueUnknown {
    }

    /** A figure across the hosts that the clock alignment does not bound at all. */
    record Unbounded() implements ValueUnknown {
    }
}
