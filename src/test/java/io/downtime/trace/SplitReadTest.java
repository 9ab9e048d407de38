package io.downtime.trace;

import io.downtime.model.TraceEvent;
import io.downtime.synth.BenchTraceFiles;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large plain file is read on two threads, in blocks each thread claims when it comes to them
 * ({@link FileBlocks}, {@link BlockClaims}, {@link ReadAheadBlocks}); what comes out must be exactly what one thread reading the whole file gives: the same events in the
 * same order with the same line numbers, the same diagnostics, the same accounting. A split threshold
 * of 2 bytes makes every file here be read in blocks (at least 16 of them when the lines allow), so
 * the real samples and damaged forms of them, made below from their lines, check it.
 */
class SplitReadTest {
    private static final ReadOptions WHOLE = new ReadOptions(false, Long.MAX_VALUE);
    private static final ReadOptions HALVES = new ReadOptions(false, 2);

    static Stream<Path> sampleLogs() throws IOException {
        try (Stream<Path> files = Files.walk(SampleTraces.root())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".log")
                            || file.getFileName().toString().endsWith(".stderr"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleLogs")
    void everySampleReadsTheSameInTwoHalves(Path log) throws IOException {
        // every line end is a block end when blocks are this small: as many blocks as lines, at least
        // two but for dst-killed-at-switchover/dst.log, whose second line ends within the first 1/16
        long lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1).size();
        assertTrue(blocks(log).size() >= Math.min(2, lines), log.toString());
        assertSame(log, WHOLE, HALVES);
        assertSame(log, new ReadOptions(true, Long.MAX_VALUE), new ReadOptions(true, 2));
    }

    /**
     * Damage in the first block and in one either thread may read: a malformed line (column and line number must be the whole
     * file's), a line too long to keep, CRLF line ends, a NUL byte, and no final line end. The sample is
     * dst-stalled-400ms/src.log (52 lines, under 80 bytes each); lines 2 and 48 are made 70 KiB long,
     * so the file (about 144 KiB) is cut in blocks of at least 9 KiB: each long line a block of its own.
     * Which thread reads which block depends on their timing (the other thread claims blocks as it comes
     * to them), so the read is repeated.
     */
    @RepeatedTest(10)
    void damageInBlocksReadByEitherThreadIsReportedAtItsPlace(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SampleTraces.path("dst-stalled-400ms/src.log"));
        assertEquals(52, lines.size());
        List<String> damaged = new ArrayList<>(lines);
        // line 40: a non-numeric downtime, line 45: a NUL byte before the stamp
        damaged.set(39, damaged.get(39).replaceFirst("downtime=\\d+", "downtime=12x"));
        damaged.set(44, "\0" + damaged.get(44));
        // lines 2 and 48: 70 KiB of 'a', longer than a line may be
        damaged.set(1, "a".repeat(70 * 1024));
        damaged.set(47, "a".repeat(70 * 1024));
        Path file = dir.resolve("damaged.log");
        Files.writeString(file, String.join("\r\n", damaged), StandardCharsets.UTF_8);
        List<long[]> blocks = blocks(file);
        List<Integer> damagedBlocks = new ArrayList<>();
        for (int line : List.of(2, 40, 45, 48)) {
            long at = lineStart(file, line);
            damagedBlocks.add((int) blocks.stream().filter(b -> b[0] <= at && at < b[1]).findFirst().orElseThrow()[2]);
        }
        // the first block is the reader's thread's; any other but the last is read by the thread that claims it
        assertTrue(damagedBlocks.contains(0) && damagedBlocks.stream().anyMatch(i -> i > 0 && i < blocks.size() - 1),
                "damage in the first block and in one either thread may read: " + damagedBlocks);

        ReadResult halves = assertSame(file, WHOLE, HALVES);
        assertEquals(List.of(2L, 40L, 45L, 48L), halves.diagnostics().stream().map(d -> d.where().line()).toList());
        assertEquals(4, halves.accounting().rejected());
        assertEquals(52, halves.accounting().lines());
    }

    /** The benchmark's trace (docs/performance.md), 40 MiB: over the default threshold, so read in two by default. */
    @Test
    void aLargeTraceReadsTheSameInTwoHalves(@TempDir Path dir) throws IOException {
        Path file = BenchTraceFiles.migrationMix(dir, 40L << 20);
        assertTrue(size(file) >= ReadOptions.SPLIT_FROM_BYTES);
        ReadResult halves = assertSame(file, WHOLE, ReadOptions.defaults());
        assertEquals(0, halves.accounting().rejected());
        assertFalse(halves.events().isEmpty());
    }

    /** A reader closed after its first event stops the second thread and does not hang. */
    @Test
    void closingEarlyStopsTheSecondHalf(@TempDir Path dir) throws IOException {
        Path file = BenchTraceFiles.migrationMix(dir, 40L << 20);
        for (int i = 0; i < 20; i++) {
            try (EventReader reader = EventReader.open(TraceInput.file(file), ReadOptions.defaults(), d -> { })) {
                assertTrue(reader.hasNext());
                reader.next();
            }
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("trace-reader-read-ahead") && thread.isAlive()));
    }

    /**
     * A block ends just past the first line end at or after its least size: 1/16 of the file, at most
     * {@link FileBlocks#MAX_BLOCK_BYTES}; the last one at the end of the file.
     */
    @Test
    void blocksEndAtLineEnds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("three.log");
        Files.writeString(file, "aaaa\nbbbbbbbb\ncc\n");
        // 17 bytes: blocks of at least 1 byte, so every line a block: line ends at bytes 4, 13 and 16
        assertEquals(List.of("0-5", "5-14", "14-17"), blocks(file).stream().map(b -> b[0] + "-" + b[1]).toList());
        Files.writeString(file, "aaaa\nbbbbbbbbbbbb");
        assertEquals(List.of("0-5", "5-17"), blocks(file).stream().map(b -> b[0] + "-" + b[1]).toList(), "no final line end");
        // 64 bytes: at least 4 bytes a block; "a\n" is 2, so the first block runs to the line end after byte 3
        Files.writeString(file, "a\nbb\n" + "c".repeat(55) + "\ndd\n");
        assertEquals(List.of("0-5", "5-61", "61-64"), blocks(file).stream().map(b -> b[0] + "-" + b[1]).toList());
        assertEquals(1L << 20, FileBlocks.blockBytes(1L << 30), "a gigabyte in blocks of 1 MiB");
    }

    /** The blocks of {@code file}: start, end, number. */
    private static List<long[]> blocks(Path file) throws IOException {
        List<long[]> blocks = new ArrayList<>();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            FileBlocks walk = new FileBlocks(channel, size(file));
            while (walk.next()) {
                blocks.add(new long[]{walk.start(), walk.end(), walk.index()});
            }
        }
        return blocks;
    }

    private static ReadResult assertSame(Path file, ReadOptions whole, ReadOptions halves) {
        ReadResult one = ReadResult.read(TraceInput.file(file), whole);
        ReadResult two = ReadResult.read(TraceInput.file(file), halves);
        assertEquals(one.accounting(), two.accounting(), file.toString());
        assertEquals(one.diagnostics(), two.diagnostics(), file.toString());
        List<TraceEvent> events = one.events();
        assertEquals(events.size(), two.events().size(), file.toString());
        assertEquals(events, two.events(), file.toString());
        return two;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Byte offset where line {@code number} (1-based) starts. */
    private static long lineStart(Path file, int number) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int line = 1;
        for (int i = 0; i < bytes.length && line < number; i++) {
            if (bytes[i] == '\n') {
                line++;
                if (line == number) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("no line " + number);
    }
}
