package io.downtime.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The floor benchmark's line count ({@link LineCountFloor}) is the file's number of LF bytes: a floor that
 * counted wrong could be fast for the wrong reason.
 */
class LineCountFloorTest {
    @Test
    void countsEveryLineEndOfARealTraceOnTwoThreads() throws Exception {
        // A real trace (22,016 bytes) in blocks of 1,000 bytes, which cut lines anywhere, so that both threads
        // take many; expected: its LF bytes counted one by one, and the same in the benchmark's 1 MiB blocks.
        Path trace = Path.of("sample-traces/full-trace-kvm-8vcpu-many-devices/src.log");
        byte[] bytes = Files.readAllBytes(trace);
        long lines = byteLoop(bytes, bytes.length);
        assertEquals(lines, LineCountFloor.count(trace, 2, 1000));
        assertEquals(lines, LineCountFloor.count(trace, 2, LineCountFloor.BLOCK_BYTES));
        assertEquals(lines, LineCountFloor.count(trace, 1, 1000));
    }

    @Test
    void countsOnlyLineEndsWhereTheWordArithmeticFlagsMore(@TempDir Path dir) throws Exception {
        // an LF at every place among bytes the word test may flag too (0x0B above an LF by the borrow; LineEndCases)
        for (LineEndCases.Case c : LineEndCases.all()) {
            assertEquals(byteLoop(c.bytes(), c.bytes().length), LineCountFloor.newlines(c.bytes(), c.bytes().length), c.made());
        }
        Path file = dir.resolve("lines");
        Files.write(file, new byte[] {'\n', 0x0B, '\n', 0x0B, 0x0B, 'x', '\n', 0x0B, 0x0B});
        assertEquals(3, LineCountFloor.count(file, 2, 4));
    }

    private static long byteLoop(byte[] bytes, int length) {
        long lines = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
