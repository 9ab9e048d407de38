package io.downtime.analysis;

import io.downtime.clock.ClockAlignment;
import io.downtime.run.Role;

/** Why a timeline leaves entries unplaced; {@code report.words.AnalysisWords} words it. */
public sealed interface TimelineNote {

    /** {@code host}'s trace lines carry no timestamps: no timeline at all (per-device times still come from the lines). */
    record Untimed(Role host) implements TimelineNote {
    }

    /** The clocks could not be aligned ({@code clock} says how): the destination's events stay off the source's clock. */
    record Unaligned(ClockAlignment clock) implements TimelineNote {
    }
}
