package io.downtime.trace;

import java.util.Arrays;

/**
 * Names as bytes, each given a number in the order it was first seen: the open-addressing table
 * under the reader's name tables ({@link NameTally}, {@link NameCache}), which keep their values in
 * arrays indexed by that number.
 */
final class ByteKeys {
    private byte[][] slots = new byte[64][];
    private int[] ids = new int[64];
    private byte[][] byId = new byte[32][];
    private int size;

    /** How many names there are; their numbers are 0 to {@code size() - 1}. */
    int size() {
        return size;
    }

    /** The name numbered {@code id}. */
    byte[] key(int id) {
        return byId[id];
    }

    /** The number of the name {@code [from, to)} of {@code b}, or -1 when it was never added. */
    int id(byte[] b, int from, int to) {
        int mask = slots.length - 1;
        for (int slot = ByteHash.of(b, from, to) & mask; ; slot = (slot + 1) & mask) {
            byte[] key = slots[slot];
            if (key == null) {
                return -1;
            }
            if (Arrays.equals(key, 0, key.length, b, from, to)) {
                return ids[slot];
            }
        }
    }

    /** Adds the name {@code [from, to)} of {@code b}, which is not there yet; returns its number. */
    int add(byte[] b, int from, int to) {
        byte[] key = Arrays.copyOfRange(b, from, to);
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
        }
        byId[size] = key;
        place(key, size);
        size++;
        if (size * 2 > slots.length) {
            slots = new byte[slots.length * 2][];
            ids = new int[ids.length * 2];
            for (int id = 0; id < size; id++) {
                place(byId[id], id);
            }
        }
        return size - 1;
    }

    private void place(byte[] key, int id) {
        int mask = slots.length - 1;
        int slot = ByteHash.of(key, 0, key.length) & mask;
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = key;
        ids[slot] = id;
    }
}
