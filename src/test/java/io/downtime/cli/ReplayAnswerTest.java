package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer replay}'s first lines: one plain sentence per policy (issue 16, point 1; docs/strict-mode.md). */
class ReplayAnswerTest {
    /**
     * dst-stalled-400ms at 300 + 10 ms. The blackout is at least 405,351 µs (one-sided clock; derived in
     * RunsOpenMetricsTest and docs/postmortem.md). rfc: the destination never reads the source's downtime in time and
     * every source check stays below 310 ms, so it cannot fire: a missed violation (ReplayCommandTest). total: the
     * destination's load of ram 0 (iterable) is at least 400.009 ms after src-downtime-start (ReplayCommandTest's
     * derivation), past 300 ms: it fires rightly.
     */
    @Test
    void briefOnAStalledDestination() {
        CliRun run = CliRun.of("replay", "--brief", SampleTraces.path("dst-stalled-400ms").toString(),
                "--downtime-limit", "300", "--switchover-limit", "10");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertEquals("rfc (abort at 310 ms): would not abort; the guest was stopped at least 405.351 ms, so it missed"
                + " a violation", lines.get(0));
        assertEquals("total (abort at 300 ms): would abort at the destination after its load of ram 0 (iterable),"
                + " ≥400.009 ms into the downtime; the guest was stopped at least 405.351 ms, so the abort was right",
                lines.get(1));
        assertTrue(lines.get(2).startsWith("source-ack (abort at 310 ms): would abort at the source after the"
                + " destination's request"), lines.get(2));
    }

    /**
     * strict-source-fires-first-5-1 at 5 + 1 ms: the source's save of e1000e (src.log:73, .579676) is
     * .579676 - .574357 (src-downtime-start, src.log:3) = 5.319 ms in, reading 6 ms: rfc fires there. The full text
     * opens with the same three lines as --brief, a blank line, then the replay's title; the legend ends it.
     */
    @Test
    void textOpensWithTheAnswer() {
        String dir = SampleTraces.path("strict-source-fires-first-5-1").toString();
        CliRun brief = CliRun.of("replay", "--brief", dir, "--downtime-limit", "5", "--switchover-limit", "1");
        CliRun text = CliRun.of("replay", dir, "--downtime-limit", "5", "--switchover-limit", "1");
        assertEquals(0, text.exitCode(), text.err());
        List<String> answer = brief.out().lines().toList();
        List<String> lines = text.out().lines().toList();
        assertEquals(3, answer.size(), brief.out());
        assertEquals(answer, lines.subList(0, 3));
        assertEquals("", lines.get(3));
        assertTrue(lines.get(4).startsWith("Strict-mode replay of migration 1"), lines.get(4));
        assertTrue(answer.get(0).startsWith("rfc (abort at 6 ms): would abort at the source after its save of"
                + " 0000:00:03.0/e1000e 0, 5.319 ms into the downtime; "), answer.get(0));
        assertTrue(answer.get(0).endsWith(", so the abort was right"), answer.get(0));
        assertTrue(answer.get(1).startsWith("total (abort at 5 ms): "), answer.get(1));
        assertTrue(answer.get(2).startsWith("source-ack (abort at 6 ms): "), answer.get(2));
        assertTrue(text.out().contains("Legend of the first lines"), text.out());
        // --brief is the text's: with JSON it is a usage error, not silently ignored.
        CliRun json = CliRun.of("replay", "--brief", "--format", "json", dir, "--downtime-limit", "5", "--switchover-limit", "1");
        assertEquals(2, json.exitCode(), json.out());
        assertTrue(text.out().contains("  it missed a violation      missed a violation:"), text.out());
    }
}
