package io.downtime.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.RunSetComparer;
import io.downtime.compare.Thresholds;
import io.downtime.report.words.StoredReasonWords;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineException;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.SampleTraces;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of the baseline reader (issue 14): any bytes as a baseline file. Seeds are
 * baselines of real sample migrations ({@code BaselineFuzzTestInputs/}); {@code JAZZER_FUZZ=1}
 * fuzzes (docs/robustness.md).
 *
 * <p>What must hold: the reader returns a baseline or refuses with a {@link BaselineException},
 * nothing else escapes, and {@code looksLikeBaseline} never throws; a refusal names the file first,
 * then where ({@code line:column}) when there is a where; a baseline read holds a run, looks like a
 * baseline, is written back by {@link BaselineFile#write} to a file that reads as the same baseline,
 * and {@code compare}'s engine compares it with a real migration (sample-traces/dst-stalled-400ms)
 * without an exception.
 */
class BaselineFuzzTest {
    private static final Path FILE = ReaderFuzzTest.temporaryFile("baseline-fuzz", ".json");
    private static final Path AGAIN = ReaderFuzzTest.temporaryFile("baseline-fuzz-again", ".json");
    private static final List<RunFigures> SAMPLE = RunSetLoader.load(
            List.of(SampleTraces.path("dst-stalled-400ms").toString()), RunSetOptions.defaults(), diagnostic -> { }).figures();

    @FuzzTest(maxDuration = "5s")
    void readAnyBaseline(byte[] bytes) {
        ReaderFuzzTest.write(FILE, bytes);
        boolean looks = BaselineFile.looksLikeBaseline(FILE);
        Baseline baseline;
        try {
            baseline = BaselineFile.read(FILE);
        } catch (BaselineException e) {
            RulesFileFuzzTest.checkMessage(FILE, e.getMessage());
            return;
        }
        assertTrue(looks, "a baseline read looks like one");
        assertFalse(baseline.runs().isEmpty(), "a baseline holds a run");
        StringWriter text = new StringWriter();
        try {
            BaselineFile.write(baseline, StoredReasonWords.SENTENCES, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReaderFuzzTest.write(AGAIN, text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            assertEquals(baseline, BaselineFile.read(AGAIN), "written back, it reads the same");
        } catch (BaselineException e) {
            throw new AssertionError("written back, it does not read: " + e.getMessage(), e);
        }
        RunSetComparer.compare(baseline.label(), baseline.runs(), "sample", SAMPLE, Thresholds.defaults(),
                ComparisonMethod.defaults());
    }
}
