package io.downtime.strict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The counter arithmetic behind every phase derivation in the tests. */
class MillisecondCounterTest {
    /**
     * strict-source-fires-first-5-1: src-downtime-start at .574357, the send at .575989 (1.632 ms later). The send's
     * millisecond is crossed at phase 11 (575989 + 11 = 576000), the start's at 643 (574357 + 643 = 575000).
     */
    @Test
    void elapsedReadsOneOfTwoValues() {
        assertEquals(1, MillisecondCounter.elapsed(1795654919574357L, 1795654919575989L, 10));
        assertEquals(2, MillisecondCounter.elapsed(1795654919574357L, 1795654919575989L, 11));
        assertEquals(2, MillisecondCounter.elapsed(1795654919574357L, 1795654919575989L, 642));
        assertEquals(1, MillisecondCounter.elapsed(1795654919574357L, 1795654919575989L, 643));
        assertEquals(357, MillisecondCounter.position(1795654919574357L, 0));
        assertEquals(0, MillisecondCounter.position(1795654919574357L, 643));
    }

    @Test
    void phaseSetRanges() {
        PhaseSet set = PhaseSet.of(p -> p < 98 || p >= 478);
        assertEquals("0–97, 478–999 µs", set.describe());
        assertEquals(98 + 522, set.size());
        assertEquals("any", PhaseSet.all().describe());
        assertEquals("none", PhaseSet.of(p -> false).describe());
    }
}
