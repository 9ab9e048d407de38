package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --qemu-parameters FILE} on report and replay, on the real full traces: the limit's precedence
 * (--downtime-limit, then the file, then the trace's threshold; docs/why.md) and a bad file's diagnostic.
 * The blackouts are derived by hand in io.downtime.why's BlackoutPartsTest: full-trace-kvm-8vcpu-many-devices
 * 46.488 ±2.121 ms, full-trace-precopy-limit100 72.599 ±0.788 ms (its threshold implies 100 ms, DecisionTest).
 */
class QemuParametersOptionTest {

    @TempDir
    Path dir;

    private static String sample(String relative) {
        return SampleTraces.path(relative).toString();
    }

    /**
     * A query-migrate-parameters reply of the shape qapi/migration.json documents ({@code {"return": {...,
     * "downtime-limit": 300}}}), with the limit the recording used (meta.json's downtime_limit_ms).
     */
    private Path reply(long milliseconds) throws IOException {
        Path file = dir.resolve("params-" + milliseconds + ".json");
        Files.writeString(file, "{ \"return\": {\n     \"max-bandwidth\": 33554432,\n     \"downtime-limit\": "
                + milliseconds + "\n  }\n}\n");
        return file;
    }

    private static JsonNode decision(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out()).get("migrations").get(0).get("switchover_decision");
    }

    /** kvm's recording ran at 50 ms (meta.json); the trace has no threshold: 50 − 46.488 = 3.512 ±2.121 to spare. */
    @Test
    void theLimitFromTheFileWhenTheTraceHasNone() throws IOException {
        Path file = reply(50);
        CliRun text = CliRun.of("report", "--qemu-parameters", file.toString(), sample("full-trace-kvm-8vcpu-many-devices"));
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("; limit 50 ms (query-migrate-parameters reply " + file
                + ":3): not exceeded, 3.512 ±2.121 ms to spare\n"), text.out());
        CliRun json = CliRun.of("report", "--format", "json", "--qemu-parameters", file.toString(),
                sample("full-trace-kvm-8vcpu-many-devices"));
        JsonNode decision = decision(json);
        assertEquals(50_000, decision.get("downtime_limit_us").asLong());
        assertEquals("qemu-parameters", decision.get("downtime_limit_source").asText());
        assertEquals("query-migrate-parameters reply " + file + ":3", decision.get("downtime_limit_derivation").asText());
        assertTrue(decision.get("threshold_limit_us").isNull());
    }

    /**
     * The file before the threshold: precopy-limit100's threshold implies 100 ms, a file saying 300 is used and
     * the disagreement noted; 300 − 72.599 = 227.401 ±0.788 ms to spare.
     */
    @Test
    void theFileBeforeTheThreshold() throws IOException {
        Path file = reply(300);
        CliRun text = CliRun.of("report", "--qemu-parameters", file.toString(), sample("full-trace-precopy-limit100"));
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("; limit 300 ms (query-migrate-parameters reply " + file
                + ":3), though QEMU's threshold implies 100 ms: not exceeded, 227.401 ±0.788 ms to spare\n"), text.out());
        JsonNode decision = decision(CliRun.of("report", "--format", "json", "--qemu-parameters", file.toString(),
                sample("full-trace-precopy-limit100")));
        assertEquals(300_000, decision.get("downtime_limit_us").asLong());
        assertEquals("qemu-parameters", decision.get("downtime_limit_source").asText());
        assertEquals(100_000, decision.get("threshold_limit_us").asLong());
        assertTrue(decision.get("notes").get(0).asText().startsWith("the limit given (query-migrate-parameters reply "
                + file + ":3) is 300 ms, but QEMU's threshold at the decision implies 100 ms"), decision.toString());
    }

    /** The command line before the file: --downtime-limit 100 wins over the file's 300, and says it did. */
    @Test
    void theOptionBeforeTheFile() throws IOException {
        Path file = reply(300);
        CliRun json = CliRun.of("report", "--format", "json", "--downtime-limit", "100", "--qemu-parameters",
                file.toString(), sample("full-trace-precopy-limit100"));
        assertEquals(0, json.exitCode(), json.err());
        JsonNode decision = decision(json);
        assertEquals(100_000, decision.get("downtime_limit_us").asLong());
        assertEquals("option", decision.get("downtime_limit_source").asText());
        assertEquals("--downtime-limit 100, over the 300 ms of query-migrate-parameters reply " + file + ":3",
                decision.get("downtime_limit_derivation").asText());
        // 100 ms agrees with the threshold's: no note.
        assertEquals(0, decision.get("notes").size());
    }

    /** A bad file: its line and column on stderr, exit 2, the report still made with the threshold's limit. */
    @Test
    void aBadFileIsSaidAndTheReportStillMade() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{ \"return\": {\n     \"downtime-limit\": \"300\"\n  }\n}\n");
        CliRun run = CliRun.of("report", "--format", "json", "--qemu-parameters", file.toString(),
                sample("full-trace-precopy-limit100"));
        assertEquals(2, run.exitCode());
        // 5 spaces, "downtime-limit": (17 characters) and a space come before the value: column 5 + 17 + 1 + 1 = 24.
        assertEquals(file + ":2:24: \"downtime-limit\" must be a whole number of ms (QAPI uint64), found the string"
                + " \"300\"\n", run.err());
        JsonNode decision = decision(run);
        assertEquals(100_000, decision.get("downtime_limit_us").asLong());
        assertEquals("trace-threshold", decision.get("downtime_limit_source").asText());
    }

    /**
     * A file that is not there is said as every input that cannot be opened is ({@code FILE: cannot open: no such
     * file}), not with Java's exception message, which is the path again; exit 2, the report still made.
     */
    @Test
    void aMissingFileIsSaidAsAnyUnopenableInput() throws IOException {
        Path missing = dir.resolve("no-such-params.json");
        CliRun run = CliRun.of("report", "--format", "json", "--qemu-parameters", missing.toString(),
                sample("full-trace-precopy-limit100"));
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + missing + ": cannot open: no such file\n", run.err());
        assertEquals("trace-threshold", decision(run).get("downtime_limit_source").asText());
    }

    /** replay at QEMU's limit from the file is replay at that --downtime-limit, byte for byte. */
    @Test
    void replayAtTheFilesLimit() throws IOException {
        Path file = reply(50);
        String trace = sample("strict-destination-fires-50-10");
        CliRun fromFile = CliRun.of("replay", "--qemu-parameters", file.toString(), "--switchover-limit", "10", trace);
        CliRun given = CliRun.of("replay", "--downtime-limit", "50", "--switchover-limit", "10", trace);
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(given.out(), fromFile.out());
        assertTrue(given.out().contains("50"), given.out());
        CliRun neither = CliRun.of("replay", "--switchover-limit", "10", trace);
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().startsWith("analyzer: give the downtime-limit to replay at: --downtime-limit MS or"
                + " --qemu-parameters FILE\n"), neither.err());
        Path bad = dir.resolve("none.json");
        Files.writeString(bad, "{ \"return\": {} }\n");
        CliRun none = CliRun.of("replay", "--qemu-parameters", bad.toString(), "--switchover-limit", "10", trace);
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith(bad + ":1:1: no downtime-limit"), none.err());
        assertTrue(none.err().endsWith("analyzer: no downtime-limit to replay at: " + bad + " gave none\n"), none.err());
        assertEquals("", none.out());
    }
}
