package io.downtime.report.perfetto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts slices on as few tracks as keep every track free of overlaps: a viewer draws a track's slices as
 * a stack, and Perfetto drops a slice that begins inside another and ends after it. Slices that only
 * touch (one ends where the next begins) share a track.
 */
public final class SliceLanes {
    /** A slice to place: from {@code start} to {@code end}, in µs. */
    public interface Span {
        long start();

        long end();
    }

    private SliceLanes() {
    }

    /** The lanes, first-fit in start order: lane 0 holds every slice that fits there, lane 1 the rest that fit, ... */
    public static <T extends Span> List<List<T>> of(List<T> slices) {
        List<T> ordered = new ArrayList<>(slices);
        ordered.sort(Comparator.comparingLong(Span::start).thenComparingLong(Span::end));
        List<List<T>> lanes = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        for (T slice : ordered) {
            int lane = 0;
            while (lane < lanes.size() && ends.get(lane) > slice.start()) {
                lane++;
            }
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
                ends.add(Long.MIN_VALUE);
            }
            lanes.get(lane).add(slice);
            ends.set(lane, Math.max(ends.get(lane), slice.end()));
        }
        return lanes;
    }
}
