package io.downtime.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.downtime.testing.ReadResult;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Coverage-guided fuzzing of the byte-level shortcut for understood events ({@code FastLineParser})
 * against the grammar, on small inputs (a few lines each; seeds in {@code ShortcutFuzzTestInputs/},
 * made by {@link FuzzSeeds}), so that the fuzzer tries many shapes a second: read with the shortcut and
 * with the grammar alone, every input gives the same events, diagnostics and accounting.
 * {@link ReaderFuzzTest} checks the same on whole logs, with everything else the reader must hold.
 */
class ShortcutFuzzTest {
    private static final Path FILE = ReaderFuzzTest.temporaryFile("shortcut-fuzz", ".log");

    /** {@code maxDuration} applies to fuzzing only; {@code -Djazzer.max_duration=15m} overrides it. */
    @FuzzTest(maxDuration = "5s")
    void readAnyLines(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return; // gzip: ReaderFuzzTest's
        }
        ReaderFuzzTest.write(FILE, bytes);
        ReadResult shortcut = ReadResult.read(TraceInput.file(FILE), ReadOptions.defaults());
        ReadResult grammar = ReadResult.read(TraceInput.file(FILE), ReadOptions.defaults().withGrammarOnly());
        assertEquals(grammar, shortcut, "the shortcut reads as the grammar: the same events, diagnostics and accounting");
    }
}
