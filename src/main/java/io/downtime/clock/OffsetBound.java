package io.downtime.clock;

/**
 * One bound on {@code offset = destination clock - source clock}: {@code later.time - earlier.time}
 * where {@code earlier} certainly happened before {@code later}. An upper bound when the later event
 * is the destination's, a lower bound when it is the source's. {@code report.words.ClockWords} words it.
 *
 * @param micros the bound: {@code offset < micros} (upper) or {@code offset > micros} (lower)
 * @param source the source's event of the two
 * @param destination the destination's event of the two
 */
public record OffsetBound(BoundKind kind, long micros, EventRef source, EventRef destination) {

    public BoundKind.Side side() {
        return kind.side();
    }
}
