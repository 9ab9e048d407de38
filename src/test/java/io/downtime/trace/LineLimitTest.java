package io.downtime.trace;

import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A line is kept up to {@value LineScanner#MAX_LINE_BYTES} bytes (line end excluded) and rejected
 * beyond, whether it lies within the reader's 1 MiB buffer or across its refill: whether a line is
 * read must not depend on where it falls in the file (nor in which half of a file read in two).
 */
class LineLimitTest {

    @ParameterizedTest(name = "{0} bytes of x after {1} bytes, CR {2}")
    @CsvSource({
            "65536, 0, false", "65537, 0, false", "65536, 0, true", "65537, 0, true",
            // the long line starts 1,000 bytes before the end of the first 1 MiB buffer fill
            "65536, 1047576, false", "65537, 1047576, false", "65536, 1047576, true", "65537, 1047576, true"})
    void theLimitHoldsWhereverTheLineFalls(int length, int offset, boolean crlf, @TempDir Path dir) throws IOException {
        // filler: real sample lines repeated up to the offset, then one line of 'x' of the given length, then a real line
        List<String> real = Files.readAllLines(SampleTraces.path("precopy-q35-small/src.log"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long fillerLines = 0;
        String end = crlf ? "\r\n" : "\n";
        while (bytes.size() < offset) {
            String line = real.get((int) (fillerLines % real.size()));
            byte[] text = (line + end).getBytes();
            if (bytes.size() + text.length > offset) {
                // pad with a non-trace line to reach the offset exactly
                bytes.write(("#".repeat(Math.max(0, offset - bytes.size() - end.length())) + end).getBytes());
                fillerLines++;
                break;
            }
            bytes.write(text);
            fillerLines++;
        }
        bytes.write(("x".repeat(length) + end).getBytes());
        bytes.write((real.get(0) + end).getBytes());
        Path file = dir.resolve("long.log");
        Files.write(file, bytes.toByteArray());

        ReadResult read = ReadResult.read(TraceInput.file(file), new ReadOptions(false, Long.MAX_VALUE));
        long longLine = fillerLines + 1;
        assertEquals(fillerLines + 2, read.accounting().lines());
        if (length > LineScanner.MAX_LINE_BYTES) {
            assertEquals(1, read.accounting().rejected());
            // the length said is the line's bytes before its LF, a CR included
            assertEquals(file + ":" + longLine + ":1: line is " + (length + (crlf ? 1 : 0))
                    + " bytes long; lines longer than 65536 bytes are not read", read.diagnostics().get(0).toString());
        } else {
            assertEquals(0, read.accounting().rejected(), read.diagnostics().toString());
        }
        assertEquals(read, ReadResult.read(TraceInput.file(file), new ReadOptions(false, 2)), "the same read on two threads");
    }
}
