package io.downtime.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inputs for the word-at-a-time line-end searches ({@link LineScanner#indexOfNewline}, the floor benchmark's
 * {@link LineCountFloor#newlines}): a line end at every place in and around three words, and a second one
 * at the end, among bytes that are one bit away from LF (0x0B, 0x08) or that borrow in the word arithmetic
 * (0x00, 0x80, 0x8A, 0xFF): where a word test can flag a byte that is no line end.
 */
final class LineEndCases {
    private static final byte[] FILLERS = {'a', 0x0B, 0x08, 0x00, (byte) 0x80, (byte) 0x8A, (byte) 0xFF};

    private LineEndCases() {
    }

    /** Each case: its bytes, and how it was made for a failure's message. */
    record Case(byte[] bytes, String made) {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (byte filler : FILLERS) {
            for (int length = 0; length <= 24; length++) {
                for (int newline = -1; newline < length; newline++) {
                    byte[] bytes = new byte[length];
                    Arrays.fill(bytes, filler);
                    if (newline >= 0) {
                        bytes[newline] = '\n';
                        if (newline + 1 < length) {
                            bytes[length - 1] = '\n';
                        }
                    }
                    cases.add(new Case(bytes, "filler " + filler + ", length " + length + ", LF at " + newline));
                }
            }
        }
        return cases;
    }
}
