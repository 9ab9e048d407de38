package io.downtime.trace;

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
    static final int MAX_NAMES = 4096;
    static final String TOO_MANY = "(other names)";
    private final ByteKeys keys = new ByteKeys();
    private long[] counts = new long[32];
    private long overflow;

    void add(byte[] b, int from, int to) {
        add(b, from, to, 1);
    }

    /** Adds what {@code other} counted: the tally of the other thread of a file read in blocks. */
    void addAll(NameTally other) {
        for (int id = 0; id < other.keys.size(); id++) {
            byte[] key = other.keys.key(id);
            add(key, 0, key.length, other.counts[id]);
        }
        overflow += other.overflow;
    }

    void add(byte[] b, int from, int to, long count) {
        int id = keys.id(b, from, to);
        if (id < 0) {
            if (keys.size() >= MAX_NAMES) {
                overflow += count;
                return;
            }
            id = keys.add(b, from, to);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, id * 2);
            }
        }
        counts[id] += count;
    }

    Map<String, Long> snapshot() {
        Map<String, Long> names = new TreeMap<>();
        for (int id = 0; id < keys.size(); id++) {
            names.put(new String(keys.key(id), StandardCharsets.UTF_8), counts[id]);
        }
        if (overflow > 0) {
            names.put(TOO_MANY, overflow);
        }
        return names;
    }
}
