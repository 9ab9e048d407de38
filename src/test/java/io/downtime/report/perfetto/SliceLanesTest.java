package io.downtime.report.perfetto;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Overlapping slices go to further tracks; touching ones share one. */
class SliceLanesTest {
    private record S(String name, long start, long end) implements SliceLanes.Span {
    }

    @Test
    void overlapsMoveToTheNextLaneThatFits() {
        S a = new S("a", 0, 10);
        S b = new S("b", 10, 20);   // touches a: same lane
        S c = new S("c", 5, 12);    // overlaps a and b: lane 2
        S d = new S("d", 12, 15);   // after c, inside b: lane 2
        S e = new S("e", 11, 13);   // overlaps b and c: lane 3
        S f = new S("f", 20, 20);   // zero length at b's end: lane 1
        List<List<S>> lanes = SliceLanes.of(List.of(f, e, d, c, b, a));
        assertEquals(List.of(List.of(a, b, f), List.of(c, d), List.of(e)), lanes);
    }

    @Test
    void noSlicesNoLanes() {
        assertEquals(List.of(), SliceLanes.of(List.<S>of()));
    }
}
