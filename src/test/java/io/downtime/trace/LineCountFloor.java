package io.downtime.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least a JVM does to read a trace here: the file's lines counted and nothing else, read as the
 * analyzer reads a large file (1 MiB blocks into a heap buffer, positioned reads, two threads taking the
 * next block in turn), each LF found eight bytes at a time. Run with the launcher's options, its wall time
 * is the floor under the analyzer's on the same file: what the JVM's start, C1's code for a byte loop and
 * the kernel's copy cost before anything is parsed (docs/performance.md, "The JVM's floor"). Not a test;
 * bench/dense-speed.sh times it beside grep and the analyzer:
 *
 * <pre>
 * java -cp CLASSES io.downtime.trace.LineCountFloor FILE [THREADS]      prints the number of LF bytes
 * </pre>
 */
public final class LineCountFloor {
    static final int BLOCK_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private LineCountFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.println(count(file, threads, BLOCK_BYTES));
    }

    /** The LF bytes of {@code file}, counted on {@code threads} threads in blocks of {@code blockBytes}. */
    static long count(Path file, int threads, int blockBytes) throws IOException, InterruptedException {
        try (FileChannel channel = FileChannel.open(file)) {
            long blocks = (channel.size() + blockBytes - 1) / blockBytes;
            AtomicInteger next = new AtomicInteger();
            AtomicLong total = new AtomicLong();
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> total.addAndGet(countBlocks(channel, blocks, blockBytes, next)));
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            return total.get();
        }
    }

    private static long countBlocks(FileChannel channel, long blocks, int blockBytes, AtomicInteger next) {
        byte[] buffer = new byte[blockBytes];
        ByteBuffer wrapped = ByteBuffer.wrap(buffer);
        long lines = 0;
        try {
            for (long block = next.getAndIncrement(); block < blocks; block = next.getAndIncrement()) {
                wrapped.clear();
                long position = block * blockBytes;
                while (wrapped.hasRemaining() && channel.read(wrapped, position + wrapped.position()) > 0) {
                    // a positioned read may return fewer bytes than asked for
                }
                lines += newlines(buffer, wrapped.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The LF bytes in {@code bytes[0, length)}. */
    static long newlines(byte[] bytes, int length) {
        long lines = 0;
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long found = (word - ONES) & ~word & HIGHS;
            // Only the lowest flag of a word is exact (a borrow can flag a 0x0B byte above an LF): count LFs one by one.
            while (found != 0) {
                int at = Long.numberOfTrailingZeros(found) >>> 3;
                if (bytes[i + at] == '\n') {
                    lines++;
                }
                found &= found - 1;
            }
        }
        for (; i < length; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
