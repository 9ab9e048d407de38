package io.downtime.trace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Where the {@link FileBlocks} of one file end, found once and shared by the two threads that read it.
 * Each thread looked for them in the file on its own before: a file cut, or written over, between the
 * two looks gave the threads different blocks, and the reader then read lines twice or not at all, or
 * failed with an internal error. Found once, the blocks are the same for both whatever the file does.
 *
 * <p>A block's end is just past the first line end at or after its least size, or the end of the file
 * as it was when reading began; a file found shorter than that has been cut while it was read, which is
 * a read failure ({@link #cut}). The ends found are kept: eight bytes a block, 8 KiB for a gigabyte.
 */
final class BlockEnds {
    private final long size;
    private final long blockBytes;
    /**
     * Where an end is looked for. A window of 4 KiB (a line end is nearly always within its first hundred
     * bytes) reads 4 MB of a gigabyte again, where one of 64 KiB read 64 MB.
     */
    private final ByteBuffer window = ByteBuffer.allocate(1 << 12);
    private long[] ends = new long[64];
    private int known;
    /** Why an end could not be found: said again to the other thread when it asks for the same end. */
    private IOException failure;

    /** The ends of a file of {@code size} bytes (its size when reading began), in blocks of {@link FileBlocks#blockBytes}. */
    BlockEnds(long size) {
        this.size = size;
        this.blockBytes = FileBlocks.blockBytes(size);
    }

    long size() {
        return size;
    }

    /**
     * The end of block {@code index}, found in the file through {@code channel} (the asking thread's) when
     * neither thread asked for it before. Only the block after one that did not end at the file's end exists
     * ({@link #exists}).
     */
    synchronized long end(int index, FileChannel channel) throws IOException {
        findThrough(index, channel);
        if (index >= known) {
            throw new IllegalArgumentException("block " + index + " is past the end of the file");
        }
        return ends[index];
    }

    /** Whether there is a block {@code index}: the first, or one after a block that did not end at the file's end. */
    synchronized boolean exists(int index, FileChannel channel) throws IOException {
        if (index == 0) {
            return true;
        }
        findThrough(index - 1, channel);
        return index - 1 < known && ends[index - 1] < size;
    }

    /** Finds the ends of the blocks up to {@code index}, or to the file's last block if that comes first. */
    private void findThrough(int index, FileChannel channel) throws IOException {
        if (index < known) {
            return;
        }
        if (failure != null) {
            throw failure;
        }
        while (known <= index && (known == 0 || ends[known - 1] < size)) {
            long start = known == 0 ? 0 : ends[known - 1];
            long end;
            try {
                end = lineEndFrom(channel, start + blockBytes - 1);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            if (known == ends.length) {
                ends = Arrays.copyOf(ends, known * 2);
            }
            ends[known++] = end;
        }
    }

    /** Just past the first line end at or after {@code from}, or the end of the file as it was. */
    private long lineEndFrom(FileChannel channel, long from) throws IOException {
        long position = from;
        while (position < size) {
            window.clear();
            int read = channel.read(window, position);
            if (read <= 0) {
                throw cut(channel, size);
            }
            int newline = LineScanner.indexOfNewline(window.array(), 0, read);
            if (newline >= 0) {
                return Math.min(size, position + newline + 1);
            }
            position += read;
        }
        return size;
    }

    /**
     * Why a block ended before its end: the file is shorter than when reading began. Worded the same by
     * whichever thread finds it (while looking for an end, or while reading a block), so that a read
     * failure says the same whatever the timing of the two threads.
     */
    static IOException cut(FileChannel channel, long size) throws IOException {
        return new IOException("the file was cut while it was read: it is " + channel.size() + " bytes long now, "
                + size + " when reading began; what came after the cut is not read");
    }
}
