package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer report}'s first lines and {@code --brief} (issue 16, point 1; docs/report.md, The answer first). */
class ReportAnswerTest {

    /**
     * dst-stalled-400ms. Offset: dst - src < +1.907 ms, the handshake: active at dst.log:2 (70.567778) after the
     * source's setup at src.log:1 (70.565871), one-sided. Guest stopped: dst-precopy-bh-vm-started (dst.log:39,
     * 71.004555) − 1.907 ms − src-downtime-start (src.log:3, 70.597297) = 407.258 − 1.907 = 405.351 ms at least.
     * QEMU's figure: src-downtime-end (src.log:51, 70.601408) − 70.597297 = 4.111 ms. The biggest part, waiting for
     * the destination: from src-non-iterable-saved (src.log:50, 70.601402) to the start of the destination's first
     * device load, timer (dst.log:4, 70.999246, downtime=2: 70.999244), 70.999244 − 1.907 ms − 70.601402 = 395.935
     * ms at least, 395935 / 405351 = 97.7% of the blackout; every other part is exact and at most 4.858 ms, so it is
     * the biggest whatever the offset ("most to"). The RAM: src-vm-stopped (70.598379) to src-iterable-saved
     * (70.598985) = 0.606 ms. No switchover-decision events: the prediction is not in the trace, and no limit.
     */
    @Test
    void theFirstSixLinesOfAStalledDestination() {
        String dir = SampleTraces.path("dst-stalled-400ms").toString();
        CliRun text = CliRun.of("report", dir);
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(List.of(
                "Migration 1: precopy, source completed, destination completed",
                "=============================================================",
                "  outcome     completed: the guest moved to the destination, stopped at least 405.351 ms; QEMU's figure:"
                        + " 4.111 ms",
                "  clock       one-sided (dst - src < +1.907 ms): times from the source to the destination are lower"
                        + " bounds (≥)",
                "  went to     most to waiting for the destination: at least 395.935 ms (97.7%), which QEMU's estimate"
                        + " does not count; saving the RAM took 0.606 ms",
                "  prediction  not in the trace (trace QEMU's decision with -trace 'migrat*', docs/why.md)"),
                lines.subList(0, 6));
        assertEquals("", lines.get(6));
        assertEquals("Runs", lines.get(7));

        CliRun brief = CliRun.of("report", "--brief", dir);
        assertEquals(0, brief.exitCode(), brief.err());
        assertEquals(lines.subList(0, 6), brief.out().lines().toList());
    }

    /**
     * full-trace-kvm-8vcpu-many-devices: two-sided. Upper bound: kvm-tpr-opt loaded at dst.log:46 (94.988193) after
     * its save at src.log:68 (94.986922): dst - src < +1.271 ms; lower bound, the return path: src-downtime-end
     * (src.log:266, 95.026911) waited for dst-precopy-bh-vm-started (dst.log:231, 95.023941): dst - src > −2.970 ms.
     * Width 4.241 ms, ± half of it rounded up: ±2.121 ms. Guest stopped: 95.023941 − 94.978303 (src-downtime-start,
     * src.log:31) = 45.638 ms − offset: between 45.638 − 1.271 = 44.367 and 45.638 + 2.970 = 48.608 ms, 46.488 at the
     * middle; QEMU's figure 95.026911 − 94.978303 = 48.608 ms.
     */
    @Test
    void aTwoSidedClockIsGivenWithItsPlusOrMinus() {
        CliRun brief = CliRun.of("report", "--brief", SampleTraces.path("full-trace-kvm-8vcpu-many-devices").toString());
        assertEquals(0, brief.exitCode(), brief.err());
        List<String> lines = brief.out().lines().toList();
        assertEquals(6, lines.size(), brief.out());
        assertEquals("  outcome     completed: the guest moved to the destination, stopped 46.488 ±2.121 ms (between 44.367"
                + " and 48.608 ms); QEMU's figure: 48.608 ms", lines.get(2));
        assertEquals("  clock       two-sided, to ±2.121 ms (dst - src between -2.97 ms and +1.271 ms)", lines.get(3));
        assertTrue(lines.get(4).startsWith("  went to     most to the destination's loads: "), lines.get(4));
        assertTrue(lines.get(5).startsWith("  prediction  QEMU had no bandwidth estimate yet"), lines.get(5));
    }

    /**
     * precopy-kvm-8vcpu-many-devices, one-sided: the device state (src-iterable-saved → src-non-iterable-saved) is
     * the largest estimate, 10.212 ms, but the parts that cross to the destination have no upper end with a one-sided
     * offset: it is the biggest only by the estimates, and says so. No timestamps: no clock, and QEMU's figure unknown.
     */
    @Test
    void aBiggestPartThatIsOnlyTheEstimatesAndNoClock() {
        CliRun kvm = CliRun.of("report", "--brief", SampleTraces.path("precopy-kvm-8vcpu-many-devices").toString());
        assertTrue(kvm.out().contains("\n  went to     most, by the estimates, to saving the device state: 10.212 ms"),
                kvm.out());
        CliRun untimed = CliRun.of("report", "--brief", SampleTraces.path("precopy-no-timestamps").toString());
        assertEquals(0, untimed.exitCode(), untimed.err());
        assertTrue(untimed.out().contains("; QEMU's figure unknown: "), untimed.out());
        assertTrue(untimed.out().contains("\n  clock       none: nothing links the two hosts' clocks, so no time spans both"
                + " hosts"), untimed.out());
    }

    /**
     * cancelled-then-retried, two attempts: --brief prints the outcomes' line, then each migration's answer, a blank
     * line between. Attempt 1 was never stopped (no went-to, no prediction: QEMU never switched over): 4 lines.
     * Attempt 2: 6 lines; QEMU's figure src-downtime-end − src-downtime-start of the second run = 58.075 ms.
     */
    @Test
    void severalMigrationsEachHaveTheirAnswer() {
        CliRun brief = CliRun.of("report", "--brief", SampleTraces.path("cancelled-then-retried").toString());
        assertEquals(0, brief.exitCode(), brief.err());
        List<String> lines = brief.out().lines().toList();
        assertEquals(13, lines.size(), brief.out());
        assertTrue(lines.get(0).startsWith("Outcomes: attempt 1 cancelled after 1.0 s of precopy; attempt 2 completed"),
                lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals("Migration 1 of 2: precopy, source cancelled, destination failed", lines.get(2));
        assertEquals("", lines.get(6));
        assertEquals("Migration 2 of 2: precopy, source completed, destination completed", lines.get(7));
        assertTrue(lines.get(9).endsWith("; QEMU's figure: 58.075 ms"), lines.get(9));
        // The full text opens with the same outcomes' line, before the list of migrations.
        CliRun text = CliRun.of("report", SampleTraces.path("cancelled-then-retried").toString());
        assertTrue(text.out().startsWith(lines.get(0) + "\n\nMigrations found"), text.out());
    }

    /**
     * Every sample: each migration's answer takes at most six lines, and with one migration --brief prints exactly
     * the text's first lines, which come before any table (a table's rule of dashes).
     */
    @Test
    void everySamplesAnswerFitsInSixLines() throws IOException {
        List<Path> cases;
        try (Stream<Path> listing = Files.list(SampleTraces.root())) {
            cases = listing.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 20, cases.toString());
        for (Path dir : cases) {
            boolean libvirt = dir.getFileName().toString().startsWith("libvirt");
            String[] args = libvirt ? new String[]{dir.resolve("src-host-guest-a.log").toString(),
                    dir.resolve("dst-host-guest-a.log").toString()} : new String[]{dir.toString()};
            CliRun brief = CliRun.of(Stream.concat(Stream.of("report", "--brief"), Stream.of(args)).toArray(String[]::new));
            String out = brief.out();
            for (String block : out.split("\n\n")) {
                if (block.startsWith("Outcomes: ")) {
                    assertEquals(1, block.lines().count(), dir + ":\n" + out);
                    continue;
                }
                assertTrue(block.lines().count() <= 6 && block.lines().count() >= 3, dir + ":\n" + out);
                assertTrue(block.startsWith("Migration "), dir + ":\n" + out);
                assertTrue(block.lines().noneMatch(line -> line.startsWith("---")), dir + ":\n" + out);
            }
            if (!out.startsWith("Outcomes: ")) {
                String text = CliRun.of(Stream.concat(Stream.of("report"), Stream.of(args)).toArray(String[]::new)).out();
                assertTrue(text.startsWith(out + "\n"), dir + ":\n" + text);
            }
        }
    }

    /** --brief is the text's first lines: with another format it is a usage error, not silently ignored. */
    @Test
    void briefTakesNoOtherFormat() {
        CliRun run = CliRun.of("report", "--brief", "--format", "json", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("analyzer: --brief prints the text's first lines: give it without --format (or with --format text)\n"
                + "see 'analyzer help report'\n", run.err());
    }
}
