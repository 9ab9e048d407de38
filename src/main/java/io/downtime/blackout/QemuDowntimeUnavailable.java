package io.downtime.blackout;

import io.downtime.run.RunStatus;

/** Why QEMU's own figure ({@link Blackout#qemuDowntime}) is unknown; {@code report.words.BlackoutWords} words it. */
public sealed interface QemuDowntimeUnavailable {

    /** The logs hold no source run. */
    record NoSource() implements QemuDowntimeUnavailable {
    }

    /** The source's lines carry no timestamps. */
    record Untimed() implements QemuDowntimeUnavailable {
    }

    /** The source run has no {@code src-downtime-start}. */
    record NoStart() implements QemuDowntimeUnavailable {
    }

    /** The source run has no {@code src-downtime-end} (or not with a time): it ended {@code source} before it. */
    record NoEnd(RunStatus source) implements QemuDowntimeUnavailable {
    }

    /**
     * {@code src-downtime-end} is {@code byMicros} earlier than {@code src-downtime-start}: the source's clock went
     * back between them, so their difference is not a duration.
     */
    record ClockWentBack(long byMicros) implements QemuDowntimeUnavailable {
    }
}
