package io.downtime.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.downtime.model.OtherEvent;
import io.downtime.model.TraceEvent;
import io.downtime.testing.ReadResult;
import io.downtime.testing.TraceForms;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of the line reader: any bytes, read as one input. Seeds are real sample
 * lines ({@code ReaderFuzzTestInputs/}, made by {@link FuzzSeeds}); every crash Jazzer ever found is
 * kept there too and replayed by every {@code mvn test}. {@code JAZZER_FUZZ=1} fuzzes
 * (docs/robustness.md).
 *
 * <p>What must hold for every input: no exception escapes; every line is counted once
 * ({@code lines = understood + other + non-trace + rejected}); every rejected line and every read
 * failure has exactly one diagnostic, whose line exists and whose column lies within that line; the
 * events come in file order; reading with other events kept (every such line through the grammar)
 * counts every line the same way as the prefilter alone; read with the grammar alone, without the
 * byte-level shortcut for understood events ({@code FastLineParser}), the result is the same; read in
 * blocks on two threads, as a large file is, the result is the same; and the same bytes
 * gzip-compressed read the same.
 * Bytes that start like gzip are read as gzip: whole, they must hold the same for what they decompress
 * to; broken, the reader says where it stopped (one diagnostic at most past the last line).
 */
class ReaderFuzzTest {
    private static final Path FILE = temporaryFile("reader-fuzz", ".log");
    private static final Path GZIP_FILE = temporaryFile("reader-fuzz", ".log.gz");

    /** {@code maxDuration} applies to fuzzing only; {@code -Djazzer.max_duration=15m} overrides it. */
    @FuzzTest(maxDuration = "5s")
    void readAnyBytes(byte[] bytes) {
        write(FILE, bytes);
        if (isGzip(bytes)) {
            readCompressed(bytes);
            return;
        }
        ReadResult plain = ReadResult.read(TraceInput.file(FILE), ReadOptions.defaults());
        checkEveryLineAccountedFor(plain, new DecodedLines(bytes));

        // The byte-level shortcut for understood events says exactly what the grammar says.
        ReadResult grammarOnly = ReadResult.read(TraceInput.file(FILE), ReadOptions.defaults().withGrammarOnly());
        assertEquals(plain, grammarOnly, "the shortcut reads as the grammar: the same events, diagnostics and accounting");

        ReadResult allEvents = ReadResult.read(TraceInput.file(FILE), new ReadOptions(true));
        assertEquals(plain.accounting(), allEvents.accounting(), "the prefilter counts every line as the grammar does");
        assertEquals(plain.diagnostics(), allEvents.diagnostics());
        assertEquals(plain.events(), allEvents.events().stream().filter(e -> !(e instanceof OtherEvent)).toList());

        // Read in blocks on two threads, as a large file is, whatever the size of this one.
        ReadResult blocks = ReadResult.read(TraceInput.file(FILE), new ReadOptions(false, 2));
        assertEquals(plain, blocks, "blocks on two threads read as one");

        write(GZIP_FILE, TraceForms.gzip(bytes));
        ReadResult compressed = ReadResult.read(TraceInput.file(GZIP_FILE), ReadOptions.defaults());
        assertEquals(plain.accounting(), compressed.accounting(), "gzip reads the same lines");
        assertEquals(plain.events().size(), compressed.events().size());
        assertEquals(positions(plain.diagnostics()), positions(compressed.diagnostics()));
    }

    /** Input that starts like gzip: read as gzip, and either it is whole or the reader says where it stopped. */
    private static void readCompressed(byte[] bytes) {
        byte[] content;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            content = in.readAllBytes();
        } catch (IOException damaged) {
            content = null;
        }
        ReadResult read;
        try {
            read = ReadResult.read(TraceInput.file(FILE), ReadOptions.defaults());
        } catch (UncheckedIOException headerUnreadable) {
            assertNull(content, "a whole gzip stream opens");
            return;
        }
        if (content != null && read.accounting().readFailures() == 0) {
            checkEveryLineAccountedFor(read, new DecodedLines(content));
            return;
        }
        if (content != null) {
            // Java's gzip reader ends quietly where bytes that are not gzip follow a member; the tool's does not.
            long whole = new DecodedLines(content).count();
            long lines = read.accounting().lines();
            assertTrue(lines == whole || lines == whole - 1, () -> lines + " lines read of " + whole);
            Diagnostic last = read.diagnostics().get(read.diagnostics().size() - 1);
            assertEquals(lines + 1, last.where().line(), last::toString);
            assertTrue(last.message().startsWith("cannot read further: bytes follow the end of the gzip data"), last::toString);
            return;
        }
        LineAccounting counted = read.accounting();
        assertEquals(counted.lines(), counted.understoodTotal() + counted.otherEvents() + counted.nonTrace() + counted.rejected());
        assertEquals(counted.rejected() + counted.readFailures(), read.diagnostics().size());
        assertTrue(counted.readFailures() <= 1);
        for (Diagnostic diagnostic : read.diagnostics()) {
            assertTrue(diagnostic.where().line() >= 1 && diagnostic.where().line() <= counted.lines() + 1, diagnostic::toString);
        }
    }

    private static void checkEveryLineAccountedFor(ReadResult read, DecodedLines lines) {
        LineAccounting counted = read.accounting();
        assertEquals(lines.count(), counted.lines(), "lines");
        assertEquals(counted.lines(), counted.understoodTotal() + counted.otherEvents() + counted.nonTrace() + counted.rejected(),
                () -> "lines = understood + other + non-trace + rejected: " + counted);
        assertEquals(0, counted.readFailures(), "a whole input reads to its end");
        assertEquals(counted.rejected(), read.diagnostics().size(), () -> "one diagnostic per rejected line: " + read.diagnostics());
        for (Diagnostic diagnostic : read.diagnostics()) {
            assertWithinItsLine(diagnostic, lines);
        }
        long previous = 0;
        for (TraceEvent event : read.events()) {
            long line = event.header().where().line();
            long after = previous;
            assertTrue(line > after && line <= counted.lines(), () -> "event line " + line + " after " + after);
            previous = line;
        }
    }

    static void assertWithinItsLine(Diagnostic diagnostic, DecodedLines lines) {
        long line = diagnostic.where().line();
        assertTrue(line >= 1 && line <= lines.count(), () -> "diagnostic on a line that exists: " + diagnostic);
        String text = lines.line(line);
        int characters = text.codePointCount(0, text.length());
        assertTrue(diagnostic.column() >= 1 && diagnostic.column() <= characters + 1,
                () -> "column within the line (" + characters + " characters): " + diagnostic);
        assertTrue(!diagnostic.message().isBlank() && diagnostic.message().indexOf('\n') < 0,
                () -> "one line of message: " + diagnostic);
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static List<String> positions(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.where().line() + ":" + d.column() + ": " + d.message()).toList();
    }

    static Path temporaryFile(String prefix, String suffix) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
