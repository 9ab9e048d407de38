package io.downtime.trace;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scanner's word-at-a-time search for a line end ({@link LineScanner#indexOfNewline}), against a plain
 * byte loop: a line end at every place, after bytes that are near it or borrow in the word arithmetic (the
 * byte index it takes from a word's flags, {@link ByteWords#firstFlagged}, is {@code ByteWordsTest}'s).
 */
class NewlineSearchTest {
    @Test
    void findsTheFirstLineEndWhereverItIs() {
        // a line end at every place in and around two words, after bytes that are one bit away from LF
        // (0x0B, 0x08) or that borrow in the word arithmetic (0x00, 0x80, 0x8A), from every start
        byte[] fillers = {'a', 0x0B, 0x08, 0x00, (byte) 0x80, (byte) 0x8A, (byte) 0xFF};
        for (byte filler : fillers) {
            for (int length = 0; length <= 24; length++) {
                for (int newline = -1; newline < length; newline++) {
                    byte[] bytes = new byte[length];
                    java.util.Arrays.fill(bytes, filler);
                    if (newline >= 0) {
                        bytes[newline] = '\n';
                        if (newline + 1 < length) {
                            bytes[length - 1] = '\n';
                        }
                    }
                    for (int from = 0; from <= length; from++) {
                        assertEquals(byteLoop(bytes, from, length), LineScanner.indexOfNewline(bytes, from, length),
                                "filler " + filler + ", length " + length + ", LF at " + newline + ", from " + from);
                    }
                }
            }
        }
    }

    private static int byteLoop(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
