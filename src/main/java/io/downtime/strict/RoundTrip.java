package io.downtime.strict;

import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.ClockAlignment;
import io.downtime.run.Durations;

/**
 * The round trip between the hosts that the source-ack policy pays before the destination may start
 * its CPUs (docs/strict-mode.md, "source-ack").
 *
 * @param micros the round trip
 * @param basis  where it comes from, said in the output
 */
public record RoundTrip(long micros, String basis) {
    /** Used when the clocks give no round trip: a round trip with QEMU's processing in one data centre. */
    public static final long ASSUMED_MICROS = 1_000;

    /** Given by the user ({@code --rtt}). */
    public static RoundTrip given(long micros) {
        return new RoundTrip(micros, "given with --rtt");
    }

    /**
     * From the clock alignment: a two-sided offset interval is as wide as the fastest step seen from
     * the source to the destination plus the fastest step back, so its width bounds one round trip
     * (with each side's processing) from above.
     */
    public static RoundTrip estimate(ClockAlignment clock) {
        if (clock.quality() == AlignmentQuality.TWO_SIDED && clock.offset().width().isPresent()) {
            long width = clock.offset().width().getAsLong();
            return new RoundTrip(width, "estimated from the clock alignment: the offset interval is "
                    + Durations.of(width) + " wide, the fastest step from the source to the destination plus the"
                    + " fastest step back (an upper bound on one round trip)");
        }
        return new RoundTrip(ASSUMED_MICROS, "assumed " + Durations.of(ASSUMED_MICROS) + ": the clock alignment is "
                + clock.quality().label() + ", so no round trip was observed (give --rtt)");
    }

    /** The request's way from the destination to the source: half the round trip. */
    public long oneWayMicros() {
        return micros / 2;
    }
}
