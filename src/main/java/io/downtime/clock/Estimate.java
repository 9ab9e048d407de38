package io.downtime.clock;

import java.util.OptionalLong;

/**
 * A time or duration known within bounds, with a single best value when there is one: what a
 * destination event becomes on the source's clock, or a span that crosses the two hosts.
 *
 * @param bounds where the true value lies
 * @param value  the best single value: exact when the bounds are, else taken with the clock
 *               offset's estimate; empty when the offset has none
 */
public record Estimate(Interval bounds, OptionalLong value) {

    public static Estimate exactly(long micros) {
        return new Estimate(Interval.exactly(micros), OptionalLong.of(micros));
    }

    public boolean exact() {
        return bounds.exact();
    }

    /** Every value plus {@code amount}. */
    public Estimate plus(long amount) {
        return new Estimate(bounds.plus(amount), value.isPresent() ? OptionalLong.of(value.getAsLong() + amount) : value);
    }

    /** {@code this - other} where at most one of the two is inexact (events of different hosts never are both). */
    public Estimate minus(Estimate other) {
        if (!other.exact() && !exact()) {
            throw new IllegalArgumentException("both estimates are uncertain; subtract host times instead");
        }
        if (other.exact()) {
            return plus(-other.value.getAsLong());
        }
        long mine = value.getAsLong();
        return new Estimate(other.bounds.subtractedFrom(mine),
                other.value.isPresent() ? OptionalLong.of(mine - other.value.getAsLong()) : OptionalLong.empty());
    }
}
