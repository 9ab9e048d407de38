package io.downtime.report.words;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.QemuDowntimeUnavailable;
import io.downtime.run.Durations;
import io.downtime.runset.PredictionErrorUnavailable;
import io.downtime.why.PartsUnavailable;

/**
 * Why the blackout, its parts, QEMU's figure or the prediction error (the blackout − QEMU's expected downtime) is unknown: the
 * report's every format, the run set's listings, baselines, the comparison, the gate and the fleet's tables say it
 * with these words.
 */
public final class BlackoutWords {
    private BlackoutWords() {
    }

    /**
     * {@code the source never stopped the guest (no src-downtime-start)}; a reason read back from a baseline or a
     * fleet table as it was stored.
     */
    public static String unavailable(BlackoutUnavailable reason) {
        if (reason instanceof BlackoutUnavailable.Recorded recorded) {
            return recorded.text();
        }
        if (reason instanceof BlackoutUnavailable.Untimed) {
            return "the lines carry no timestamps, so the time between the source's stop and the destination's start"
                    + " cannot be known";
        }
        if (reason instanceof BlackoutUnavailable.NoSource) {
            return "no source run: when the guest stopped is not in the logs";
        }
        if (reason instanceof BlackoutUnavailable.NeverStopped) {
            return "the source never stopped the guest (no src-downtime-start)";
        }
        if (reason instanceof BlackoutUnavailable.NoDestination) {
            return "no destination run: when the guest started again is not in the logs";
        }
        if (reason instanceof BlackoutUnavailable.NeverStarted never) {
            return "the guest never started on the destination (no dst-*-vm-started; the destination "
                    + never.destination().label() + ", the source " + never.source().label() + ")";
        }
        BlackoutUnavailable.Unaligned unaligned = (BlackoutUnavailable.Unaligned) reason;
        return "the clocks could not be aligned (" + ClockWords.summary(unaligned.offset(), unaligned.quality()) + ")";
    }

    /** {@code no src-downtime-end (the source failed before it)}. */
    public static String qemuDowntime(QemuDowntimeUnavailable reason) {
        if (reason instanceof QemuDowntimeUnavailable.NoSource) {
            return "no source run";
        }
        if (reason instanceof QemuDowntimeUnavailable.Untimed) {
            return "no timestamps";
        }
        if (reason instanceof QemuDowntimeUnavailable.NoStart) {
            return "no src-downtime-start";
        }
        if (reason instanceof QemuDowntimeUnavailable.NoEnd end) {
            return "no src-downtime-end (the source " + end.source().label() + " before it)";
        }
        QemuDowntimeUnavailable.ClockWentBack back = (QemuDowntimeUnavailable.ClockWentBack) reason;
        return "src-downtime-end is " + Durations.of(back.byMicros())
                + " earlier than src-downtime-start: the source's clock went back between them";
    }

    /** Why the blackout has no parts: its own reason, or the splitter's. */
    public static String parts(PartsUnavailable reason) {
        if (reason instanceof PartsUnavailable.NoBlackout none) {
            return unavailable(none.why());
        }
        // The record's moments and offset are not said: the sentence stays the one outputs have always printed.
        return "the guest's start comes before its stop at the offset's estimate";
    }

    /** {@code no QEMU prediction: ...}, {@code the blackout is unknown: ...}; {@code unknown} for a reason not given. */
    public static String predictionError(PredictionErrorUnavailable reason) {
        if (reason instanceof PredictionErrorUnavailable.NoPrediction none) {
            return "no QEMU prediction: " + none.why().map(DecisionWords::unknown).orElse("unknown");
        }
        PredictionErrorUnavailable.NoBlackout none = (PredictionErrorUnavailable.NoBlackout) reason;
        return "the blackout is unknown: " + none.why().map(BlackoutWords::unavailable).orElse("unknown");
    }
}
