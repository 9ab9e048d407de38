package io.downtime.strict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LimitRangeTest {
    @Test
    void rangesIncludeBothEnds() {
        assertEquals(List.of(100L, 150L, 200L, 250L, 300L, 350L, 400L, 450L, 500L), LimitRange.parse("100:500:50").values());
        assertEquals(List.of(0L, 30L, 60L, 90L), LimitRange.parse("0:100:30").values());
        assertEquals(List.of(300L), LimitRange.parse("300").values());
        assertEquals(9 * 11, new SweepGrid(LimitRange.parse("100:500:50"), LimitRange.parse("0:100:10")).cells().size());
    }

    @Test
    void badRanges() {
        assertEquals("'1:2' is not a range: give FROM:TO:STEP or one value, in whole ms from 0 to 2000000 (e.g. 100:500:50)",
                assertThrows(IllegalArgumentException.class, () -> LimitRange.parse("1:2")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LimitRange.parse("a:b:c"));
        assertThrows(IllegalArgumentException.class, () -> LimitRange.parse("0:100:0"));
        assertThrows(IllegalArgumentException.class, () -> LimitRange.parse("-5"));
    }
}
