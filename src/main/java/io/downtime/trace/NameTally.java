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
     * Every byte of the name, eight at a time: a per-byte hash chain cost more than everything else
     * done with an other event's line, and a hash of some bytes only would let names that differ
     * elsewhere (crafted ones) all fall in one slot.
     */
    private static int hash(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        }
        for (; i < to; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }
}
