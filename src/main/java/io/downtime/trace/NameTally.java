package io.downtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts other events by name straight from the line bytes: a trace holds millions of such
 * lines and a handful of distinct names, so decoding each name to a String would dominate.
 * Past {@link #MAX_NAMES} distinct names, further new names are counted together.
 */
final class NameTally {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final int MAX_NAMES = 4096;
    static final String TOO_MANY = "(other names)";
    private byte[][] keys = new byte[64][];
    private long[] counts = new long[64];
    private int size;
    private long overflow;

    void add(byte[] b, int from, int to) {
        add(b, from, to, 1);
    }

    /** Adds what {@code other} counted: the tally of the other half of a file read in two. */
    void addAll(NameTally other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != null) {
                add(other.keys[i], 0, other.keys[i].length, other.counts[i]);
            }
        }
        overflow += other.overflow;
    }

    void add(byte[] b, int from, int to, long count) {
        int hash = hash(b, from, to);
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                if (size >= MAX_NAMES) {
                    overflow += count;
                    return;
                }
                keys[slot] = Arrays.copyOfRange(b, from, to);
                counts[slot] = count;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            if (Arrays.equals(key, 0, key.length, b, from, to)) {
                counts[slot] += count;
                return;
            }
        }
    }

    Map<String, Long> snapshot() {
        Map<String, Long> names = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                names.put(new String(keys[i], StandardCharsets.UTF_8), counts[i]);
            }
        }
        if (overflow > 0) {
            names.put(TOO_MANY, overflow);
        }
        return names;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new byte[oldKeys.length * 2][];
        counts = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /**
     * From the name's first and last eight bytes and its length, read as two words: a per-byte hash
     * chain costs more than everything else done with an other event's line.
     */
    private static int hash(byte[] b, int from, int to) {
        int length = to - from;
        long h;
        if (length >= Long.BYTES) {
            h = (long) LONGS.get(b, from) * 0x9E3779B97F4A7C15L + (long) LONGS.get(b, to - Long.BYTES);
        } else {
            h = 0;
            for (int i = from; i < to; i++) {
                h = (h << 8) | (b[i] & 0xff);
            }
        }
        h = (h ^ length) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 32));
    }
}
