package io.downtime.trace;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link WordText#ofLine} reads a text from a line by words where the constructor reads it byte by byte: for
 * every length from 0 to {@link WordText#MAX_LENGTH}, at every alignment, among bytes of every value (the
 * bytes after the text, which it reads and must mask out, included), both must hold the same words and masks,
 * match the text where it is and not where one byte of it differs; a line end in the text is refused by both.
 */
class WordTextTest {
    private static final int PADDED = 3 * WordText.MAX_LENGTH;

    @Test
    void aTextReadByWordsIsTheTextReadByBytes() {
        Random random = new Random(26);
        for (int length = 0; length <= WordText.MAX_LENGTH; length++) {
            for (int from = 0; from < Long.BYTES; from++) {
                for (int round = 0; round < 20; round++) {
                    byte[] line = new byte[from + length + PADDED];
                    random.nextBytes(line);
                    for (int i = from; i < from + length; i++) {
                        while (line[i] == '\n' || line[i] == '\r') {
                            line[i] = (byte) random.nextInt();
                        }
                    }
                    WordText bytes = new WordText(line, from, from + length);
                    WordText words = WordText.ofLine(line, from, from + length);
                    assertEquals(length, words.length);
                    assertArrayEquals(parts(bytes), parts(words), "length " + length + " at " + from);
                    assertTrue(words.at(line, from));
                    for (int i = from; i < from + length; i++) {
                        byte[] other = line.clone();
                        other[i] ^= (byte) (1 << random.nextInt(8));
                        assertFalse(words.at(other, from), "byte " + (i - from) + " of " + length + " changed");
                    }
                    // the bytes after the text are not the text's
                    byte[] after = line.clone();
                    for (int i = from + length; i < after.length; i++) {
                        after[i] = (byte) ~after[i];
                    }
                    assertTrue(words.at(after, from));
                }
            }
        }
    }

    @Test
    void aLineEndIsNoPartOfAText() {
        for (int length = 1; length <= WordText.MAX_LENGTH; length++) {
            for (int at = 0; at < length; at++) {
                for (byte end : new byte[] {'\n', '\r'}) {
                    byte[] line = new byte[length + PADDED];
                    java.util.Arrays.fill(line, (byte) '7');
                    line[at] = end;
                    int to = length;
                    assertThrows(IllegalArgumentException.class, () -> new WordText(line, 0, to));
                    assertThrows(IllegalArgumentException.class, () -> WordText.ofLine(line, 0, to));
                }
            }
        }
        // nor is one just after it
        for (int length = 0; length <= WordText.MAX_LENGTH; length++) {
            byte[] line = new byte[length + PADDED];
            java.util.Arrays.fill(line, (byte) '7');
            line[length] = '\n';
            line[length + 1] = '\r';
            assertEquals(length, WordText.ofLine(line, 0, length).length);
        }
        byte[] line = new byte[PADDED];
        assertThrows(IllegalArgumentException.class, () -> WordText.ofLine(line, 0, WordText.MAX_LENGTH + 1));
    }

    private static long[] parts(WordText text) {
        return new long[] {text.word0, text.word1, text.word2, text.word3, text.mask0, text.mask1, text.mask2, text.mask3};
    }
}
