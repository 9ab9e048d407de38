package io.downtime.clock;

import io.downtime.run.MigrationPair;
import io.downtime.run.Role;

import java.util.OptionalLong;

/**
 * A migration with its clocks aligned: any moment of either host can be placed on the source's
 * clock, as an {@link Estimate} (exact for the source's own events).
 */
public record AlignedMigration(MigrationPair pair, ClockAlignment clock) {

    public static AlignedMigration align(MigrationPair pair, AlignmentOptions options) {
        return new AlignedMigration(pair, ClockAligner.align(pair, options));
    }

    /** A moment of {@code host}, {@code micros} on its own clock, on the source's clock. */
    public Estimate onSourceClock(Role host, long micros) {
        if (host == Role.SOURCE) {
            return Estimate.exactly(micros);
        }
        if (clock.quality() == AlignmentQuality.INCONSISTENT) {
            return new Estimate(Interval.unbounded(), OptionalLong.empty());
        }
        OptionalLong value = clock.estimate().isPresent()
                ? OptionalLong.of(micros - clock.estimate().getAsLong()) : OptionalLong.empty();
        return new Estimate(clock.offset().subtractedFrom(micros), value);
    }

    /** The time from one moment to another, exact when both are of one host (the offset cancels). */
    public Estimate between(Role fromHost, long fromMicros, Role toHost, long toMicros) {
        if (fromHost == toHost) {
            return Estimate.exactly(toMicros - fromMicros);
        }
        return onSourceClock(toHost, toMicros).minus(onSourceClock(fromHost, fromMicros));
    }
}
