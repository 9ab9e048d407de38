package io.downtime.why;

import io.downtime.clock.Estimate;

import java.util.Optional;

/**
 * QEMU's prediction against what happened.
 *
 * @param expectedMicros QEMU's expected downtime ({@link Decision#expectedDowntimeMicros})
 * @param error          the prediction error: blackout − expected, with the blackout's uncertainty; positive
 *                       when the guest was stopped longer than QEMU expected; empty when either is unknown
 * @param limit          the blackout against the downtime-limit, when both are known
 */
public record Prediction(Known expectedMicros, Optional<Estimate> error, Optional<LimitCheck> limit) {
}
