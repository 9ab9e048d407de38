package io.downtime.why;

import io.downtime.clock.Estimate;

import java.util.List;

/**
 * One part of the blackout. The parts' estimates add up to the blackout's estimate exactly.
 *
 * @param duration  the part's length on the source's clock: exact within one host, with the clock
 *                  offset's uncertainty when it runs from one host to the other; never negative
 * @param spans     where it lies: one span for a named part; for {@link PartKind#UNATTRIBUTED}, every
 *                  stretch no named part measures (none when everything is attributed)
 * @param devices   the device sections behind it, largest first: the iterable saves for RAM, the top
 *                  non-iterable saves and loads for the device state and the destination's loads, the
 *                  destination's iterable loads for the waiting
 * @param overlapped this part's own end came before its start (the hosts worked at the same time: the
 *                  destination began loading devices before the source had saved them all); it counts
 *                  from where the previous part ended, and is 0 when that is already later
 */
public record BlackoutPart(PartKind kind, Estimate duration, List<Span> spans, List<PartDevice> devices,
                           boolean overlapped) {
    public BlackoutPart {
        spans = List.copyOf(spans);
        devices = List.copyOf(devices);
    }
}
