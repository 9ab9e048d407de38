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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer sweep} end to end on copies of the real samples. */
class SweepCommandTest {
    private static final List<String> CASES = List.of("strict-source-fires-first-5-1", "strict-destination-fires-50-10",
            "strict-missed-62ms-blackout-8-2", "strict-completed-300-10", "dst-stalled-400ms");

    /** The five cases, nested one level deeper than the path given. */
    private static Path corpus(Path root) throws IOException {
        for (String name : CASES) {
            Path target = root.resolve("nested").resolve(name);
            Files.createDirectories(target);
            try (var files = Files.list(SampleTraces.path(name))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
        return root;
    }

    /**
     * At 300 + 10 (the same verdicts as the replays in RecordedStrictRunsTest and StalledDestinationReplayTest):
     * rfc fires on none; dst-stalled-400ms (>= 405.351 ms) is certainly missed; 5-1 (cut short at >= 6.336 ms) and
     * 50-10 (>= 138.307 ms) may be missed, their blackout being known only from below; 8-2 and 300-10 stayed below.
     * total at 300 ms fires on dst-stalled-400ms, may fire on the two cut short runs, never misses.
     */
    @Test
    void cellsCountTheReplays(@TempDir Path root) throws Exception {
        corpus(root);
        CliRun run = CliRun.of("sweep", root.toString(), "--downtime-limit", "300", "--switchover-limit", "10",
                "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(5, json.get("runs").asInt());
        assertEquals(5, json.get("cases").asInt());
        JsonNode rfc = json.get("policies").get(0).get("cells").get(0);
        assertEquals("rfc", json.get("policies").get(0).get("policy").asText());
        assertEquals(310, rfc.get("promised_limit_ms").asInt());
        assertEquals(0, rfc.get("fired").asInt());
        assertEquals(0, rfc.get("may_fire").asInt());
        assertEquals(1, rfc.get("missed").asInt());
        assertEquals(2, rfc.get("may_miss").asInt());
        JsonNode total = json.get("policies").get(1).get("cells").get(0);
        assertEquals(1, total.get("fired").asInt());
        assertEquals(2, total.get("may_fire").asInt());
        assertEquals(0, total.get("missed").asInt());
        assertEquals(0, total.get("may_miss").asInt());
        // rfc misses dst-stalled-400ms at 310 ms: no recommendation in a one-cell grid
        assertTrue(json.get("policies").get(0).get("recommendation").get("cell").isNull());
        assertTrue(json.get("caveat").asText().startsWith("What-if results hold each run's recorded switchover fixed"));
    }

    /** The caveat once in text; on stderr for CSV, whose rows stay plain. */
    @Test
    void caveatOnceAndCsvRows(@TempDir Path root) throws Exception {
        corpus(root);
        CliRun text = CliRun.of("sweep", root.toString(), "--downtime-limit", "100:500:100", "--switchover-limit", "0:20:10",
                "--policy", "rfc");
        assertEquals(0, text.exitCode(), text.err());
        assertEquals(1, text.out().split("What-if results hold", -1).length - 1, text.out());
        // 500 + 0: every blackout known is below 500 except none; dst-stalled's >= 405.351 ms is only a lower bound
        assertTrue(text.out().contains("Recommendation: "), text.out());
        CliRun csv = CliRun.of("sweep", root.toString(), "--downtime-limit", "100:500:100", "--switchover-limit", "0:20:10",
                "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.out().split("\r?\n");
        assertEquals("policy,downtime_limit_ms,switchover_limit_ms,abort_limit_ms,promised_limit_ms,runs,fired,may_fire,"
                + "missed,may_miss,needless,may_needless,recommended,with_prediction,prediction_short_by_more,"
                + "prediction_perhaps_short_by_more", lines[0]);
        assertEquals(1 + 3 * 5 * 3, lines.length);
        assertTrue(csv.err().contains("What-if results hold"), csv.err());
    }

    @Test
    void badGridAndRate(@TempDir Path root) throws Exception {
        corpus(root);
        CliRun grid = CliRun.of("sweep", root.toString(), "--downtime-limit", "500:100:50", "--switchover-limit", "0");
        assertEquals(2, grid.exitCode());
        assertTrue(grid.err().startsWith("analyzer: Invalid value for option '--downtime-limit': a range needs 0 <= FROM"
                + " <= TO <= 2000000 and 1 <= STEP <= 2000000: 500:100:50\n"), grid.err());
        CliRun rate = CliRun.of("sweep", root.toString(), "--downtime-limit", "100", "--switchover-limit", "0",
                "--target-abort-rate", "150%");
        assertEquals(2, rate.exitCode());
        assertTrue(rate.err().contains("is not between 0% and 100%"), rate.err());
        CliRun none = CliRun.of("sweep", root.resolve("absent").toString(), "--downtime-limit", "100", "--switchover-limit", "0");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("absent: no such file or directory"), none.err());
    }

    /** A rejected line is reported with its place, the rest of the corpus is still swept, the exit code is 2. */
    @Test
    void rejectedLines(@TempDir Path root) throws Exception {
        corpus(root);
        Path broken = root.resolve("nested").resolve("dst-stalled-400ms").resolve("dst.log");
        Files.writeString(broken, Files.readString(broken) + "5994@1795654071.0:vmstate_downtime_load type=\n");
        CliRun run = CliRun.of("sweep", root.toString(), "--downtime-limit", "300", "--switchover-limit", "10");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("dst.log:41:"), run.err());
        assertTrue(run.out().contains("Strict-mode sweep of 5 migrations"), run.out());
    }
}
