package io.downtime.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * The blocks a large plain file is read in by two threads ({@link OddBlocks}): each block starts where
 * the last one ended, holds at least {@link #blockBytes(long)} bytes (the last may hold fewer), and ends
 * just after a line end or at the end of the file, so that no line is cut. Both threads walk the same
 * blocks, each with a {@code FileBlocks} of its own, their ends found once for both ({@link BlockEnds}):
 * the reader's thread reads the even ones (0, 2 ...), the other thread the odd ones. Alternate blocks, not two halves: when every line is an event to build (a dense
 * trace), a second half read ahead could only wait, its lines held in bounded memory until the first
 * half was done; with blocks, each thread reads its next block while the reader builds the events of
 * the last one.
 */
final class FileBlocks {
    /**
     * Large enough that handing a block over costs nothing next to reading it; small enough that all a
     * dense block passes on (about 10,000 events) fits in the chunks {@link OddBlocks} may queue, so
     * that the other thread reads its whole next block while the reader reads its own.
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
        if (index >= 0 && end >= ends.size()) {
            return false;
        }
        start = index < 0 ? 0 : end;
        end = ends.end(index + 1, channel);
        index++;
        return true;
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
        return end >= ends.size() ? in : new FirstBytes(in, end - start, () -> BlockEnds.cut(channel, ends.size()));
    }
}
