package io.downtime.strict;

import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.ClockAlignment;

import java.util.Optional;

/**
 * The round trip between the hosts that the source-ack policy pays before the destination may start
 * its CPUs (docs/strict-mode.md, "source-ack").
 *
 * @param micros       the round trip
 * @param basis        where it comes from, said in the output
 * @param unobservedBy the clock alignment's quality, when it observed no round trip (the basis is then ASSUMED)
 */
public record RoundTrip(long micros, Basis basis, Optional<AlignmentQuality> unobservedBy) {
    /** Used when the clocks give no round trip: a round trip with QEMU's processing in one data centre. */
    public static final long ASSUMED_MICROS = 1_000;

    /** Where a round trip comes from. */
    public enum Basis {
        /** Given by the user ({@code --rtt}). */
        GIVEN,
        /** The width of a two-sided offset interval: the fastest step each way, an upper bound on one round trip. */
        ESTIMATED,
        /** {@link #ASSUMED_MICROS}: the alignment is not two-sided, so no round trip was observed. */
        ASSUMED
    }

    /** Given by the user ({@code --rtt}). */
    public static RoundTrip given(long micros) {
        return new RoundTrip(micros, Basis.GIVEN, Optional.empty());
    }

    /**
     * From the clock alignment: a two-sided offset interval is as wide as the fastest step seen from
     * the source to the destination plus the fastest step back, so its width bounds one round trip
     * (with each side's processing) from above.
     */
    public static RoundTrip estimate(ClockAlignment clock) {
        if (clock.quality() == AlignmentQuality.TWO_SIDED && clock.offset().width().isPresent()) {
            return new RoundTrip(clock.offset().width().getAsLong(), Basis.ESTIMATED, Optional.empty());
        }
        return new RoundTrip(ASSUMED_MICROS, Basis.ASSUMED, Optional.of(clock.quality()));
    }

    /** The request's way from the destination to the source: half the round trip. */
    public long oneWayMicros() {
        return micros / 2;
    }
}
