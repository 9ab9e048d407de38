package io.downtime.clock;

import java.util.OptionalLong;

/**
 * A range of microseconds whose ends may be unknown (unbounded). Bounds from causality are
 * strict in principle, but trace times are truncated to the microsecond, so the ends are treated
 * as reachable.
 *
 * @param low  the least possible value, empty when unbounded below
 * @param high the greatest possible value, empty when unbounded above
 */
public record Interval(OptionalLong low, OptionalLong high) {

    public static Interval exactly(long value) {
        return new Interval(OptionalLong.of(value), OptionalLong.of(value));
    }

    public static Interval between(long low, long high) {
        return new Interval(OptionalLong.of(low), OptionalLong.of(high));
    }

    public static Interval atMost(long high) {
        return new Interval(OptionalLong.empty(), OptionalLong.of(high));
    }

    public static Interval atLeast(long low) {
        return new Interval(OptionalLong.of(low), OptionalLong.empty());
    }

    public static Interval unbounded() {
        return new Interval(OptionalLong.empty(), OptionalLong.empty());
    }

    public boolean boundedBelow() {
        return low.isPresent();
    }

    public boolean boundedAbove() {
        return high.isPresent();
    }

    public boolean bounded() {
        return boundedBelow() && boundedAbove();
    }

    public boolean exact() {
        return bounded() && low.getAsLong() == high.getAsLong();
    }

    /** True when {@code value} lies within the bounds (ends included). */
    public boolean contains(long value) {
        return (low.isEmpty() || low.getAsLong() <= value) && (high.isEmpty() || value <= high.getAsLong());
    }

    /** {@code high - low}, empty unless bounded. */
    public OptionalLong width() {
        return bounded() ? OptionalLong.of(high.getAsLong() - low.getAsLong()) : OptionalLong.empty();
    }

    /** Every value plus {@code amount}. */
    public Interval plus(long amount) {
        return new Interval(shift(low, amount), shift(high, amount));
    }

    /** {@code value - x} for every x in this interval: the ends swap. */
    public Interval subtractedFrom(long value) {
        return new Interval(high.isPresent() ? OptionalLong.of(value - high.getAsLong()) : OptionalLong.empty(),
                low.isPresent() ? OptionalLong.of(value - low.getAsLong()) : OptionalLong.empty());
    }

    private static OptionalLong shift(OptionalLong end, long amount) {
        return end.isPresent() ? OptionalLong.of(end.getAsLong() + amount) : end;
    }
}
