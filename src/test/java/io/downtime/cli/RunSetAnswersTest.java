package io.downtime.cli;

import io.downtime.model.DeviceOperation;
import io.downtime.testing.CliRun;
import io.downtime.testing.DerivedRunSets;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer first (issue 16, point 1) of {@code runs}, {@code sweep} and {@code compare}: their first lines, and
 * {@code --brief} printing exactly those (docs/compare.md and docs/strict-mode.md, The answer first). The gate's
 * are in GateCommandTest.
 */
class RunSetAnswersTest {
    private static String sample(String name) {
        return SampleTraces.path(name).toString();
    }

    /**
     * Five cases, six migrations: dst-stalled-400ms (completed, one-sided, at least 405.351 ms: ReportAnswerTest),
     * precopy-multifd-4ch (completed, one-sided: dst - src < dst.log:3 368334 − src.log:6 368275 = +59 µs; blackout at
     * least dst.log:39 .372770 − 59 µs − src.log:3 .367666 = 5.045 ms), cancelled-then-retried (#1 cancelled, one-sided,
     * never stopped; #2 completed, two-sided, 57.429 ±0.646 ms: WhyReportTest), strict-source-fires-first-5-1 (aborted
     * by strict mode, one-sided, the guest never started on the destination: no blackout), precopy-no-timestamps
     * (completed, no clock, no blackout). So 4 completed, 1 cancelled, 1 aborted; blackouts known for 3, the shortest
     * multifd's, the longest dst-stalled's; clocks 1 two-sided, 4 one-sided, 1 none; every migration has both runs.
     */
    @Test
    void runsOpensWithTheCounts() {
        String[] paths = {sample("dst-stalled-400ms"), sample("precopy-multifd-4ch"), sample("cancelled-then-retried"),
                sample("strict-source-fires-first-5-1"), sample("precopy-no-timestamps")};
        CliRun text = CliRun.of(args("runs", paths));
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(List.of(
                "Run set: 6 migrations in 5 cases",
                "  outcomes  4 completed, 1 cancelled, 1 aborted by strict mode",
                "  blackout  known for 3 of 6: from ≥5.045 ms (precopy-multifd-4ch) to ≥405.351 ms (dst-stalled-400ms)",
                "  clock     1 two-sided, 4 one-sided, 1 none",
                "  paired    6 of 6 with both hosts' runs"), lines.subList(0, 5));
        assertEquals("", lines.get(5));
        assertTrue(lines.get(6).startsWith("LABEL "), lines.get(6));

        CliRun brief = CliRun.of(args("runs --brief", paths));
        assertEquals(0, brief.exitCode(), brief.err());
        assertEquals(lines.subList(0, 5), brief.out().lines().toList());
        CliRun summary = CliRun.of(args("runs --brief --summary", paths));
        assertEquals(2, summary.exitCode(), summary.out());
    }

    /**
     * dst-stalled-400ms and strict-source-fires-first-5-1 at the one cell 300 + 10 ms. rfc cannot fire on dst-stalled
     * (ReplayAnswerTest) whose guest was stopped at least 405.351 ms, more than the 310 it promises: a missed
     * violation in the only cell, so no limits in the grid qualify. The answer names each policy's recommendation, as
     * the line under its table says it.
     */
    @Test
    void sweepOpensWithTheRecommendations() {
        String[] paths = {sample("dst-stalled-400ms"), sample("strict-source-fires-first-5-1"),
                "--downtime-limit", "300", "--switchover-limit", "10"};
        CliRun text = CliRun.of(args("sweep", paths));
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Strict-mode sweep of 2 migrations from 2 cases ("), lines.get(0));
        assertTrue(lines.get(1).startsWith("  rfc         no limits in the grid keep aborts at or under 1% without a"
                + " missed violation"), lines.get(1));
        assertTrue(lines.get(2).startsWith("  total       "), lines.get(2));
        assertTrue(lines.get(3).startsWith("  source-ack  "), lines.get(3));
        assertEquals("", lines.get(4));
        assertEquals("Grid", lines.get(5));
        for (String policy : List.of("rfc", "total", "source-ack")) {
            String answer = lines.stream().filter(line -> line.startsWith("  " + policy + " ")).findFirst().orElseThrow();
            String statement = answer.substring(("  " + policy).length()).strip();
            assertTrue(text.out().contains("\nRecommendation: " + statement + "\n"), policy + ": " + statement);
        }
        CliRun brief = CliRun.of(args("sweep --brief", paths));
        assertEquals(lines.subList(0, 4), brief.out().lines().toList());
        CliRun json = CliRun.of(args("sweep --brief --format json", paths));
        assertEquals(2, json.exitCode(), json.out());
    }

    /**
     * Ten derived runs of precopy-q35-small a side (CompareCommandTest's sets, seeded): the candidate's virtio-net save
     * 1.3 times as long (755 µs × 0.3 ≈ +227 µs, more or less with each set's noise), a regression, and so is the
     * device-state phase that holds it (src-iterable-saved → src-non-iterable-saved, 2686 µs: the same change is just
     * over its 10% floor); port92 (save and load) is only in the baseline, its renamed vfio only in the candidate. The
     * biggest regression is the one whose median moved the most: the save itself, since the phase adds the other
     * devices' noise to the same change, and here moves less.
     */
    @Test
    void compareOpensWithTheRegressions(@TempDir Path dir) {
        DerivedRunSets.Recipe noise = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        Path a = DerivedRunSets.write(dir.resolve("fw-a"), noise, 10, 21);
        Path b = DerivedRunSets.write(dir.resolve("fw-b"), noise.slower("0000:00:01.0/virtio-net", DeviceOperation.SAVE,
                1.3).renamed("port92", "0000:00:05.0/vfio"), 10, 22);
        CliRun text = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Comparison: baseline fw-a (10 migrations"), lines.get(0));
        assertTrue(lines.get(2).matches("  verdict             2 regressions, 0 improvements, 2 only in baseline, 2 only in"
                + " candidate; \\d+ without change, of \\d+ figures"), text.out());
        Matcher biggest = Pattern.compile("  biggest regression  0000:00:01\\.0/virtio-net save \\(src\\): median"
                + " [0-9.]+ → [0-9.]+ ms, \\+([0-9.]+) ms \\(\\+[0-9.]+%\\), p = [0-9.e-]+").matcher(lines.get(3));
        assertTrue(biggest.matches(), lines.get(3));
        double delta = Double.parseDouble(biggest.group(1));
        assertTrue(delta > 0.15 && delta < 0.45, lines.get(3));
        // The other regression, the phase, moved less.
        String phase = lines.stream().filter(line -> line.startsWith("src-iterable-saved -> src-non-iterable-saved"))
                .findFirst().orElseThrow();
        assertTrue(phase.endsWith("  regression"), phase);
        Matcher phaseDelta = Pattern.compile(" \\+([0-9.]+) +\\+[0-9.]+% ").matcher(phase);
        assertTrue(phaseDelta.find(), phase);
        assertTrue(Double.parseDouble(phaseDelta.group(1)) < delta, phase);
        assertEquals("", lines.get(4));
        assertEquals("Method", lines.get(5));

        CliRun brief = CliRun.of("compare", "--brief", a.toString(), b.toString());
        assertEquals(lines.subList(0, 4), brief.out().lines().toList());
    }

    private static String[] args(String command, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(command.split(" ")));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
