package io.downtime.why;

import io.downtime.blackout.BlackoutUnavailable;

/** Why the blackout has no parts ({@link BlackoutParts#unavailable}); {@code report} words it. */
public sealed interface PartsUnavailable {

    /** The blackout is unknown, for the analysis's reason. */
    record NoBlackout(BlackoutUnavailable why) implements PartsUnavailable {
    }

    /**
     * At the clock offset's estimate, the guest's start on the destination comes before its stop on the source:
     * there is no chain of moments to split.
     *
     * @param stop           {@code src-downtime-start}
     * @param start          the destination's {@code dst-*-vm-started}
     * @param offsetEstimate the offset (dst − src, µs) at which it does
     */
    record StartBeforeStop(Moment stop, Moment start, long offsetEstimate) implements PartsUnavailable {
    }
}
