package io.downtime.trace;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads {@link FileBlocks} of a large plain file on a thread of its own, ahead of the reader's thread:
 * each block it claims ({@link BlockClaims}), never the last (below). Almost every line of a real trace
 * is an event the analyzer only counts, so this thread counts those itself and passes on, in file order,
 * only the lines the reader must parse (damaged lines, libvirt's lines) or build an event of (the
 * understood events this thread read with {@link FastLineParser}), with their line numbers counted from their block's start: the reader takes
 * them when it comes to the block, once it knows how many lines came before. Everything the grammar
 * says is thus said on one thread, in file order, with the line numbers of a one-thread read.
 *
 * <p>Memory stays bounded: at most {@link #QUEUED_CHUNKS} chunks of {@link Chunk#BYTES} wait; when
 * they are full (a dense trace, whose every line the reader's thread builds an event of), this thread
 * waits for the reader, and the reader's thread reads the blocks this one has not come to.
 *
 * <p>The file's last block is always the reader's thread's: it is read as far as the file goes when it
 * is read, as one stream reads a file, and the reader's thread comes to it last, so a file that grows
 * while it is read is read to its end as one thread would read it, whatever the timing of the two.
 */
final class ReadAheadBlocks implements Closeable {
    static final int QUEUED_CHUNKS = 4;

    /**
     * Lines passed on to the reader, packed in one byte array. The first chunk is small and each next
     * one twice as large up to {@link #BYTES}, so that a small file does not cost megabytes.
     */
    static final class Chunk {
        static final int BYTES = 1 << 19;
        private static final int FIRST_BYTES = 1 << 14;
        private static final int BYTES_PER_LINE = 64;
        final byte[] data;
        /** Where each line starts in {@link #data}; it ends where the next one starts ({@link #end}). */
        final int[] starts;
        final long[] lines;
        final long[] oversized;
        /** The prefilter's verdict on each line, null for a line too long to keep. */
        final LinePrefilter.Verdict[] verdicts;
        /** Each line's understood event as this thread read it ({@link FastLines#at}), when it did. */
        final FastLines parsed;
        int count;
        private int used;
        /** The block the chunk's lines are from. */
        int block;
        /** Set on the last chunk of a block: how many lines the block held. */
        long blockLines = -1;
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

        /** The size of the chunk after this one, with room for a line of {@code length} bytes at least. */
        int nextBytes(int length) {
            return Math.max(length, Math.min(BYTES, data.length * 2));
        }

        /**
         * The chunk for the next block, sized after what this one held: a block of a noisy trace passes on
         * a few lines, one of a dense trace thousands.
         */
        int nextBlockBytes() {
            long wanted = 2L * Math.max(used, (long) count * BYTES_PER_LINE);
            return (int) Math.max(FIRST_BYTES, Math.min(BYTES, wanted));
        }

        /** Empties a chunk the reader is done with, to be filled again. */
        private Chunk clear() {
            count = 0;
            used = 0;
            blockLines = -1;
            totals = null;
            return this;
        }

        /** Where line {@code i} ends in {@link #data}: the lines are packed one after the other. */
        int end(int i) {
            return i + 1 < count ? starts[i + 1] : used;
        }

        private boolean fits(int length) {
            return count < starts.length && used + length <= data.length;
        }

        /** A line this thread read ({@code fast}): its bytes, verdict and length are not needed, only where the next line starts. */
        private void addRead(FastLine fast, long line) {
            parsed.store(count, fast);
            starts[count] = used;
            lines[count] = line;
            count++;
        }

        /** A line for the reader to parse, or to reject as too long. */
        private void add(LineClassifier classifier) {
            LineScanner scanner = classifier.scanner();
            parsed.skip(count);
            verdicts[count] = classifier.verdict();
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
     * What this thread counted, once it is done.
     *
     * @param counted    the lines counted and not passed on, over all its blocks (null when it had none)
     * @param failure    why reading stopped before the end, or null
     * @param blockLines when it failed inside a block, the lines of that block read before; else 0
     */
    record Totals(LineClassifier counted, IOException failure, long blockLines) {
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    /**
     * Chunks the reader is done with, filled again rather than new ones made: a chunk lives while it
     * waits in the queue, long enough for the collector to move it to the old generation, so a new one
     * per megabyte read (a dense trace) grew the peak memory by tens of megabytes.
     */
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(QUEUED_CHUNKS + 2);
    private final FileChannel channel;
    private final FileBlocks blocks;
    private final BlockClaims claims;
    private final ReadOptions options;
    private final Thread thread;

    private ReadAheadBlocks(FileChannel channel, BlockEnds ends, BlockClaims claims, ReadOptions options) {
        this.channel = channel;
        this.blocks = new FileBlocks(channel, ends);
        this.claims = claims;
        this.options = options;
        this.thread = new Thread(this::run, "trace-reader-read-ahead");
        thread.setDaemon(true);
    }

    /**
     * Starts reading ahead in {@code file}, whose blocks' ends {@code ends} holds and {@code claims} shares
     * out (both shared with the reader's thread).
     */
    static ReadAheadBlocks start(Path file, BlockEnds ends, BlockClaims claims, ReadOptions options) throws IOException {
        ReadAheadBlocks ahead = new ReadAheadBlocks(FileChannel.open(file, StandardOpenOption.READ), ends, claims, options);
        ahead.thread.start();
        return ahead;
    }

    /** The next chunk in file order; a block's last carries its line count, the very last the {@link Totals}. */
    Chunk take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the file on two threads");
        }
    }

    /** Gives back a chunk {@link #take()} returned, once nothing of it is needed any more. */
    void recycle(Chunk chunk) {
        free.offer(chunk);
    }

    /** An empty chunk of {@code bytes} bytes: one given back when there is one that large, else a new one. */
    private Chunk chunkOf(int bytes) {
        Chunk reused = free.poll();
        return reused != null && reused.data.length >= bytes ? reused.clear() : new Chunk(bytes);
    }

    private void run() {
        LineClassifier classifier = null;
        IOException failure = null;
        boolean inBlock = false;
        Chunk chunk = Chunk.first();
        try {
            while (claimNext()) {
                chunk.block = blocks.index();
                if (classifier == null) {
                    classifier = new LineClassifier(new LineScanner(blocks.stream()), options);
                } else {
                    classifier.scanner().restart(blocks.stream(), 0);
                }
                inBlock = true;
                while (classifier.next()) {
                    LineScanner scanner = classifier.scanner();
                    FastLine fast = classifier.fastLine();
                    int length = fast != null ? 0 : scanner.lineEnd() - scanner.lineStart();
                    if (!chunk.fits(length)) {
                        if (chunk.count > 0) {
                            queue.put(chunk);
                        }
                        chunk = chunkOf(chunk.nextBytes(length));
                        chunk.block = blocks.index();
                    }
                    if (fast != null) {
                        chunk.addRead(fast, scanner.lineNumber());
                    } else {
                        chunk.add(classifier);
                    }
                }
                inBlock = false;
                chunk.blockLines = classifier.scanner().lineNumber();
                queue.put(chunk);
                chunk = chunkOf(chunk.nextBlockBytes());
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            return;
        }
        chunk.totals = new Totals(classifier, failure, inBlock ? classifier.scanner().lineNumber() : 0);
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Moves to the first block not claimed yet and claims it, or the one after when the first is left to
     * the reader's thread ({@link BlockClaims}); false when the block to claim is the file's last or there
     * is none (then this thread is done: the reader's thread reads what is left).
     */
    private boolean claimNext() throws IOException {
        while (true) {
            int next = claims.next();
            if (!blocks.moveTo(next) || blocks.isLast()) {
                return false;
            }
            if (!claims.leaveToReader(next)) {
                if (claims.claim(next)) {
                    return true;
                }
            } else {
                if (!blocks.moveTo(next + 1) || blocks.isLast()) {
                    return false;
                }
                if (claims.claimPair(next)) {
                    return true;
                }
            }
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
            channel.close();
        }
    }
}
