package io.downtime.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The names of a trace (device idstrs, checkpoints, states, commands) as Strings, decoded once each:
 * a trace repeats a few hundred names millions of times, so decoding and interning every occurrence
 * would cost more than the rest of the line. Each String is the JVM's interned copy, as the grammar's
 * names are ({@link RuleText#name}). Only ASCII names are given here. Past {@link #MAX_NAMES}
 * distinct names, further new ones are decoded every time.
 *
 * <p>A name is found by its words: its first eight bytes, its last eight (which overlap the first in a
 * name of 8 to 15 bytes) and, in a name over 16 bytes, those between, all hashed so that names that
 * differ anywhere (crafted ones) spread over the table. It is read from a line followed by its line end
 * and {@link FastLineParser#PADDING} bytes, so a name under eight bytes is read as one word, masked.
 */
final class NameCache {
    static final int MAX_NAMES = 4096;
    private int[] slots = new int[64];
    private long[] firsts = new long[32];
    private long[] lasts = new long[32];
    private int[] lengths = new int[32];
    private long[] hashes = new long[32];
    private byte[][] keys = new byte[32][];
    private String[] names = new String[32];
    private int size;

    String name(byte[] b, int from, int to) {
        int length = to - from;
        long first = ByteWords.at(b, from);
        long last;
        long hash;
        if (length < Long.BYTES) {
            first &= (1L << (8 * length)) - 1;
            last = 0;
            hash = first;
        } else {
            last = ByteWords.at(b, to - Long.BYTES);
            hash = first * 0x9E3779B97F4A7C15L ^ last;
            for (int i = from + Long.BYTES; i < to - Long.BYTES; i += Long.BYTES) {
                hash = (hash ^ ByteWords.at(b, i)) * 0x9E3779B97F4A7C15L;
            }
        }
        int mask = slots.length - 1;
        int slot = slotOf(hash, length, mask);
        for (int id = slots[slot] - 1; id >= 0; slot = (slot + 1) & mask, id = slots[slot] - 1) {
            boolean same = firsts[id] == first && lasts[id] == last && lengths[id] == length;
            byte[] key = keys[id];
            for (int i = Long.BYTES; same && i < length - Long.BYTES; i += Long.BYTES) {
                same = ByteWords.at(key, i) == ByteWords.at(b, from + i);
            }
            if (same) {
                return names[id];
            }
        }
        String name = new String(b, from, length, StandardCharsets.ISO_8859_1).intern();
        if (size < MAX_NAMES) {
            add(Arrays.copyOfRange(b, from, to), first, last, hash, name);
        }
        return name;
    }

    private static int slotOf(long hash, int length, int mask) {
        long mixed = (hash ^ length) * 0xC2B2AE3D27D4EB4FL;
        return (int) (mixed >>> 32) & mask;
    }

    private void add(byte[] key, long first, long last, long hash, String name) {
        if (size == names.length) {
            int grown = size * 2;
            firsts = Arrays.copyOf(firsts, grown);
            lasts = Arrays.copyOf(lasts, grown);
            lengths = Arrays.copyOf(lengths, grown);
            hashes = Arrays.copyOf(hashes, grown);
            keys = Arrays.copyOf(keys, grown);
            names = Arrays.copyOf(names, grown);
        }
        firsts[size] = first;
        lasts[size] = last;
        lengths[size] = key.length;
        hashes[size] = hash;
        keys[size] = key;
        names[size] = name;
        size++;
        if (size * 2 <= slots.length) {
            place(size - 1);
            return;
        }
        slots = new int[slots.length * 2];
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int slot = slotOf(hashes[id], lengths[id], mask);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
    }
}
