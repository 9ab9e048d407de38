package io.downtime.trace;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The word-at-a-time byte tests of {@link ByteWords} against a test of each byte on its own: every byte
 * value at every place of a word, among neighbours that carry or borrow in word arithmetic (0x00, 0x7F,
 * 0x80, 0xFF) or that are the byte classes' edges ('/', '0', '9', ':', ' ', '!', '~', DEL); and the digits'
 * values against {@link Long#parseLong}.
 */
class ByteWordsTest {
    private static final byte[] NEIGHBOURS = {0x00, 0x7F, (byte) 0x80, (byte) 0xFF, '/', '0', '9', ':', ' ', '!', '~', '=', 'a'};

    @Test
    void nonDigitsFlagsExactlyTheBytesThatAreNoDigits() {
        everyByteEverywhere(ByteWords::nonDigits, c -> c < '0' || c > '9');
    }

    @Test
    void unprintableFlagsExactlyTheBytesOutsidePrintableAscii() {
        everyByteEverywhere(ByteWords::unprintable, c -> c <= ' ' || c >= 0x7F);
    }

    @Test
    void equalFlagsExactlyTheBytesEqualToTheOneSought() {
        everyByteEverywhere(word -> ByteWords.equal(word, 0x3D3D3D3D3D3D3D3DL), c -> c == '=');
        everyByteEverywhere(word -> ByteWords.equal(word, 0x2C2C2C2C2C2C2C2CL), c -> c == ',');
    }

    @Test
    void firstFlaggedIsTheLowestFlaggedByte() {
        for (int set = 1; set < 256; set++) {
            long flags = 0;
            for (int i = 0; i < 8; i++) {
                if ((set & (1 << i)) != 0) {
                    flags |= 0x80L << (8 * i);
                }
            }
            assertEquals(Long.numberOfTrailingZeros(flags) >>> 3, ByteWords.firstFlagged(flags), Long.toHexString(flags));
            assertEquals(Integer.numberOfTrailingZeros(set), ByteWords.firstFlagged(flags), Long.toHexString(flags));
        }
        assertEquals(0, ByteWords.firstFlagged(0));
    }

    @Test
    void beforeKeepsTheFlagsBelowTheFirstLimit() {
        for (int set = 0; set < 256; set++) {
            for (int limit = 0; limit <= 8; limit++) {
                long flags = flagsOf(set);
                long limitFlags = limit == 8 ? 0 : 0x80L << (8 * limit) | 0x8000000000000000L;
                long expected = flagsOf(set & ((1 << limit) - 1));
                assertEquals(expected, ByteWords.before(flags, limitFlags), set + " before " + limit);
            }
        }
    }

    @Test
    void eightDigitsReadsEveryCountOfDigitsAsItsValue() {
        Random random = new Random(25);
        for (int round = 0; round < 20_000; round++) {
            int count = 1 + round % 8;
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < count; i++) {
                // the edges of each digit, and the edges of the whole (all 0s, all 9s) now and then
                digits.append(round % 97 == 0 ? '9' : round % 89 == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
            byte[] bytes = new byte[8];
            for (int i = 0; i < 8; i++) {
                // what follows the digits in the word is anything: it must be shifted out
                bytes[i] = i < count ? (byte) digits.charAt(i) : (byte) random.nextInt(256);
            }
            long word = ByteWords.at(bytes, 0);
            assertEquals(Long.parseLong(digits.toString()), ByteWords.eightDigits(word << 8 * (8 - count)), digits.toString());
        }
        assertEquals(99_999_999L, ByteWords.eightDigits(ByteWords.at("99999999".getBytes(), 0)));
        assertEquals(0L, ByteWords.eightDigits(ByteWords.at("00000000".getBytes(), 0)));
        assertEquals(12_345_678L, ByteWords.eightDigits(ByteWords.at("12345678".getBytes(), 0)));
    }

    /** Each byte value at each place, the other seven bytes each neighbour: the flags are the test's, byte by byte. */
    private static void everyByteEverywhere(LongUnaryOperator flagsOf, IntPredicate flagged) {
        Random random = new Random(18);
        for (int value = 0; value < 256; value++) {
            for (int place = 0; place < 8; place++) {
                for (int round = 0; round < NEIGHBOURS.length * 2; round++) {
                    byte[] bytes = new byte[8];
                    for (int i = 0; i < 8; i++) {
                        bytes[i] = round < NEIGHBOURS.length ? NEIGHBOURS[round] : NEIGHBOURS[random.nextInt(NEIGHBOURS.length)];
                    }
                    bytes[place] = (byte) value;
                    long expected = 0;
                    for (int i = 0; i < 8; i++) {
                        if (flagged.test(bytes[i] & 0xFF)) {
                            expected |= 0x80L << (8 * i);
                        }
                    }
                    assertEquals(expected, flagsOf.applyAsLong(ByteWords.at(bytes, 0)),
                            "byte " + value + " at " + place + " in " + java.util.HexFormat.of().formatHex(bytes));
                }
            }
        }
    }

    private static long flagsOf(int set) {
        long flags = 0;
        for (int i = 0; i < 8; i++) {
            if ((set & (1 << i)) != 0) {
                flags |= 0x80L << (8 * i);
            }
        }
        return flags;
    }
}
