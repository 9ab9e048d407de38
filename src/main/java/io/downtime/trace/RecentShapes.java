package io.downtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Recognises, faster than {@link LinePrefilter}, the commonest line of a trace: an other event whose
 * stamp starts as the last such line's did ({@code TID@SECONDS.}, the same thread within the same
 * second) and whose name is one of the last few other events' names. Such a line is exactly what
 * {@link LinePrefilter#classify} would call an other event of that name: the stamp's start is
 * bytes it has accepted before, the rest (fraction digits, colon, a known name ending at a space,
 * tab or the line end) is checked here as it checks it. Anything else answers "unknown" and goes to
 * the prefilter, which stays the authority ({@code RecentShapesTest} checks the two agree).
 */
final class RecentShapes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_PREFIX = 48;
    private static final int NAMES = 16;

    private final byte[] prefix = new byte[MAX_PREFIX];
    private int prefixLength;
    private final byte[][] names = new byte[NAMES][];
    private final long[] heads = new long[NAMES];
    private final long[] counts = new long[NAMES];
    private int size;
    private int replace;

    /** The index of the known name this line is an other event of, or -1 when unknown. */
    int match(byte[] b, int start, int end) {
        int k = prefixLength;
        if (k == 0 || end - start < k + 2 + Long.BYTES || !Arrays.equals(prefix, 0, k, b, start, start + k)) {
            return -1;
        }
        int p = start + k;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        if (p == start + k || p >= end || b[p] != ':') {
            return -1;
        }
        p++;
        if (end - p < Long.BYTES) {
            return -1;
        }
        long head = (long) LONGS.get(b, p);
        for (int i = 0; i < size; i++) {
            if (heads[i] == head) {
                byte[] name = names[i];
                int nameEnd = p + name.length;
                if (nameEnd <= end && (nameEnd == end || b[nameEnd] == ' ' || b[nameEnd] == '\t')
                        && Arrays.equals(name, 0, name.length, b, p, nameEnd)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Counts one more line of the known name {@code index} (from {@link #match}). */
    void count(int index) {
        counts[index]++;
    }

    /**
     * Learns from a line the prefilter called an other event named by {@code [nameStart, nameEnd)}:
     * its stamp's start when the stamp is {@code TID@SECONDS.MICROS:}, and its name.
     */
    void learn(byte[] b, int start, int nameStart, int nameEnd, NameTally tally) {
        int colon = nameStart - 1;
        if (colon <= start || b[colon] != ':') {
            return;
        }
        int dot = colon - 1;
        while (dot > start && b[dot] >= '0' && b[dot] <= '9') {
            dot--;
        }
        if (b[dot] != '.' || dot + 1 - start > MAX_PREFIX) {
            return;
        }
        prefixLength = dot + 1 - start;
        System.arraycopy(b, start, prefix, 0, prefixLength);
        int length = nameEnd - nameStart;
        if (length < Long.BYTES) {
            return;
        }
        long head = (long) LONGS.get(b, nameStart);
        for (int i = 0; i < size; i++) {
            if (heads[i] == head && Arrays.equals(names[i], 0, names[i].length, b, nameStart, nameEnd)) {
                return;
            }
        }
        int slot = size < NAMES ? size++ : replace++ % NAMES;
        if (names[slot] != null) {
            flush(slot, tally);
        }
        names[slot] = Arrays.copyOfRange(b, nameStart, nameEnd);
        heads[slot] = head;
    }

    /** Hands the counts kept here to {@code tally}. */
    void flush(NameTally tally) {
        for (int i = 0; i < size; i++) {
            flush(i, tally);
        }
    }

    private void flush(int slot, NameTally tally) {
        if (counts[slot] > 0) {
            tally.add(names[slot], 0, names[slot].length, counts[slot]);
            counts[slot] = 0;
        }
    }
}
