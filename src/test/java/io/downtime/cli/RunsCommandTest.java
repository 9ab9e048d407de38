package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer runs} on the sample directory: 13 cases with src.log and dst.log, the libvirt pair named, not read. */
class RunsCommandTest {

    @Test
    void listsEveryCaseWithItsPairingClockAndBlackout() {
        CliRun run = CliRun.of("runs", SampleTraces.root().toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Run set: 13 migrations in 13 cases", lines.get(0));
        // dst-stalled-400ms: blackout at least 405.351 ms (RunFiguresTest), one-sided, one run per side
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces  sample-traces/dst-stalled-400ms +src.log run 1"
                + "  dst.log run 1  source completed, destination completed  only runs  one-sided +≥405.351 ms")), run.out());
        // precopy-return-path: 105.399 to 108.029 ms, estimate 106.714 (GateRulesTest): ±1.315 = half the width, rounded up
        assertTrue(run.out().contains("two-sided  106.714 ±1.315 ms\n"), run.out());
        assertTrue(run.out().contains("  one-sided            unknown\n"), run.out());
        // 13 migrations; every one a pair; 10 completed on both hosts; 9 with a blackout (3 failed, 1 without timestamps)
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces +13 +13 +10 +9 +4 +8 +1")), run.out());
        assertTrue(run.out().contains("MIGRATIONS  PAIRED  COMPLETED  BLACKOUT KNOWN  CLOCK TWO-SIDED  CLOCK ONE-SIDED"
                + "  CLOCK NONE\n"), run.out());
        assertTrue(run.out().contains("note: " + SampleTraces.path("libvirt-one-migration")
                + ": holds logs but no src.log or dst.log, so it was not read; give its logs as SRC,DST\n"), run.out());
    }

    @Test
    void jsonAndCsv() throws Exception {
        CliRun json = CliRun.of("runs", "--format", "json", "--label", "fw", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode migration = new ObjectMapper().readTree(json.out()).get("migrations").get(0);
        assertEquals("fw", migration.get("label").asText());
        assertEquals("only runs", migration.get("paired").asText());
        assertEquals("the only source run and the only destination run", migration.get("pairing").asText());
        assertEquals(405_351, migration.at("/blackout_us/low").asLong());
        assertTrue(migration.at("/blackout_us/high").isNull());
        assertEquals(4111, migration.get("qemu_downtime_us").asLong());

        CliRun csv = CliRun.of("runs", "--format", "csv", SampleTraces.path("dst-stalled-400ms").toString());
        List<String> rows = csv.out().lines().toList();
        assertEquals("label,run,case,migration,source,destination,source_status,destination_status,mode,paired,clock,"
                + "blackout_us,blackout_low_us,blackout_high_us,qemu_downtime_us,rejected_lines", rows.get(0));
        assertTrue(rows.get(1).endsWith(",completed,completed,precopy,only runs,one-sided,405351,405351,,4111,0"),
                rows.get(1));
    }

    @Test
    void missingPathExitsTwo() {
        CliRun run = CliRun.of("runs", "/no/such/runs");
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: /no/such/runs: no such file or directory\n", run.err());
    }
}
