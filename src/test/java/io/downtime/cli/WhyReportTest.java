package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer report}'s switchover decision, blackout parts and prediction (docs/why.md) end to end on the
 * real full traces; the figures are derived by hand in io.downtime.why's DecisionTest, BlackoutPartsTest and
 * PredictionTest.
 */
class WhyReportTest {

    private static String sample(String relative) {
        return SampleTraces.path(relative).toString();
    }

    private static JsonNode migration(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out()).get("migrations").get(0);
    }

    @Test
    void jsonOfPrecopyLimit100() throws IOException {
        JsonNode migration = migration("report", "--format", "json", sample("full-trace-precopy-limit100"));
        JsonNode decision = migration.get("switchover_decision");
        assertEquals("threshold", decision.get("kind").asText());
        assertTrue(decision.get("line").asText().endsWith("src.log:233"));
        assertTrue(decision.get("bandwidth_line").asText().endsWith("src.log:224"));
        assertEquals(262697, decision.get("bandwidth_bytes_per_ms").asLong());
        assertTrue(decision.get("bandwidth_unavailable").isNull());
        assertTrue(decision.get("switchover_bandwidth_bytes_per_ms").isNull());
        assertEquals(26269740, decision.get("threshold_bytes").asLong());
        assertEquals(100_000, decision.get("downtime_limit_us").asLong());
        assertEquals("trace-threshold", decision.get("downtime_limit_source").asText());
        assertEquals(15282176, decision.get("pending_bytes").asLong());
        assertEquals(58174, decision.get("expected_downtime_us").asLong());
        // Parts: 216 + 32943 + 1299 + 31036 + 6913 + 192 + 0 = 72599, the blackout's estimate.
        long sum = 0;
        for (JsonNode part : migration.get("blackout_parts")) {
            sum += part.at("/duration_us/estimate").asLong();
        }
        assertEquals(72599, sum);
        assertEquals(migration.at("/blackout_us/estimate").asLong(), sum);
        assertEquals(7, migration.get("blackout_parts").size());
        assertEquals("unattributed", migration.get("blackout_parts").get(6).get("part").asText());
        assertEquals(0, migration.get("blackout_parts").get(6).get("spans").size());
        // 72599 − 58174 = 14425; within 100 ms.
        assertEquals(14425, migration.at("/prediction/error_us/estimate").asLong());
        assertEquals("within", migration.at("/prediction/limit_verdict").asText());
        assertTrue(migration.at("/prediction/pushed_over_by").isNull());
    }

    @Test
    void jsonOfTheKvmCaseWithoutEstimate() throws IOException {
        JsonNode decision = migration("report", "--format", "json", sample("full-trace-kvm-8vcpu-many-devices"))
                .get("switchover_decision");
        assertEquals("nothing-pending", decision.get("kind").asText());
        assertEquals(0, decision.get("pending_bytes").asLong());
        for (String field : new String[]{"bandwidth", "threshold", "expected_downtime", "downtime_limit"}) {
            String value = field.equals("bandwidth") ? "bandwidth_bytes_per_ms" : field.equals("threshold")
                    ? "threshold_bytes" : field + "_us";
            assertTrue(decision.get(value).isNull(), value);
            assertTrue(decision.get(field + "_unavailable").asText().contains("precopy ended 82.386 ms after it began"),
                    decision.get(field + "_unavailable").asText());
        }
    }

    @Test
    void downtimeLimitOption() throws IOException {
        JsonNode migration = migration("report", "--format", "json", "--downtime-limit", "50",
                sample("full-trace-kvm-8vcpu-many-devices"));
        assertEquals(50_000, migration.at("/switchover_decision/downtime_limit_us").asLong());
        assertEquals("option", migration.at("/switchover_decision/downtime_limit_source").asText());
        assertEquals("within", migration.at("/prediction/limit_verdict").asText());
        // 46488 − 50000
        assertEquals(-3512, migration.at("/prediction/limit_excess_us/estimate").asLong());
    }

    @Test
    void downtimeLimitOutOfQemusRange() {
        CliRun run = CliRun.of("report", "--downtime-limit", "2000001", sample("full-trace-kvm-8vcpu-many-devices"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'2000001' is not allowed: give a whole number of ms from 0 to 2000000"), run.err());
        assertEquals("", run.out());
    }

    private static String text(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    /**
     * The verdict in the text report's first lines, after the title, the outcome and the clock. full-trace-dst-stalled-200:
     * QEMU expected 46.283 ms for 12,156,928 B (12.2 MB) at 262,667 B/ms (262.7 MB/s); the blackout is at least
     * 238.767 ms, 238767 − 46283 = 192484 µs more; the RAM part 11.382 ms; the wait at least 218.646 ms (91.6% of
     * the blackout, the biggest part: every other part is exact and shorter; no other part not in QEMU's estimate
     * reaches a tenth); the 100 ms limit exceeded by at least 138.767 ms, during the wait (PredictionTest).
     */
    @Test
    void verdictInTheFirstLines() {
        String[] lines = text("report", sample("full-trace-dst-stalled-200")).split("\n");
        assertEquals("Migration 1: precopy, source completed, destination completed", lines[0]);
        assertTrue(lines[2].startsWith("  outcome "), lines[2]);
        assertTrue(lines[3].startsWith("  clock "), lines[3]);
        assertEquals("  went to     most to waiting for the destination: at least 218.646 ms (91.6%), which QEMU's estimate"
                + " does not count; saving the RAM took 11.382 ms (QEMU expected 46.283 ms for it)", lines[4]);
        assertEquals("  prediction  QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s); the guest was stopped at least"
                + " 192.484 ms more than expected; limit 100 ms (from QEMU's threshold): exceeded by at least 138.767 ms;"
                + " waiting for the destination pushed it over", lines[5]);
        assertEquals("", lines[6]);
    }

    /**
     * full-trace-precopy-limit100: 72.599 ±0.788 ms against 58.174 expected, 14.425 ±0.788 more; the wait 31.036
     * ±0.788 ms (42.7%); within the limit: 100000 − 72599 = 27401 µs to spare. The table lists the seven parts.
     */
    @Test
    void withinTheLimitAndThePartsTable() {
        String out = text("report", sample("full-trace-precopy-limit100"));
        assertTrue(out.contains("\n  prediction  QEMU expected 58.174 ms (15.3 MB left at 262.7 MB/s); the guest was"
                + " stopped 14.425 ±0.788 ms more than expected; limit 100 ms (from QEMU's threshold): not exceeded,"
                + " 27.401 ±0.788 ms to spare\n"), out);
        assertTrue(out.contains("\nwaiting for the destination  src-non-iterable-saved -> load of timer"), out);
        assertTrue(out.contains("  31.036 ±0.788  42.7%  no                  the destination loading ram 48.330 ms\n"), out);
        assertTrue(out.contains("\nunattributed                 -  "), out);
    }

    /**
     * full-trace-kvm-8vcpu-many-devices with --downtime-limit 50: no prediction; the destination's loads (30.753
     * ±2.121 ms, mch's 19.552 ms load the largest) and the device state (10.286 ms, virtio-balloon's 1.179 ms save)
     * each take a tenth of the 46.488 ms or more; within 50 ms: 50000 − 46488 = 3512 µs to spare.
     */
    @Test
    void kvmWithALimitGiven() {
        String out = text("report", "--downtime-limit", "50", sample("full-trace-kvm-8vcpu-many-devices"));
        // The destination's loads are the biggest part whatever the offset: 30.753 − 2.121 = 28.632 ms at least,
        // against 10.286 ms at most for the device state; 30753 / 46488 = 66.2%.
        assertTrue(out.contains("\n  went to     most to the destination's loads: 30.753 ±2.121 ms (66.2%; 0000:00:00.0/mch"
                + " 19.552 ms), which QEMU's estimate does not count; saving the RAM took 0.146 ms; 10.286 ms went to"
                + " saving the device state (0000:00:09.0/virtio-balloon 1.179 ms), which QEMU's estimate does not count\n"),
                out);
        assertTrue(out.contains("\n  prediction  QEMU had no bandwidth estimate yet and switched over with nothing pending,"
                + " predicting nothing; limit 50 ms (--downtime-limit 50): not exceeded, 3.512 ±2.121 ms to spare\n"), out);
    }

    /**
     * cancelled-then-retried: the cancelled attempt has no prediction line; the retried one was stopped 57.429
     * ±0.646 ms against 220.584 expected: 163.155 ±0.646 ms less, said so, never as a negative duration.
     */
    @Test
    void aPredictionTooHighIsSaidAsLess() {
        String out = text("report", sample("cancelled-then-retried"));
        assertEquals(1, out.split("\n  prediction ", -1).length - 1, out);
        assertTrue(out.contains("QEMU expected 220.584 ms (23.2 MB left at 105.1 MB/s); the guest was stopped"
                + " 163.155 ±0.646 ms less than expected; limit 300 ms"), out);
    }

    /** A trace without the decision's events says how to get them, once, and no limit line. */
    @Test
    void notTraced() {
        String out = text("report", sample("dst-stalled-400ms"));
        assertTrue(out.contains("\n  prediction  not in the trace (trace QEMU's decision with -trace 'migrat*', docs/why.md)\n"),
                out);
        String top = out.substring(0, out.indexOf("\nClock alignment"));
        assertTrue(!top.contains("limit"), top);
        assertTrue(out.contains("\n  decision  not in the trace (no migration_thread_low_pending before src-downtime-start): the"
                + " trace holds none of QEMU's switchover-decision events"), out);
    }
}
