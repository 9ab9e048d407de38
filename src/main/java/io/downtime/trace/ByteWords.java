package io.downtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a line read as one little-endian {@code long} (byte {@code i} of the line in bits
 * {@code 8i} to {@code 8i+7}), and the byte classes and decimal digits of such a word, for the fast path
 * ({@link FastLineParser}, {@link FastStampReader}, {@link NameCache}). Every test here is exact for each
 * byte on its own: no carry or borrow crosses from one byte to the next, so that a flag on a byte never
 * depends on its neighbours (which past a line's end are another line's bytes). A flag is the top bit of
 * its byte ({@code 0x80}).
 *
 * <p>All of it is small enough for C1 (the launcher's only compiler) to inline: a byte loop or a call to
 * {@code Long.numberOfTrailingZeros} (which C1 does not inline) cost more than the line's reading.
 */
final class ByteWords {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long FLAGS = 0x8080808080808080L;

    private ByteWords() {
    }

    /** The eight bytes of {@code b} from {@code at}. */
    static long at(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /**
     * Flags on the bytes that are not ASCII digits. A byte's low seven bits plus {@code 0x50} reach the top
     * bit from {@code '0'} up, plus {@code 0x46} from {@code ':'} up; neither sum leaves its byte.
     */
    static long nonDigits(long word) {
        long low = word & SEVEN_BITS;
        return (~(low + 0x5050505050505050L) | (low + 0x4646464646464646L) | word) & FLAGS;
    }

    /**
     * Flags on the bytes that are not printable ASCII: below {@code '!'} (a space, a line end, a control
     * character) or from DEL up.
     */
    static long unprintable(long word) {
        long low = word & SEVEN_BITS;
        return (~(low + 0x5F5F5F5F5F5F5F5FL) | (low + 0x0101010101010101L) | word) & FLAGS;
    }

    /** Flags on the bytes equal to the byte {@code each} holds in every byte ({@code 0x3D3D...} for '='). */
    static long equal(long word, long each) {
        long diff = word ^ each;
        return ~(((diff & SEVEN_BITS) + SEVEN_BITS) | diff) & FLAGS;
    }

    /**
     * The index (0 to 7) of the lowest flagged byte of {@code flags}, which has flags only (0 when it has
     * none). The lowest flag, shifted to bit 0 of its byte, times a number whose byte {@code j} is
     * {@code 7 - j}, carries that byte's index to the top byte.
     */
    static int firstFlagged(long flags) {
        return (int) ((((flags & -flags) >>> 7) * 0x0001020304050607L) >>> 56);
    }

    /**
     * The flags below the lowest flag of {@code limit} (all of {@code flags} when {@code limit} has none):
     * the flags of a word's bytes before its first byte of another kind.
     */
    static long before(long flags, long limit) {
        return flags & ((limit & -limit) - 1);
    }

    /**
     * The value of eight ASCII digits, the first (the most significant) in the lowest byte: pairs, then
     * fours, then the eight, each step one multiplication (Lemire's method). A zero byte reads as a 0, so
     * fewer digits shifted to the top ({@code word << 8 * (8 - count)} for the lowest {@code count} bytes)
     * read as their own value. Its 35 bytes are C1's limit: it is to be called directly, as a method that
     * called it did not have it inlined (-XX:+PrintInlining: C1 allows less at each further level).
     */
    static long eightDigits(long word) {
        // one expression: with its steps in variables, the method is over C1's 35 bytes and no longer inlined
        return ((((word & 0x0F0F0F0F0F0F0F0FL) * 2561 >>> 8) & 0x00FF00FF00FF00FFL) * 6553601 >>> 16 & 0x0000FFFF0000FFFFL)
                * 42949672960001L >>> 32;
    }
}
