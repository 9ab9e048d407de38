package io.downtime.trace;

import io.downtime.model.TraceEvent;
import io.downtime.synth.BenchTraceFiles;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
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
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large plain file is read in two halves on two threads ({@link SecondHalf}); what comes out must be
 * exactly what one thread reading the whole file gives: the same events in the same order with the
 * same line numbers, the same diagnostics, the same accounting. A split threshold of 2 bytes makes
 * every file here be read in two, so the real samples and damaged forms of them, made below from
 * their lines, check it.
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
        if (SecondHalf.splitPoint(log, size(log)).isEmpty()) {
            // not cut only when the middle lies in the last line (dst-killed-at-switchover/dst.log: 2 lines)
            byte[] bytes = Files.readAllBytes(log);
            int lastLineStart = lastIndexOf(bytes, (byte) '\n', bytes.length - 2) + 1;
            assertTrue(lastLineStart <= bytes.length / 2, log.toString());
        }
        assertSame(log, WHOLE, HALVES);
        assertSame(log, new ReadOptions(true, Long.MAX_VALUE), new ReadOptions(true, 2));
    }

    /**
     * Damage in the second half, where the second thread meets it: a malformed line (column and line
     * number must be the whole file's), a line too long to keep, CRLF line ends, a NUL byte, and no
     * final line end. The sample is dst-stalled-400ms/src.log (52 lines, under 80 bytes each); line 2
     * is made 70 KiB long too, so that the middle of the file, where it is cut, lies past it, among
     * the real lines before line 40.
     */
    @Test
    void damageInTheSecondHalfIsReportedAtItsPlace(@TempDir Path dir) throws IOException {
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
        long cut = SecondHalf.splitPoint(file, size(file)).getAsLong();
        assertTrue(cut > lineStart(file, 3) && cut < lineStart(file, 40), "the cut lies between the long line 2 and line 40: " + cut);

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
                .anyMatch(thread -> thread.getName().equals("trace-reader-second-half") && thread.isAlive()));
    }

    /** The cut is just past the first line end at or after the middle; a file with no such line end is not cut. */
    @Test
    void theCutIsAtALineStart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("three.log");
        Files.writeString(file, "aaaa\nbbbbbbbb\ncc\n");
        // 17 bytes: the middle is byte 8, inside "bbbbbbbb" (bytes 5 to 12), whose line end is byte 13
        assertEquals(OptionalLong.of(14), SecondHalf.splitPoint(file, 17));
        Files.writeString(file, "aaaa\nbbbbbbbbbbbb");
        assertEquals(OptionalLong.empty(), SecondHalf.splitPoint(file, 17));
        Files.writeString(file, "aaaa\nbbbbbbbbbbb\n");
        assertEquals(OptionalLong.empty(), SecondHalf.splitPoint(file, 17), "the only line end past the middle is the last byte");
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

    private static int lastIndexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
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
