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

/** {@code analyzer runs} on the sample directory: 16 cases with src.log and dst.log, and the libvirt pair. */
class RunsCommandTest {

    /**
     * The 20 cases: the 13 of shared/qemu-traces and qemu-traces-strict, the 6 of qemu-traces-full (3 completed
     * full-trace cases, 3 failures: cancelled-in-precopy, cancelled-then-retried, dst-killed-in-precopy), the
     * libvirt pair. 21 migrations: cancelled-then-retried holds two attempts (src.log's two runs, with dst.log and
     * dst-2.log).
     */
    @Test
    void listsEveryCaseWithItsPairingClockAndBlackout() {
        CliRun run = CliRun.of("runs", SampleTraces.root().toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Run set: 21 migrations in 20 cases", lines.get(0));
        // dst-stalled-400ms: blackout at least 405.351 ms (RunFiguresTest), one-sided, one run per side
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces  sample-traces/dst-stalled-400ms +src.log run 1"
                + " +dst.log run 1 +completed +only runs  one-sided +≥405.351 ms +- +-")), run.out());
        // the outcomes of the failures (OutcomeTest derives each from its lines)
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces  sample-traces/dst-killed-in-precopy +src.log run 1"
                + " +dst.log run 1 +failed in precopy +only runs  one-sided +unknown +- +-")), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces  sample-traces/cancelled-then-retried #2 +src.log run 2"
                + " +dst-2.log run 1 +completed +time +two-sided .*")), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces  sample-traces/strict-source-fires-first-5-1 .*"
                + " aborted by strict mode at switchover  only runs .*")), run.out());
        // precopy-return-path: 105.399 to 108.029 ms, estimate 106.714 (GateRulesTest): ±1.315 = half the width, rounded up
        // Neither trace shows QEMU's prediction: "-" under QEMU EXPECTED and PREDICTION ERROR (PredictionAcrossRunsTest).
        assertTrue(run.out().contains("two-sided  106.714 ±1.315 ms              -                        -\n"), run.out());
        assertTrue(run.out().contains("  one-sided            unknown              -                        -\n"), run.out());
        // libvirt-one-migration: its two domain logs, one migration, two-sided clock and blackout 16.733 to
        // 25.857 ms (LibvirtReportCommandTest): 21.295 ±4.562
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces  sample-traces/libvirt-one-migration +"
                + "src-host-guest-a.log run 1  dst-host-guest-a.log run 1  completed"
                + " +only runs  two-sided +21.295 ±4.562 ms +- +-")), run.out());
        // 21 migrations; every one a pair (dst-killed-in-precopy's by the threads of its states); 15 completed on
        // both hosts (the 11 of shared/qemu-traces and qemu-traces-strict, the three full-trace cases, the retry's
        // second attempt); 14 with a blackout (the same less precopy-no-timestamps); clocks: 8 two-sided (the
        // libvirt one, the two full-trace cases with return-path and the retry's second attempt among them),
        // 12 one-sided (the 8 of the shared traces, full-trace-dst-stalled-200, the two cancelled attempts and
        // dst-killed-in-precopy: only the handshake), 1 none
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces +21 +21 +15 +14 +8 +12 +1")), run.out());
        assertTrue(run.out().contains("MIGRATIONS  PAIRED  COMPLETED  BLACKOUT KNOWN  CLOCK TWO-SIDED  CLOCK ONE-SIDED"
                + "  CLOCK NONE\n"), run.out());
        // 15 completed; failed: both dst-killed cases; cancelled: cancelled-in-precopy and the retry's first attempt;
        // aborted by strict mode: strict-source-fires-first-5-1 and strict-destination-fires-50-10
        assertTrue(run.out().contains("LABEL          COMPLETED  FAILED  CANCELLED  ABORTED-BY-STRICT-MODE\n"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("sample-traces +15 +2 +2 +2")), run.out());
        // the libvirt log's failed start is said, as analyzer report says it
        assertTrue(run.out().contains("note: " + SampleTraces.path("libvirt-one-migration/src-host-guest-a.log")
                + ": QEMU process 1 (lines 1-52) is a failed start, not a migration"), run.out());
    }

    /**
     * An explicit pair whose destination log is empty: the source's run is still listed, unpaired, and
     * the empty log is a problem (exit 2), as it is for analyzer report.
     */
    @Test
    void anEmptyLogInAPairIsAProblem(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("dst.log"));
        String pair = SampleTraces.path("dst-stalled-400ms/src.log") + "," + empty;
        CliRun run = CliRun.of("runs", pair);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: " + pair + ": " + empty + ": no migration found (no migrate_set_state, checkpoint or"
                + " device event)\n", run.err());
        assertTrue(run.out().startsWith("Run set: 1 migration in 1 case\n"), run.out());
        assertTrue(run.out().contains("src.log run 1  -  "), run.out());
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
                + "blackout_us,blackout_low_us,blackout_high_us,qemu_downtime_us,rejected_lines,result,ended_in,"
                + "guest_stopped,cause,expected_downtime_us,prediction_error_us,prediction_error_low_us,"
                + "prediction_error_high_us", rows.get(0));
        // No prediction in this trace: the last four cells are empty.
        assertTrue(rows.get(1).endsWith(",completed,completed,precopy,only runs,one-sided,405351,405351,,4111,0,"
                + "completed,,moved-to-destination,,,,,"), rows.get(1));
        assertEquals("completed", migration.at("/outcome/result").asText());

        CliRun failed = CliRun.of("runs", "--format", "csv", SampleTraces.path("dst-killed-in-precopy").toString());
        List<String> failedRows = failed.out().lines().toList();
        // src.stderr:2, QEMU's migration error (OutcomeTest)
        assertTrue(failedRows.get(1).endsWith(",failed,precopy,never,Unable to write to socket: Connection reset by peer,,,,"),
                failedRows.get(1));
    }

    @Test
    void missingPathExitsTwo() {
        CliRun run = CliRun.of("runs", "/no/such/runs");
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: /no/such/runs: no such file or directory\n", run.err());
    }

    /**
     * Each run's strict-mode verdicts at given limits, the same as analyzer replay's. dst-stalled-400ms
     * at 300 + 10 ms (hand derivation in ReplayAcceptanceTest): rfc reads at most 5 ms on the source and
     * 7 ms on the destination, so it cannot fire, while the guest was stopped at least 405.351 ms: a
     * missed violation; total fires at the destination's load of ram (at least 400.009 ms after the
     * start); source-ack fires when the destination asks to start its CPUs.
     * strict-missed-62ms-blackout-8-2 at its own limits (8 + 2 ms): the RFC did not fire while the guest
     * was stopped about 62 ms (the recording): a missed violation.
     */
    @Test
    void strictVerdictsAtGivenLimits() throws Exception {
        CliRun text = CliRun.of("runs", "--downtime-limit", "300", "--switchover-limit", "10",
                SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("RFC                              TOTAL                 SOURCE-ACK"), text.out());
        assertTrue(text.out().contains("≥405.351 ms              -                 -  cannot fire: missed a violation  fires: fired rightly"
                + "  fires: fired rightly\n"),
                text.out());
        assertTrue(text.out().contains("Strict mode columns: analyzer replay's verdicts at downtime-limit 300 ms"
                + " + switchover-limit 10 ms = abort limit 310 ms"), text.out());

        CliRun json = CliRun.of("runs", "--format", "json", "--policy", "rfc", "--downtime-limit", "8",
                "--switchover-limit", "2", SampleTraces.path("strict-missed-62ms-blackout-8-2").toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertEquals(8, document.at("/strict_limits/downtime_limit_ms").asInt());
        assertEquals(2, document.at("/strict_limits/switchover_limit_ms").asInt());
        JsonNode verdict = document.get("migrations").get(0).get("strict").get(0);
        assertEquals("rfc", verdict.get("policy").asText());
        assertEquals("cannot fire", verdict.get("fired").asText());
        assertEquals("missed a violation", verdict.get("class").asText());

        CliRun csv = CliRun.of("runs", "--format", "csv", "--policy", "total", "--downtime-limit", "300",
                SampleTraces.path("dst-stalled-400ms").toString());
        List<String> rows = csv.out().lines().toList();
        assertTrue(rows.get(0).endsWith(",rejected_lines,result,ended_in,guest_stopped,cause,expected_downtime_us,"
                + "prediction_error_us,prediction_error_low_us,prediction_error_high_us,strict_total_fired,strict_total_class"),
                rows.get(0));
        assertTrue(rows.get(1).endsWith(",4111,0,completed,,moved-to-destination,,,,,,fires,fired rightly"), rows.get(1));
    }

    @Test
    void withoutLimitsThereAreNoStrictColumns() throws Exception {
        CliRun json = CliRun.of("runs", "--format", "json", SampleTraces.path("dst-stalled-400ms").toString());
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertTrue(document.get("strict_limits").isNull());
        assertTrue(document.get("migrations").get(0).get("strict") == null);
    }
}
