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

    /**
     * The same span, known to be a duration from an event to one it caused (the guest's stop to its start, the
     * RFC message's send to its read): what the offset's uncertainty puts below 0 cannot be, so the low end is
     * at least 0, and so are the others.
     */
    public Estimate caused() {
        if (bounds.low().isPresent() && bounds.low().getAsLong() >= 0) {
            return this;
        }
        long floor = 0;
        OptionalLong low = bounds.low().isPresent() ? OptionalLong.of(floor) : OptionalLong.empty();
        OptionalLong high = bounds.high().isPresent() ? OptionalLong.of(Math.max(floor, bounds.high().getAsLong()))
                : OptionalLong.empty();
        OptionalLong best = value.isPresent() ? OptionalLong.of(Math.max(floor, value.getAsLong())) : value;
        return new Estimate(new Interval(low, high), best);
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
