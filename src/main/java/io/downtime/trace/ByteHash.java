package io.downtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The hash of a name's bytes for the reader's tables ({@link NameTally}, {@link NameCache}): every
 * byte, eight at a time. A per-byte hash chain cost more than everything else done with an other
 * event's line, and a hash of some bytes only would let names that differ elsewhere (crafted ones)
 * all fall in one slot.
 */
final class ByteHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteHash() {
    }

    static int of(byte[] b, int from, int to) {
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
