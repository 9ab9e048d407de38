package io.downtime.strict;

import java.util.OptionalLong;

/**
 * The downtime a check perceives, in µs, over every unknown it depends on: whole milliseconds of a
 * counter (the RFC, source-ack), or the true elapsed time on the source's clock (total).
 *
 * @param lowMicros  the least possible value
 * @param highMicros the greatest, empty when unbounded
 * @param counter    true when the values are counter readings (multiples of 1000 µs)
 */
public record Perceived(long lowMicros, OptionalLong highMicros, boolean counter) {

    public static Perceived counterMs(long lowMs, long highMs) {
        return new Perceived(lowMs * 1000, OptionalLong.of(highMs * 1000), true);
    }

    public boolean exact() {
        return highMicros.isPresent() && highMicros.getAsLong() == lowMicros;
    }
}
