package io.downtime.crosscheck;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.QemuDowntimeUnavailable;
import io.downtime.run.RunStatus;

/** Why a trace figure shown among the cross-checks is unknown. */
public sealed interface TraceGap {

    /** The blackout is unknown, for the reason the analysis gives. */
    record NoBlackout(BlackoutUnavailable why) implements TraceGap {
    }

    /** QEMU's figure is unknown, for the reason the analysis gives. */
    record NoQemuDowntime(QemuDowntimeUnavailable why) implements TraceGap {
    }

    /** The logs hold no source run. */
    record NoSourceRun() implements TraceGap {
    }

    /** The source run's lines carry no timestamps. */
    record NoTimestamps() implements TraceGap {
    }

    /** The source run ended otherwise than completed, so it has no setup -> completed. */
    record SourceDidNotComplete(RunStatus status) implements TraceGap {
    }

    /** The source run lacks one of the two states (or their times): {@code from} and {@code to} are their names. */
    record StatesMissing(String from, String to) implements TraceGap {
    }
}
