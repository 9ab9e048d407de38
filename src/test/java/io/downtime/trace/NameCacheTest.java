package io.downtime.trace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link NameCache} finds a name by its first and last eight bytes and, over 16 bytes, the words between:
 * names that share those (every length from 1 to 40, the same first and last words with another middle,
 * one byte apart at every place), read from a line among other bytes, must each come back as their own
 * interned String, whether found or decoded, before and after the table grows and past its limit.
 */
class NameCacheTest {
    @Test
    void everyNameComesBackAsItself() {
        List<String> names = new ArrayList<>();
        for (int length = 1; length <= 40; length++) {
            String base = "0123456789abcdefghijklmnopqrstuvwxyz_-./".substring(0, length);
            names.add(base);
            for (int at = 0; at < length; at++) {
                // one byte changed at each place: the middle of a long name is only in its words between
                names.add(base.substring(0, at) + "#" + base.substring(at + 1));
            }
        }
        NameCache cache = new NameCache();
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                assertSame(name.intern(), lookUp(cache, name, round), name);
            }
        }
    }

    @Test
    void namesPastTheLimitAreStillGiven() {
        NameCache cache = new NameCache();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < NameCache.MAX_NAMES + 100; i++) {
                String name = "device-" + i + "-with-a-long-middle-" + i;
                assertEquals(name, lookUp(cache, name, i % 8));
            }
        }
    }

    /** The name read at {@code offset} of an array, between a stamp-like prefix and the rest of a line and its padding. */
    private static String lookUp(NameCache cache, String name, int offset) {
        byte[] line = ("x".repeat(offset) + name + " instance_id=0\n" + "9".repeat(FastLineParser.PADDING))
                .getBytes(StandardCharsets.US_ASCII);
        return cache.name(line, offset, offset + name.length());
    }
}
