package io.downtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A fixed text (an event name, a stamp's start, a literal of a line's shape) that the reader's fast
 * paths look for at a place in a line, compared eight bytes at a time: for texts this short, a call to
 * {@link java.util.Arrays#equals} cost more than the comparison itself.
 */
final class ByteText {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    final int length;
    private final byte[] bytes;
    /** The text's words: at 0, 8, 16 ... and one more ending at its end; none for a text under 8 bytes. */
    private final int[] offsets;
    private final long[] words;

    ByteText(byte[] bytes) {
        this.bytes = bytes;
        length = bytes.length;
        int count = length < Long.BYTES ? 0 : (length + Long.BYTES - 1) / Long.BYTES;
        offsets = new int[count];
        words = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = Math.min(i * Long.BYTES, length - Long.BYTES);
            words[i] = (long) LONGS.get(bytes, offsets[i]);
        }
    }

    ByteText(String ascii) {
        this(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** The text's bytes; not to be changed. */
    byte[] bytes() {
        return bytes;
    }

    /** The text's words, as {@link #at} compares them: at 0, 8, 16 ... and its last eight bytes; not to be changed. */
    long[] words() {
        return words;
    }

    /** The text's first eight bytes as a number (its length must be 8 or more). */
    long head() {
        return words[0];
    }

    /** Whether {@code b} holds the text at {@code at}; the caller checked that it has room for it. */
    boolean at(byte[] b, int at) {
        if (words.length == 0) {
            for (int i = 0; i < length; i++) {
                if (b[at + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            if ((long) LONGS.get(b, at + offsets[i]) != words[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code b} holds the text at {@code at}, knowing that its first eight bytes are the text's
     * ({@link #head(byte[], int)} equals {@link #head()}): the rest only is compared. The text is 8 bytes
     * long or more; the caller checked that {@code b} has room for it.
     */
    boolean afterHeadAt(byte[] b, int at) {
        for (int i = 1; i < words.length; i++) {
            if ((long) LONGS.get(b, at + offsets[i]) != words[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first eight bytes of {@code b} at {@code at} as a number, as {@link #head()} is. */
    static long head(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }
}
