package io.downtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of logs that are odd but valid (docs/robustness.md): two hosts in one file, two
 * processes interleaved, a clock step, a run twice, checkpoints missing, reordered, repeated or
 * unknown. Nothing is rejected (exit code 0); where a figure could be wrong, the report warns, with
 * the line that shows it, and withholds a figure that cannot be right.
 *
 * <p>All made from sample-traces/dst-stalled-400ms: src.log (52 lines; line 3 src-downtime-start at
 * 1795654070.597297, line 4 src-vm-stopped at .598379, line 7 src-iterable-saved at .598985, line 8
 * the save of timer at .598999, line 51 src-downtime-end at .601408, line 52 completed at .601410)
 * and dst.log (40 lines; line 1 setup at 1795654069.564939).
 */
class OddRunsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String srcText = DamagedLogs.text("dst-stalled-400ms/src.log");
    private final String dstText = DamagedLogs.text("dst-stalled-400ms/dst.log");
    private final String dst = SampleTraces.path("dst-stalled-400ms/dst.log").toString();

    /**
     * src.log then dst.log in one file: runs of one log are never paired with each other (one QEMU
     * does not migrate to itself), so each is reported alone, and the warning says where the clock
     * goes back: line 53 (dst.log's line 1, .069564939) is 070.601410 − 069.564939 = 1.036471 s
     * before line 52.
     */
    @Test
    void twoHostsLogsJoinedInOneFile() {
        Path both = DamagedLogs.write(dir.resolve("both.log"), srcText + dstText);
        CliRun run = CliRun.of("report", both.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("warning: both.log:53: the clock goes back 1.036471 s from line 52 where both.log run 2"
                + " begins: are two hosts' logs joined in one file?"), run.out());
        assertTrue(run.out().contains("  1  both.log run 1  -               source completed       unpaired"), run.out());
        assertTrue(run.out().contains("  2  -               both.log run 2  destination completed  unpaired"), run.out());
    }

    /**
     * The two logs' lines merged in time order, as two QEMU processes writing one file leave them.
     * The first line is dst's setup (069.564939), a run of its own without a role; src's setup
     * (070.565871) opens run 2, which holds everything else: 43 saves + 5 source checkpoints + the
     * source-only state device = 49 lines for the source, 33 loads + 4 destination checkpoints = 37
     * for the destination. Merged lines 1-4 are dst setup, src setup, dst active (070.567778), src
     * active (070.568190); src.log's lines 3-52 follow as 5-54, so the first load is line 55.
     */
    @Test
    void interleavedLinesOfTwoProcesses() {
        Path mixed = DamagedLogs.write(dir.resolve("mixed.log"), DamagedLogs.interleaved(srcText, dstText));
        CliRun run = CliRun.of("report", mixed.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  mixed.log:55: mixed.log run 2 holds both source and destination events (49 lines"
                + " point to the source, 37 to the destination): the lines of two QEMU processes seem mixed in one log"), run.out());
    }

    /**
     * The same interleaving recorded by SystemTap, whose stamps carry process ids (here 4100 for the
     * source, 4200 for the destination): the processes are told apart, paired, and reported as the
     * separate logs are, guest stopped at least 405.351 ms.
     */
    @Test
    void interleavedProcessesToldApartBySystemTap() {
        Path mixed = DamagedLogs.write(dir.resolve("stap.log"), DamagedLogs.interleavedSystemTap(
                DamagedLogs.systemTap(srcText, 4100), DamagedLogs.systemTap(dstText, 4200)));
        CliRun run = CliRun.of("report", mixed.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Migration 1: precopy, source completed, destination completed"), run.out());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
        assertTrue(!run.out().contains("warning"), run.out());
    }

    /**
     * The source's clock steps back 2 s before line 8: line 7 (src-iterable-saved, 070.598985) and
     * the shifted line 8 (068.598999) are 1.999986 s apart, backwards. src-downtime-end (line 51)
     * is now 068.601408, 1.995889 s before src-downtime-start (070.597297): QEMU's figure cannot be
     * a duration and is withheld. The blackout still holds: it runs from line 3 (not shifted) to the
     * destination's vm-started, and its binding bound is the handshake (lines 1 of both, not shifted).
     */
    @Test
    void clockStepsBackDuringTheSwitchover() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.clockStep(srcText, 8, -2_000_000));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  src.log:8: the source's clock goes back 1.999986 s from line 7: a clock step, or"
                + " lines out of order; durations that span this line are off by as much"), run.out());
        assertTrue(run.out().contains("QEMU's figure  unknown: src-downtime-end is 1.995889 s earlier than src-downtime-start:"
                + " the source's clock went back between them"), run.out());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
    }

    /**
     * Issue 14, item 14: the source's clock jumps 10^12 s forward before line 8 (lines 8-52 moved by
     * 10^18 µs). Line 7 (src-iterable-saved, 070.598985) and the moved line 8 (070.598999 + 10^12 s)
     * are 1000000000000.000014 s apart. The blackout now spans the jump and is absurd (it was printed
     * without a word); the warning names the line and says what the figure is worth.
     */
    @Test
    void clockJumpsForwardDuringTheSwitchover() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.clockStep(srcText, 8, 1_000_000_000_000_000_000L));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  src.log:8: the source's clock jumps forward 1000000000000.000014 s from line 7,"
                + " more than a day between two lines of one migration: a clock step, or lines out of order; durations"
                + " that span this line are as long only if the migration really paused that long"), run.out());
    }

    /** A day to the microsecond is a pause, not yet a jump: no warning (line 7 to line 8 is 14 µs plus the shift). */
    @Test
    void aDayForwardIsNotYetAJump() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.clockStep(srcText, 8, 86_400_000_000L - 14));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.out().contains("jumps forward"), run.out());
    }

    /**
     * src.log twice in one file (a log shipper sent it again): run 2 repeats run 1. The destination
     * pairs with one of them; the other is reported alone, and the warning says it is the same run.
     */
    @Test
    void sameRunTwice() {
        Path twice = DamagedLogs.write(dir.resolve("src.log"), srcText + srcText);
        CliRun run = CliRun.of("report", twice.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("warning: src.log:53: src.log run 2 repeats src.log run 1 event for event (the same"
                + " lines twice): it is reported as a migration of its own, but it is the same one"), run.out());
        assertTrue(!run.out().contains("joined in one file"), "the repeat is not taken for two logs joined: " + run.out());
        assertTrue(run.out().contains("Migrations found"), run.out());
    }

    /**
     * One log given twice: the same words, from two inputs.
     */
    @Test
    void sameLogGivenTwice() throws IOException {
        Path copy = DamagedLogs.write(dir.resolve("copy/dst.log"), dstText);
        CliRun run = CliRun.of("report", "--format", "json", dst, copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode warnings = JSON.readTree(run.out()).path("warnings");
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(copy + ":1", warnings.get(0).path("line").asText());
        assertEquals(copy + " run 1 repeats " + dst + " run 1 event for event (the same lines twice): it is reported as a"
                + " migration of its own, but it is the same one", warnings.get(0).path("text").asText());
    }

    /**
     * Lines 3 and 4 swapped: src-vm-stopped now comes first. The report warns twice: the clock goes
     * back from line 3 (.598379) to line 4 (.597297), 1.082 ms; and src-downtime-start comes after
     * src-vm-stopped. The figures find checkpoints by name, so QEMU's figure stays 4.111 ms.
     */
    @Test
    void checkpointsOutOfOrder() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.swapLines(srcText, 3, 4));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  src.log:4: the source's clock goes back 1.082 ms from line 3"), run.out());
        assertTrue(run.out().contains("  src.log:4: src-downtime-start comes after src-vm-stopped (line 3), which QEMU emits"
                + " after it: the log's lines are out of order; phases between them may be negative"), run.out());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), run.out());
    }

    /**
     * src-downtime-start (line 3) repeated after line 51: the first is used, and the copy is named.
     * It also sends the clock back from line 51 (.601408) to .597297: 4.111 ms.
     */
    @Test
    void checkpointRepeated() {
        List<String> lines = new ArrayList<>(srcText.lines().toList());
        lines.add(51, lines.get(2));
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.joined(lines));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  src.log:52: src-downtime-start again (first at line 3): the figures use the first"), run.out());
        assertTrue(run.out().contains("  src.log:52: the source's clock goes back 4.111 ms from line 51"), run.out());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), run.out());
    }

    /** Without src-downtime-start (line 3) neither the blackout nor QEMU's figure can be known: each says why. */
    @Test
    void checkpointMissing() {
        List<String> lines = new ArrayList<>(srcText.lines().toList());
        lines.remove(2);
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.joined(lines));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("src missing  never reached src-downtime-start"), run.out());
        assertTrue(run.out().contains("guest stopped  unknown: the source never stopped the guest (no src-downtime-start)"), run.out());
        assertTrue(run.out().contains("QEMU's figure  unknown: no src-downtime-start"), run.out());
    }

    /**
     * A checkpoint name no QEMU release has (line 4 renamed src-vm-paused): kept and shown where its
     * time puts it, 1.082 ms after src-downtime-start; the known one it replaced is missing.
     */
    @Test
    void unknownCheckpointName() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), srcText.replace("src-vm-stopped", "src-vm-paused"));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*\\nsrc   src-vm-paused +1\\.082 +1\\.082  src\\.log:4\\n.*"), run.out());
        assertTrue(run.out().contains("src missing  never reached src-vm-stopped"), run.out());
    }
}
