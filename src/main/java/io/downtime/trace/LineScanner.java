package io.downtime.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines without decoding them. A line ends at LF; a CR before the LF
 * is dropped; a last line without LF is still a line. A line longer than {@link #MAX_LINE_BYTES}
 * is not kept: it is reported by its length and skipped to its end, so memory stays bounded
 * whatever the input.
 */
final class LineScanner implements Closeable {
    static final int MAX_LINE_BYTES = 64 * 1024;
    private static final int BUFFER_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private long oversizedLength;

    LineScanner(InputStream in) {
        this.in = in;
    }

    /**
     * Goes on with another input (the next block of a file read in blocks, {@link FileBlocks}), whose
     * first line is line {@code linesBefore} + 1. The last input was read to its end, and is left open:
     * the blocks share one file.
     */
    void restart(InputStream next, long linesBefore) {
        in = next;
        position = 0;
        limit = 0;
        endOfInput = false;
        lineNumber = linesBefore;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        return nextAfter(position);
    }

    /**
     * Moves to the next line, knowing that the bytes held from its start ({@link #position()}) to {@code from}
     * hold no line end: the search for the line's end starts there ({@link RecentShapes#matchAhead}).
     */
    boolean nextAfter(int from) throws IOException {
        oversizedLength = -1;
        int searched = from - position;
        while (true) {
            int newline = indexOfNewline(buffer, position + searched, limit);
            if (newline >= 0) {
                setLine(position, newline);
                position = newline + 1;
                return true;
            }
            if (endOfInput) {
                if (position < limit) {
                    setLine(position, limit);
                    position = limit;
                    return true;
                }
                return false;
            }
            // More than the limit and a CR without a line end: the line is too long, wherever it ends.
            if (limit - position > MAX_LINE_BYTES + 1) {
                skipOversizedLine();
                return true;
            }
            searched = limit - position;
            fill();
        }
    }

    /**
     * Passes over {@code lines} whole lines held, from {@link #position()} to {@code next}, where the next
     * line starts, counted by the caller without the scanner ({@link RecentShapes#countRun}): each ended
     * with an LF and was no longer than {@link #MAX_LINE_BYTES}. The current line is then none of them:
     * only {@link #next()} makes one.
     */
    void skipLines(int next, int lines) {
        position = next;
        lineNumber += lines;
    }

    /** Where the next line starts in {@link #buffer()}; the input is held up to {@link #limit()}. */
    int position() {
        return position;
    }

    int limit() {
        return limit;
    }

    /** Whether the input ends at {@link #limit()}. */
    boolean endOfInput() {
        return endOfInput;
    }

    long lineNumber() {
        return lineNumber;
    }

    byte[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    /** The full length in bytes of the current line when it was too long to keep, else -1. */
    long oversizedLength() {
        return oversizedLength;
    }

    /**
     * A line over the limit is not kept even when it happens to fit in the buffer, so that whether a
     * line is read never depends on where it falls in the buffer (or in which block of a file read in blocks).
     */
    private void setLine(int start, int end) {
        lineNumber++;
        int content = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
        if (content - start > MAX_LINE_BYTES) {
            lineStart = lineEnd = end;
            oversizedLength = end - start;
            return;
        }
        lineStart = start;
        lineEnd = content;
    }

    private void skipOversizedLine() throws IOException {
        long length = 0;
        while (true) {
            int newline = indexOfNewline(buffer, position, limit);
            if (newline >= 0) {
                length += newline - position;
                position = newline + 1;
                break;
            }
            length += limit - position;
            position = limit;
            if (endOfInput) {
                break;
            }
            fill();
            if (endOfInput && position == limit) {
                break;
            }
        }
        lineNumber++;
        lineStart = lineEnd = position;
        oversizedLength = length;
    }

    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }

    /** First LF in {@code [from, to)}, eight bytes at a time, or -1. */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long found = (word - ONES) & ~word & HIGHS;
            if (found != 0) {
                return i + ByteWords.firstFlagged(found);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
