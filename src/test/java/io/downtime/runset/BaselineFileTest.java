package io.downtime.runset;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.report.words.StoredReasonWords;
import io.downtime.testing.SampleTraces;
import io.downtime.why.DecisionGap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.downtime.testing.TextPositions.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineFileTest {

    /** Every sample's figures survive the file: what gate --baseline compares is what was recorded. */
    @Test
    void roundTripOfEverySample(@TempDir Path dir) throws Exception {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.root().toString()), RunSetOptions.defaults(), d -> { });
        Baseline baseline = new Baseline("9.9.9", "samples", "auto", "auto", BaselineFile.inputs(set), set.figures());
        Path file = dir.resolve("baseline.json");
        try (var writer = Files.newBufferedWriter(file)) {
            BaselineFile.write(baseline, StoredReasonWords.SENTENCES, writer);
        }
        assertTrue(BaselineFile.looksLikeBaseline(file));
        Baseline read = BaselineFile.read(file);
        // A reason is stored as its sentence and read back as that text (docs/architecture.md, "Reasons stored as text").
        assertEquals(recorded(baseline), read);
        // 21 migrations in 20 cases: 19 src.log/dst.log pairs (cancelled-then-retried's src.log holds two attempts,
        // the second paired with its dst-2.log) and the two libvirt domain logs
        assertEquals(21, read.runs().size());
        // their 41 logs, plus the stderr files that hold lines of their runs' time spans
        assertTrue(read.inputs().size() >= 41, read.inputs().toString());
        Baseline.Input first = read.inputs().get(0);
        assertEquals(Files.size(Path.of(first.path())), first.bytes());
        assertEquals(64, first.sha256().length());
    }

    /** {@code baseline} with each reason as the text a file stores: what reading the file gives back. */
    private static Baseline recorded(Baseline baseline) {
        return new Baseline(baseline.toolVersion(), baseline.label(), baseline.returnPath(), baseline.handshake(),
                baseline.inputs(), baseline.runs().stream().map(run -> new RunFigures(run.ref(), run.mode(),
                        run.sourceStatus(), run.destinationStatus(), run.clock(), run.blackout(),
                        run.blackoutUnavailable().map(StoredReasonWords.SENTENCES.blackout())
                                .map(BlackoutUnavailable.Recorded::new), run.qemuDowntime(), run.phases(), run.devices(),
                        run.outcome(), run.expectedDowntime(), run.expectedDowntimeUnavailable()
                        .map(StoredReasonWords.SENTENCES.expected()).map(DecisionGap.Recorded::new))).toList());
    }

    @Test
    void errorsNameTheFileAndTheField(@TempDir Path dir) throws Exception {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("dst-stalled-400ms").toString()),
                RunSetOptions.defaults(), d -> { });
        StringWriter text = new StringWriter();
        BaselineFile.write(new Baseline("1", "x", "auto", "auto", List.of(), set.figures()), StoredReasonWords.SENTENCES, text);
        Path file = dir.resolve("b.json");

        String saveUs = text.toString().replace("\"save_us\" : 485", "\"save_us\" : \"485\"");
        Files.writeString(file, saveUs);
        BaselineException wrongType = assertThrows(BaselineException.class, () -> BaselineFile.read(file));
        assertEquals(file + ":" + where(saveUs, "\"save_us\" : \"485\"") + ": runs[0].devices[0].save_us: expected a whole"
                + " number, got \"485\"", wrongType.getMessage());

        String formatVersion = text.toString().replace("\"format_version\" : 1", "\"format_version\" : 7");
        Files.writeString(file, formatVersion);
        BaselineException version = assertThrows(BaselineException.class, () -> BaselineFile.read(file));
        assertEquals(file + ":" + where(formatVersion, "\"format_version\" : 7") + ": format_version: version 7 is not"
                + " known to this analyzer (it reads 1); make the baseline again with this version", version.getMessage());

        String clock = text.toString().replace("\"clock\" : \"one-sided\"", "\"clock\" : \"sideways\"");
        Files.writeString(file, clock);
        BaselineException label = assertThrows(BaselineException.class, () -> BaselineFile.read(file));
        assertEquals(file + ":" + where(clock, "\"clock\" : \"sideways\"") + ": runs[0].clock: \"sideways\" is not one"
                + " of two-sided, one-sided, none, inconsistent, given", label.getMessage());

        Files.writeString(file, "{\"format\": ");
        BaselineException json = assertThrows(BaselineException.class, () -> BaselineFile.read(file));
        assertTrue(json.getMessage().startsWith(file + ":1:12: not valid JSON: "), json.getMessage());
    }
}
