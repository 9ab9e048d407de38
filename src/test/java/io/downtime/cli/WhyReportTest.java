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
}
