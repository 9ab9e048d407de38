package io.downtime.why;

import io.downtime.clock.Estimate;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * QEMU's prediction against what happened.
 *
 * @param expectedMicros QEMU's expected downtime ({@link Decision#expectedDowntimeMicros})
 * @param error          the prediction error: blackout − expected, with the blackout's uncertainty; positive
 *                       when the guest was stopped longer than QEMU expected; empty when either is unknown
 * @param limit          the blackout against the downtime-limit, when both are known
 */
public record Prediction(Known expectedMicros, Optional<Estimate> error, Optional<LimitCheck> limit) {

    /**
     * The prediction error, blackout − expected, with the blackout's uncertainty: the one place it is computed,
     * for the report and for run sets read from traces or from a baseline.
     */
    public static Optional<Estimate> error(Optional<Estimate> blackout, OptionalLong expectedMicros) {
        return blackout.isPresent() && expectedMicros.isPresent()
                ? Optional.of(blackout.get().plus(-expectedMicros.getAsLong())) : Optional.empty();
    }
}
