package io.downtime.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the second half of a large plain file on its own thread while the reader's thread reads the
 * first. Almost every line of a real trace is an event the analyzer only counts, so this thread
 * counts those itself and passes on, in file order, only the lines the reader must parse (understood
 * events, damaged lines, libvirt's lines), with their line numbers counted from the half's start: the
 * reader parses them after its own half, once it knows how many lines that half held. Everything the
 * grammar says is thus said on one thread, in file order, with the line numbers of a one-thread read.
 *
 * <p>Memory stays bounded: at most {@link #QUEUED_CHUNKS} chunks of {@link Chunk#BYTES} wait; when
 * they are full (a file where most lines are understood events), this thread waits for the reader.
 */
final class SecondHalf implements Closeable {
    static final int QUEUED_CHUNKS = 4;

    /**
     * Lines passed on to the reader, packed in one byte array. The first chunk is small and each next
     * one twice as large up to {@link #BYTES}, so that a small file does not cost megabytes.
     */
    static final class Chunk {
        static final int BYTES = 1 << 20;
        private static final int FIRST_BYTES = 1 << 14;
        private static final int BYTES_PER_LINE = 64;
        final byte[] data;
        /** Where each line starts in {@link #data}; it ends where the next one starts ({@link #end}). */
        final int[] starts;
        final long[] lines;
        final long[] oversized;
        /** The prefilter's verdict on each line, null for a line too long to keep. */
        final LinePrefilter.Verdict[] verdicts;
        /** Each line's understood event as this thread read it ({@link FastLines#has}), when it did. */
        final FastLines parsed;
        int count;
        private int used;
        /** Set on the last chunk only. */
        Totals totals;

        private Chunk(int bytes) {
            int lineCapacity = Math.max(16, bytes / BYTES_PER_LINE);
            data = new byte[bytes];
            starts = new int[lineCapacity];
            lines = new long[lineCapacity];
            oversized = new long[lineCapacity];
            verdicts = new LinePrefilter.Verdict[lineCapacity];
            parsed = new FastLines(lineCapacity);
        }

        static Chunk first() {
            return new Chunk(FIRST_BYTES);
        }

        /** The chunk after this one, with room for a line of {@code length} bytes at least. */
        Chunk next(int length) {
            return new Chunk(Math.max(length, Math.min(BYTES, data.length * 2)));
        }

        /** Where line {@code i} ends in {@link #data}: the lines are packed one after the other. */
        int end(int i) {
            return i + 1 < count ? starts[i + 1] : used;
        }

        private boolean fits(int length) {
            return count < starts.length && used + length <= data.length;
        }

        private void add(LineSorter sorter) {
            LineScanner scanner = sorter.scanner();
            verdicts[count] = sorter.verdict();
            FastLine fast = sorter.fastLine();
            if (fast != null) {
                parsed.store(count, fast);
                // read already: its bytes are not needed
                add(scanner.buffer(), scanner.lineStart(), scanner.lineStart(), scanner.lineNumber(), -1);
                return;
            }
            add(scanner.buffer(), scanner.lineStart(), scanner.lineEnd(), scanner.lineNumber(), scanner.oversizedLength());
        }

        private void add(byte[] b, int start, int end, long line, long oversizedLength) {
            int length = end - start;
            System.arraycopy(b, start, data, used, length);
            starts[count] = used;
            lines[count] = line;
            oversized[count] = oversizedLength;
            used += length;
            count++;
        }
    }

    /**
     * What the half held, beyond the lines passed on.
     *
     * @param lines       lines of the half
     * @param counted the lines counted and not passed on
     * @param failure why reading stopped before the end, or null
     */
    record Totals(long lines, LineSorter counted, IOException failure) {
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final InputStream in;
    private final ReadOptions options;
    private final Thread thread;

    private SecondHalf(InputStream in, ReadOptions options) {
        this.in = in;
        this.options = options;
        this.thread = new Thread(this::run, "trace-reader-second-half");
        thread.setDaemon(true);
    }

    /** Starts reading {@code file} from {@code from}, a line start, to its end. */
    static SecondHalf start(Path file, long from, ReadOptions options) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(from);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        // Positioned, not skipped: Java 17's file streams skip by reading.
        InputStream in = Channels.newInputStream(channel);
        SecondHalf half = new SecondHalf(in, options);
        half.thread.start();
        return half;
    }

    /**
     * Where to cut a plain file of {@code size} bytes in two: just after the first line end at or past
     * its middle; empty when there is none (one line filling the second half).
     */
    static OptionalLong splitPoint(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer window = ByteBuffer.allocate(1 << 16);
            long position = size / 2;
            while (position < size) {
                window.clear();
                int read = channel.read(window, position);
                if (read <= 0) {
                    break;
                }
                int newline = LineScanner.indexOfNewline(window.array(), 0, read);
                if (newline >= 0) {
                    long split = position + newline + 1;
                    return split < size ? OptionalLong.of(split) : OptionalLong.empty();
                }
                position += read;
            }
        }
        return OptionalLong.empty();
    }

    /** The next chunk in file order; the last one carries the {@link Totals}. */
    Chunk take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the second half of the file");
        }
    }

    private void run() {
        LineSorter sorter = new LineSorter(new LineScanner(in), options);
        IOException failure = null;
        Chunk chunk = Chunk.first();
        try {
            while (sorter.next()) {
                LineScanner scanner = sorter.scanner();
                int length = sorter.fastLine() != null ? 0 : scanner.lineEnd() - scanner.lineStart();
                if (!chunk.fits(length)) {
                    if (chunk.count > 0) {
                        queue.put(chunk);
                    }
                    chunk = chunk.next(length);
                }
                chunk.add(sorter);
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            return;
        }
        chunk.totals = new Totals(sorter.scanner().lineNumber(), sorter, failure);
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the thread (when the reader is closed before the end) and closes the file. */
    @Override
    public void close() throws IOException {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            in.close();
        }
    }
}
