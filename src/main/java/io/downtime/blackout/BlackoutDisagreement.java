package io.downtime.blackout;

import io.downtime.clock.Estimate;

/**
 * The blackout and QEMU's figure disagree by more than {@link BlackoutAnalysis#DISAGREEMENT_MICROS}, and why;
 * {@code report.words.AnalysisWords} words it.
 */
public sealed interface BlackoutDisagreement {

    /** The guest was stopped, on the bounds of {@code stopped}, at least {@code byMicros} longer than QEMU counts. */
    record StoppedLonger(Estimate stopped, long byMicros, QemuStops when) implements BlackoutDisagreement {
    }

    /** QEMU's figure is at least {@code byMicros} longer than the guest was stopped ({@code stopped}'s upper bound). */
    record QemuCountsLonger(Estimate stopped, long byMicros) implements BlackoutDisagreement {
    }

    /** Where QEMU stops counting, before the destination's load and guest start. */
    enum QemuStops {
        /** In postcopy, when the source switches to postcopy (src-downtime-end). */
        AT_POSTCOPY_SWITCH,
        /** With return-path, at src-downtime-end. */
        AT_DOWNTIME_END,
        /** Without return-path, when the source has sent everything (src-downtime-end). */
        WHEN_ALL_SENT
    }
}
