package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer replay} end to end; the figures are derived by hand in the strict package's tests. */
class ReplayCommandTest {

    private static String sample(String name) {
        return SampleTraces.path(name).toString();
    }

    @Test
    void textNamesTheVerdictsAndTheChecks() {
        CliRun run = CliRun.of("replay", sample("dst-stalled-400ms"), "--downtime-limit", "300", "--switchover-limit", "10");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // The answer's three lines (ReplayAnswerTest), a blank line, then the replay of the migration.
        assertTrue(out.lines().skip(4).findFirst().orElse("")
                .equals("Strict-mode replay of migration 1: precopy, source completed, destination completed"), out);
        assertTrue(out.contains("limits       downtime-limit 300 ms + switchover-limit 10 ms = abort limit 310 ms"), out);
        assertTrue(out.matches("(?s).*\\nrfc\\s+310 ms\\s+cannot fire\\s+-\\s+-\\s+-\\s+missed a violation\\n.*"), out);
        assertTrue(out.matches("(?s).*\\ntotal\\s+300 ms\\s+fires\\s+dst: load of ram 0 \\(iterable\\)\\s+≥400.009\\s+"
                + "≥400.009 ms\\s+fired rightly\\n.*"), out);
        assertTrue(out.contains("unseen     send to the destination's read (in the socket, or the destination not reading):"
                + " ≥398.321 ms"), out);
        // the check-by-check timeline: the destination's last load (.004085 - 1.907 ms - .597297 = 404.881 ms after
        // the start, at the earliest) reads the source's 1..2 plus its own 4..5
        assertTrue(out.matches("(?s).*\\ndst\\s+load of globalstate 0\\s+dst.log:35\\s+≥404.881\\s+5–7 ms\\s+no\\n.*"), out);
    }

    @Test
    void jsonHasTheDocumentedFieldsPerPolicy() throws Exception {
        CliRun run = CliRun.of("replay", sample("strict-source-fires-first-5-1"), "--downtime-limit", "5",
                "--switchover-limit", "1", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("analyzer-replay", root.get("format").asText());
        assertEquals(6, root.get("limits").get("abort_limit_ms").asInt());
        JsonNode rfc = root.get("migrations").get(0).get("verdicts").get(0);
        assertEquals("rfc", rfc.get("policy").asText());
        assertEquals("fires", rfc.get("fired").asText());
        assertEquals("source", rfc.get("host").asText());
        assertEquals("save of 0000:00:03.0/e1000e 0", rfc.get("at").get("after").asText());
        assertEquals(5319, rfc.get("at").get("since_start_us").get("estimate").asLong());
        assertEquals(6, rfc.get("perceived_ms").get("min").asInt());
        assertEquals(6, rfc.get("perceived_ms").get("max").asInt());
        assertEquals("fired rightly", rfc.get("class").asText());
        assertTrue(rfc.get("recorded").get("agrees").asBoolean());
        JsonNode phases = root.get("migrations").get(0).get("counter_phases").get("source");
        assertEquals(319, phases.get("count").asInt());
        assertEquals(324, phases.get("ranges").get(0).get(0).asInt());
        assertEquals(642, phases.get("ranges").get(0).get(1).asInt());
        assertEquals(3, root.get("migrations").get(0).get("verdicts").size());
    }

    @Test
    void onePolicy() {
        CliRun run = CliRun.of("replay", sample("strict-missed-62ms-blackout-8-2"), "--downtime-limit", "8",
                "--switchover-limit", "2", "--policy", "source-ack", "--rtt", "400us");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("round trip 400 µs: given with --rtt"), run.out());
        assertTrue(!run.out().contains("\nrfc:") && run.out().contains("\nsource-ack:"), run.out());
    }

    @Test
    void badUsage() {
        assertEquals(2, CliRun.of("replay", sample("dst-stalled-400ms"), "--downtime-limit", "300").exitCode());
        CliRun policy = CliRun.of("replay", sample("dst-stalled-400ms"), "--downtime-limit", "300", "--switchover-limit", "10",
                "--policy", "strict");
        assertEquals(2, policy.exitCode());
        assertTrue(policy.err().contains("'strict' is not a policy: give rfc, total, source-ack, all"), policy.err());
        CliRun rtt = CliRun.of("replay", sample("dst-stalled-400ms"), "--downtime-limit", "300", "--switchover-limit", "10",
                "--rtt", "-1ms");
        assertEquals(2, rtt.exitCode());
        CliRun missing = CliRun.of("replay", "/nonexistent/dir", "--downtime-limit", "300", "--switchover-limit", "10");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("/nonexistent/dir: no such file or directory"), missing.err());
    }
}
