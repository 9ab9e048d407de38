package io.downtime.why;

import io.downtime.clock.Estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How often QEMU's prediction fell short by more than a switchover-limit (docs/why.md): of the runs with a
 * prediction error, those the guest was stopped more than {@code switchoverLimitMs} longer than QEMU expected.
 * The strict-SLA RFC aborts a switchover that overruns the downtime-limit by more than the switchover-limit, so
 * with the downtime-limit QEMU decided on, these are the runs the RFC's allowance would not have covered.
 *
 * @param switchoverLimitMs the allowance
 * @param withPrediction    the runs with a prediction error (a prediction and a blackout)
 * @param certainly         those whose error is more than the allowance even at its lower bound
 * @param perhaps           those whose error's bounds straddle the allowance (a blackout known from below
 *                          only, or a two-sided one around it): not counted in {@code certainly}
 */
public record PredictionShortfall(long switchoverLimitMs, int withPrediction, int certainly, int perhaps) {

    /** One count per allowance, in the order given. */
    public static List<PredictionShortfall> count(List<Optional<Estimate>> errors, List<Long> switchoverLimitsMs) {
        List<Estimate> known = errors.stream().flatMap(Optional::stream).toList();
        List<PredictionShortfall> counts = new ArrayList<>();
        for (long limit : switchoverLimitsMs) {
            long micros = Math.multiplyExact(limit, 1000L);
            int certainly = 0;
            int perhaps = 0;
            for (Estimate error : known) {
                boolean surely = error.bounds().low().isPresent() && error.bounds().low().getAsLong() > micros;
                boolean possibly = error.bounds().high().isEmpty() || error.bounds().high().getAsLong() > micros;
                if (surely) {
                    certainly++;
                } else if (possibly) {
                    perhaps++;
                }
            }
            counts.add(new PredictionShortfall(limit, known.size(), certainly, perhaps));
        }
        return counts;
    }
}
