package io.downtime.trace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tally of other events' names. Regression test of 7175979: the names' hash read only the first and
 * last eight bytes, so crafted names differing only in the middle all fell in one slot of the table and
 * each new line probed past every earlier name (up to 4,096 per line).
 */
class NameTallyTest {

    /** {@code migration_NNNN_rate_limit_post}: the same length, first eight and last eight bytes; a different middle. */
    private static byte[] name(int i) {
        return String.format("migration_%04d_rate_limit_post", i).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void namesDifferingOnlyInTheMiddleSpreadOverTheTable() {
        int names = NameTally.MAX_NAMES;
        int slots = 2 * names;
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < names; i++) {
            byte[] b = name(i);
            used.add(ByteHash.of(b, 0, b.length) & (slots - 1));
        }
        // a hash of the ends alone gives 1 slot for all 4,096; 4,096 random keys in 8,192 slots fill
        // 8,192 × (1 − e^−0.5) ≈ 3,223 on average. Half the names is far from either.
        assertTrue(used.size() > names / 2, used.size() + " slots for " + names + " names");
    }

    @Test
    void everyNameIsCountedAndNamesPastTheLimitTogether() {
        NameTally tally = new NameTally();
        for (int i = 0; i < NameTally.MAX_NAMES + 3; i++) {
            byte[] b = name(i);
            tally.add(b, 0, b.length);
            if (i % 2 == 0) {
                tally.add(b, 0, b.length);
            }
        }
        Map<String, Long> counts = tally.snapshot();
        // names 0 to 4,098, the even ones added twice: 4,096 names, then one entry for the 3 past the limit,
        // 4,096 and 4,098 (even, twice each) and 4,097 (once): 5 lines
        assertEquals(NameTally.MAX_NAMES + 1, counts.size());
        assertEquals(2L, counts.get("migration_0000_rate_limit_post"));
        assertEquals(1L, counts.get("migration_0001_rate_limit_post"));
        assertEquals(1L, counts.get("migration_4095_rate_limit_post"));
        assertEquals(5L, counts.get(NameTally.TOO_MANY));
    }

    @Test
    void theOtherHalfsTallyAddsUp() {
        NameTally first = new NameTally();
        NameTally second = new NameTally();
        byte[] line = "x savevm_section_skip y".getBytes(StandardCharsets.US_ASCII);
        first.add(line, 2, 21);
        second.add(line, 2, 21, 5);
        second.add(name(7), 0, name(7).length);
        first.addAll(second);
        assertEquals(Map.of("savevm_section_skip", 6L, "migration_0007_rate_limit_post", 1L), first.snapshot());
    }
}
