package io.downtime.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * The blocks a large plain file is read in by two threads ({@link ReadAheadBlocks}): each block starts where
 * the last one ended, holds at least {@link #blockBytes(long)} bytes (the last may hold fewer), and ends
 * just after a line end or at the end of the file, so that no line is cut. Both threads walk the same
 * blocks, each with a {@code FileBlocks} of its own, their ends found once for both ({@link BlockEnds}),
 * each thread reading the blocks it claimed ({@link BlockClaims}). Blocks, not two halves: when every
 * line is an event to build (a dense trace), a second half read ahead could only wait, its lines held in
 * bounded memory until the first half was done; with blocks, the other thread reads ahead while the
 * reader builds the events of the blocks before.
 */
final class FileBlocks {
    /**
     * Large enough that handing a block over costs nothing next to reading it; small enough that all a
     * dense block passes on (about 10,000 events) fits in the chunks {@link ReadAheadBlocks} may queue, so
     * that the other thread reads its whole next block while the reader builds the events of the last.
     */
    static final long MAX_BLOCK_BYTES = 1L << 20;
    /** Blocks a file is cut into at least, when it is not that large (the tests' small files). */
    private static final long MIN_BLOCKS = 16;

    private final FileChannel channel;
    private final BlockEnds ends;
    private int index = -1;
    private long start;
    private long end;

    /** This thread's walk through the blocks {@code ends} holds, reading them through {@code channel}. */
    FileBlocks(FileChannel channel, BlockEnds ends) {
        this.channel = channel;
        this.ends = ends;
    }

    /** One walk through the blocks of a file of {@code size} bytes, its ends found by this walk alone. */
    FileBlocks(FileChannel channel, long size) {
        this(channel, new BlockEnds(size));
    }

    /** The least size of a block of a file of {@code size} bytes. */
    static long blockBytes(long size) {
        return Math.max(1, Math.min(MAX_BLOCK_BYTES, size / MIN_BLOCKS));
    }

    /** Moves to the next block; false after the last. */
    boolean next() throws IOException {
        return moveTo(index + 1);
    }

    /**
     * Moves to block {@code number}, at or after the current one (a thread reads the blocks it claims,
     * {@link BlockClaims}, skipping those the other thread claimed); false when the file has no such block.
     */
    boolean moveTo(int number) throws IOException {
        if (!ends.exists(number, channel)) {
            return false;
        }
        start = number == 0 ? 0 : ends.end(number - 1, channel);
        end = ends.end(number, channel);
        index = number;
        return true;
    }

    /** Whether the current block is the file's last: the one read as far as the file goes ({@link #stream()}). */
    boolean isLast() {
        return end >= ends.size();
    }

    /**
     * Fails when the file no longer holds the current block whole and it is not the last one: the file was
     * cut while it was read ({@link BlockEnds#cut}). The reader's thread asks before it says the lines of a
     * block, whichever thread read them, so that a cut is said at the same place whatever the timing of
     * the two threads: the start of the first block the cut took bytes from, when the reader comes to it.
     */
    void checkHeldWhole() throws IOException {
        if (!isLast() && channel.size() < end) {
            throw BlockEnds.cut(channel, ends.size());
        }
    }

    /** The current block's number: 0 for the first. */
    int index() {
        return index;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    /**
     * The current block's bytes, read from the channel (which the stream shares: closing it closes the
     * channel). The last block is read to the end of the file, as it is then, as one stream reads a file;
     * any other that the file no longer holds whole is a read failure ({@link BlockEnds#cut}): the lines after
     * it may have been read already by the other thread, and would be said after a gap.
     */
    InputStream stream() throws IOException {
        // Positioned, not skipped: Java 17's file streams skip by reading.
        channel.position(start);
        InputStream in = Channels.newInputStream(channel);
        return isLast() ? in : new FirstBytes(in, end - start, () -> BlockEnds.cut(channel, ends.size()));
    }
}
