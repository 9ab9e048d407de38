package io.downtime.robustness;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.downtime.testing.TextPositions.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 12 (and items 5, 10 and 15 for baselines; docs/robustness.md, "Rules files and
 * baselines"): a baseline is checked as fully as a rules file. A real baseline of
 * sample-traces/dst-stalled-400ms (one migration, guest stopped at least 405.351 ms: blackout_us
 * low 405351, high null, estimate 405351) is tampered with one change at a time; {@code gate} with a
 * no-regression rule refuses each, exit 2, naming the file, the line and column of the field (found
 * here by searching the tampered text) and the field's path. Nothing is checked against it.
 */
class TamperedBaselinesTest {
    private static final String SAMPLE = SampleTraces.path("dst-stalled-400ms").toString();

    @TempDir
    Path dir;

    private String baseline;
    private Path rules;

    @BeforeEach
    void makeBaseline() throws IOException {
        Path file = dir.resolve("made.json");
        CliRun made = CliRun.of("baseline", SAMPLE, "-o", file.toString());
        assertEquals(0, made.exitCode(), made.err());
        baseline = Files.readString(file);
        assertTrue(baseline.contains("\"blackout_us\" : {\n      \"low\" : 405351,\n      \"high\" : null,\n"
                + "      \"estimate\" : 405351\n    },"), baseline);
        rules = Files.writeString(dir.resolve("rules.yaml"),
                "version: 1\nrules:\n  - {kind: no-regression, max_change_pct: 10, max_change_us: 100}\n");
    }

    /** The untampered baseline passes: the sample does not regress against itself. */
    @Test
    void untamperedBaselinePasses() throws IOException {
        CliRun run = gate(baseline);
        assertEquals(0, run.exitCode(), run.err());
    }

    /** {@code "runs": []} made the gate pass (nothing to regress against); compare refused it. Now both refuse it. */
    @Test
    void emptyRunsRefused() throws IOException {
        int start = baseline.indexOf("\"runs\" : [");
        String tampered = baseline.substring(0, start) + "\"runs\" : [ ]\n}\n";
        String expected = where(tampered, "\"runs\"") + ": runs: no migration: a baseline holds at least one (analyzer"
                + " baseline writes none without); a gate against it would pass whatever it checks";
        assertRefused(tampered, expected);
        CliRun compare = CliRun.of("compare", dir.resolve("b.json").toString(), SAMPLE);
        assertEquals(2, compare.exitCode());
        assertTrue(compare.err().contains(dir.resolve("b.json") + ":" + expected), compare.err());
    }

    @Test
    void negativeBlackoutRefused() throws IOException {
        String tampered = baseline.replace("\"low\" : 405351", "\"low\" : -405351");
        assertRefused(tampered, where(tampered, "\"low\" : -405351") + ": runs[0].blackout_us.low: expected a whole number"
                + " of at least 0, got -405351");
    }

    @Test
    void invertedIntervalRefused() throws IOException {
        String tampered = baseline.replace("\"high\" : null,\n      \"estimate\" : 405351",
                "\"high\" : 1000,\n      \"estimate\" : 405351");
        assertRefused(tampered, where(tampered, "\"high\" : 1000") + ": runs[0].blackout_us.high: 1000 is below low 405351:"
                + " an inverted interval");
    }

    @Test
    void estimateOutsideItsIntervalRefused() throws IOException {
        String tampered = baseline.replace("\"estimate\" : 405351\n    },", "\"estimate\" : 1\n    },");
        assertRefused(tampered, where(tampered, "\"estimate\" : 1\n") + ": runs[0].blackout_us.estimate: 1 lies outside"
                + " its interval [405351, unbounded]");
    }

    @Test
    void unknownTopLevelFieldRefused() throws IOException {
        String tampered = baseline.replace("\"label\" : \"dst-stalled-400ms\",\n  \"alignment\"",
                "\"label\" : \"dst-stalled-400ms\",\n  \"verdict\" : \"pass\",\n  \"alignment\"");
        assertRefused(tampered, where(tampered, "\"verdict\"") + ": verdict: unknown field (known: format, format_version,"
                + " tool_version, label, alignment, inputs, runs)");
    }

    @Test
    void unknownRunFieldRefused() throws IOException {
        String tampered = baseline.replace("\"qemu_downtime_us\" : 4111,", "\"qemu_downtime_us\" : 4111,\n    \"ignore\" : true,");
        assertRefused(tampered, where(tampered, "\"ignore\"") + ": runs[0].ignore: unknown field (known: label, case,"
                + " migration, migrations, mode, source_status, destination_status, outcome, clock, blackout_us,"
                + " blackout_unavailable, qemu_downtime_us, expected_downtime_us, expected_downtime_unavailable, phases, devices)");
    }

    /** A second {@code qemu_downtime_us}, of 1 µs, after the first: the last won. */
    @Test
    void duplicateKeyRefused() throws IOException {
        String tampered = baseline.replace("\"qemu_downtime_us\" : 4111,", "\"qemu_downtime_us\" : 4111,\n"
                + "    \"qemu_downtime_us\" : 1,");
        assertRefused(tampered, where(tampered, "\"qemu_downtime_us\" : 1,") + ": qemu_downtime_us: given twice in one"
                + " mapping (first at line " + where(tampered, "\"qemu_downtime_us\" : 4111").split(":")[0] + "); a key"
                + " may be given once");
    }

    /** The one run twice: its figures would count twice in every statistic. */
    @Test
    void sameMigrationTwiceRefused() throws IOException {
        int start = baseline.indexOf("{\n    \"label\"");
        int end = baseline.lastIndexOf("} ]\n}");
        String run = baseline.substring(start, end + 1);
        String tampered = baseline.substring(0, end + 1) + ", " + run + " ]\n}\n";
        int second = tampered.indexOf("{\n    \"label\"", start + 1);
        assertRefused(tampered, where(tampered.substring(0, second) + "\u0000", "\u0000") + ": runs[1]: the same migration"
                + " as runs[0] (label, case and migration): each migration is recorded once");
    }

    /** Nested 100,000 deep, Jackson's own limit of 1,000 gave an exception without a place, and a NullPointerException. */
    @Test
    void deepNestingRefusedWithItsPlace() throws IOException {
        String prefix = "{\"format\": \"analyzer-baseline\", \"format_version\": 1, \"x\": ";
        String tampered = prefix + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        // the root object is level 1 and the first list level 2: the 16th list, level 17, opens 15 characters in
        assertRefused(tampered, "1:" + (prefix.length() + 16) + ": nested more than 16 levels deep (a baseline needs 6,"
                + " a rules file 4): not read further");
    }

    /**
     * A JSON escape can write half of a surrogate pair: the label {@code dst} followed by the escape of
     * U+D800. Such a text is not Unicode; UTF-8 has no bytes for it, so written to a terminal, a report or
     * a baseline again it becomes {@code ?} (BaselineFuzzTest's "written back, it reads the same" fails on
     * it). Refused where the text stands (line 5, the value after {@code "label" : }), naming the field and
     * the code unit.
     */
    @Test
    void halfOfASurrogatePairRefused() throws IOException {
        int label = baseline.indexOf("\"label\" : \"dst-stalled-400ms\"");
        String tampered = baseline.substring(0, label) + "\"label\" : \"dst\\ud800\""
                + baseline.substring(label + "\"label\" : \"dst-stalled-400ms\"".length());
        assertRefused(tampered, where(tampered, "\"dst\\ud800\"") + ": label: a text holding U+D800 without its pair is"
                + " not Unicode");
    }

    /** A file of 64 MiB and a byte (sparse: its size is what is looked at) is refused before it is read. */
    @Test
    void baselineOver64MebibytesRefusedUnread() throws IOException {
        Path file = dir.resolve("b.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength((64L << 20) + 1);
        }
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString(), "--baseline", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + file + ": 67108865 bytes; a baseline is at most 67108864 bytes (64 MiB): it is not"
                + " read\n", run.err());
    }

    private CliRun gate(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"), text);
        return CliRun.of("gate", SAMPLE, "--rules", rules.toString(), "--baseline", file.toString());
    }

    private void assertRefused(String tampered, String expected) throws IOException {
        CliRun run = gate(tampered);
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("analyzer: " + dir.resolve("b.json") + ":" + expected + "\n", run.err());
        assertEquals("", run.out());
    }
}
