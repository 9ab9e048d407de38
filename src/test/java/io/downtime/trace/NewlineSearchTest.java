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
        // a line end at every place in and around two words, after bytes that are near it or borrow (LineEndCases), from every start
        for (LineEndCases.Case c : LineEndCases.all()) {
            byte[] bytes = c.bytes();
            for (int from = 0; from <= bytes.length; from++) {
                assertEquals(byteLoop(bytes, from, bytes.length), LineScanner.indexOfNewline(bytes, from, bytes.length),
                        c.made() + ", from " + from);
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
