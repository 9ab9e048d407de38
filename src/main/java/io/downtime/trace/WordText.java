package io.downtime.trace;

import java.nio.charset.StandardCharsets;

/**
 * A fixed text of at most {@link #MAX_LENGTH} bytes (a literal of an event's arguments, the start of the
 * last stamp read) compared with a line's bytes as one to four words, without a loop: the bytes past the
 * text's length are masked out of the comparison. It may read {@link #MAX_LENGTH} bytes wherever it is
 * compared, so it is only compared where at least that many bytes can be read (a line followed by its
 * line end and {@link FastLineParser#PADDING} bytes); and it holds no line end, so a text that matches
 * there lies within the line.
 */
final class WordText {
    static final int MAX_LENGTH = 32;
    final int length;
    /** The text's bytes as words, and the masks of its bytes in them (read by {@link FastLineParser}'s number too). */
    final long word0;
    final long word1;
    final long word2;
    final long word3;
    final long mask0;
    final long mask1;
    final long mask2;
    final long mask3;

    WordText(byte[] bytes, int from, int to) {
        this(to - from, words(bytes, from, to));
    }

    private WordText(int length, long[] words) {
        this.length = length;
        long[] masks = masks(length);
        word0 = words[0];
        word1 = words[1];
        word2 = words[2];
        word3 = words[3];
        mask0 = masks[0];
        mask1 = masks[1];
        mask2 = masks[2];
        mask3 = masks[3];
    }

    /** The text {@code [from, to)}'s bytes as four words, byte by byte. */
    private static long[] words(byte[] bytes, int from, int to) {
        int length = checkedLength(from, to);
        long[] words = new long[4];
        for (int i = 0; i < length; i++) {
            if (bytes[from + i] == '\n' || bytes[from + i] == '\r') {
                throw new IllegalArgumentException("a text holding a line end");
            }
            words[i / 8] |= (bytes[from + i] & 0xFFL) << (8 * (i % 8));
        }
        return words;
    }

    /** The masks of a text of {@code length} bytes in its four words: all of a word's bytes the text fills. */
    private static long[] masks(int length) {
        long[] masks = new long[4];
        for (int i = 0; i * Long.BYTES < length; i++) {
            int bytes = Math.min(Long.BYTES, length - i * Long.BYTES);
            masks[i] = bytes == Long.BYTES ? -1L : (1L << 8 * bytes) - 1;
        }
        return masks;
    }

    private static int checkedLength(int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("a text of " + length + " bytes; at most " + MAX_LENGTH);
        }
        return length;
    }

    /**
     * The text {@code [from, to)} of a line that is followed by its line end and {@link FastLineParser#PADDING}
     * bytes, read as words rather than byte by byte ({@link FastStampReader} takes the start of a new stamp,
     * each second of a dense trace); the same text as {@code new WordText(b, from, to)}.
     */
    static WordText ofLine(byte[] b, int from, int to) {
        int length = checkedLength(from, to);
        long[] masks = masks(length);
        long[] words = new long[4];
        for (int i = 0; i * Long.BYTES < length; i++) {
            long word = ByteWords.at(b, from + i * Long.BYTES) & masks[i];
            if (((ByteWords.equal(word, LINE_FEEDS) | ByteWords.equal(word, CARRIAGE_RETURNS)) & masks[i]) != 0) {
                throw new IllegalArgumentException("a text holding a line end");
            }
            words[i] = word;
        }
        return new WordText(length, words);
    }

    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

    WordText(String ascii) {
        this(ascii.getBytes(StandardCharsets.US_ASCII), 0, ascii.length());
    }

    /** Whether {@code b} holds the text at {@code at}; {@link #MAX_LENGTH} bytes from {@code at} can be read. */
    boolean at(byte[] b, int at) {
        long diff = (ByteWords.at(b, at) ^ word0) & mask0;
        if (length > Long.BYTES) {
            diff |= (ByteWords.at(b, at + 8) ^ word1) & mask1;
            if (length > 2 * Long.BYTES) {
                diff |= (ByteWords.at(b, at + 16) ^ word2) & mask2 | (ByteWords.at(b, at + 24) ^ word3) & mask3;
            }
        }
        return diff == 0;
    }
}
