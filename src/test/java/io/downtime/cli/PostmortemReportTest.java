package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees of a failed migration with the default invocation: the outcome line near the top,
 * the JSON {@code outcome} object, and a clean exit. The outcomes are derived from the lines in OutcomeTest.
 */
class PostmortemReportTest {

    /** Before roles came from the states' threads this exited 2 with "no migration found" and wrote no JSON. */
    @Test
    void aDestinationKilledInPrecopyIsReported() throws Exception {
        String dir = SampleTraces.path("dst-killed-in-precopy").toString();
        CliRun text = CliRun.of("report", dir);
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals("Migration 1: precopy, source failed, destination incomplete", lines.get(0));
        assertEquals("  outcome  failed in precopy: the guest was never stopped: the migration failed 3.3 s into"
                + " precopy; cause: Unable to write to socket: Connection reset by peer (src.stderr:2); the"
                + " destination's run never completed, failed or was cancelled (its last migration event at dst.log:4):"
                + " its QEMU was killed or crashed, or its log was cut", lines.get(2));
        assertTrue(text.out().contains("  guest stopped  0 ms: the guest was never stopped: the migration failed 3.3 s"
                + " into precopy\n"), text.out());

        CliRun json = CliRun.of("report", "--format", "json", dir);
        assertEquals(0, json.exitCode(), json.err());
        JsonNode outcome = new ObjectMapper().readTree(json.out()).at("/migrations/0/outcome");
        assertEquals("failed", outcome.get("result").asText());
        assertEquals("precopy", outcome.get("ended_in").asText());
        assertEquals("never", outcome.get("guest_stopped").asText());
        assertEquals("Unable to write to socket: Connection reset by peer", outcome.get("cause").asText());
        assertEquals("source", outcome.get("cause_host").asText());
        // src.log:9 active 1796168608.239425 -> src.log:248 failed 1796168611.566464
        assertEquals(3_327_039, outcome.get("into_phase_us").asLong());
        assertEquals(List.of(dir + "/src.log:248", dir + "/src.stderr:2", dir + "/dst.log:4"),
                toList(outcome.get("evidence")));
        assertEquals("destination", outcome.at("/unfinished/0/host").asText());
        assertEquals("state-threads", new ObjectMapper().readTree(json.out()).at("/runs/0/role_basis").asText());
    }

    /** The strict abort with only the logs: aborted by strict mode, from the threads (src.log:74, right after :73). */
    @Test
    void aStrictAbortWithoutStderr(@TempDir Path dir) throws Exception {
        for (String log : List.of("src.log", "dst.log")) {
            Files.copy(SampleTraces.path("strict-source-fires-first-5-1/" + log), dir.resolve(log));
        }
        CliRun json = CliRun.of("report", "--format", "json", dir.toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode outcome = new ObjectMapper().readTree(json.out()).at("/migrations/0/outcome");
        assertEquals("aborted-by-strict-mode", outcome.get("result").asText());
        assertEquals("strict-abort-thread", outcome.get("cancel_origin").asText());
        assertEquals("stopped-then-resumed-on-source", outcome.get("guest_stopped").asText());
        // src-downtime-start .574357 (line 3), cancelling .579932 (line 74), cancelled .582781 (line 75)
        assertEquals(5_575, outcome.at("/stopped_on_source_us/low").asLong());
        assertEquals(8_424, outcome.at("/stopped_on_source_us/high").asLong());
        assertEquals(5_575, new ObjectMapper().readTree(json.out()).at("/migrations/0/stopped_on_source_us").asLong());
    }

    /** A retry: one line sums the attempts up, and JSON carries it. */
    @Test
    void aRetryIsSummedUpAttemptByAttempt() throws Exception {
        String dir = SampleTraces.path("cancelled-then-retried").toString();
        CliRun text = CliRun.of("report", dir);
        assertEquals(0, text.exitCode(), text.err());
        // attempt 1: active src.log:13 .975831 -> cancelling src.log:86 600.973634, 997,803 µs; attempt 2: the
        // report's blackout of src.log run 2 with dst-2.log
        assertTrue(text.out().startsWith("Outcomes: attempt 1 cancelled after 1.0 s of precopy; attempt 2 completed,"
                + " guest stopped "), text.out());
        CliRun json = CliRun.of("report", "--format", "json", dir);
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertTrue(document.get("summary").asText().startsWith("attempt 1 cancelled after 1.0 s of precopy; attempt 2"),
                document.get("summary").asText());
        assertEquals("cancelled", document.at("/migrations/0/outcome/result").asText());
        assertEquals("completed", document.at("/migrations/1/outcome/result").asText());
        assertEquals(dir + "/dst-2.log run 1", document.at("/migrations/1/destination_run").asText());
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
