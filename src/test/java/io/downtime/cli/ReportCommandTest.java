package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer report} end to end on the real samples; the figures are derived in the analysis tests. */
class ReportCommandTest {

    private static String sample(String relative) {
        return SampleTraces.path(relative).toString();
    }

    /** The README's first command. */
    @Test
    void stalledDestination() {
        CliRun run = CliRun.of("report", sample("dst-stalled-400ms"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), run.out());
        assertTrue(run.out().contains("The guest was stopped at least 401.24 ms longer than QEMU's figure: without"
                + " return-path QEMU stops counting when the source has sent everything (src-downtime-end)"), run.out());
        assertTrue(run.out().contains("offset       dst - src < +1.907 ms (one-sided)"), run.out());
        // --top 10: ten non-iterable devices, then "(32 more)" with 199 µs saved and 60 µs loaded (DeviceBreakdownTest)
        assertTrue(run.out().contains("non-iterable  (32 more)"), run.out());
        assertTrue(run.out().matches("(?s).*\\(32 more\\)\\s+199\\s+60\\n.*"), run.out());
    }

    /**
     * dst-killed-at-switchover: the source failed; its stderr beside src.log says why; the destination
     * never reached any of its checkpoints.
     */
    @Test
    void killedDestination() {
        CliRun run = CliRun.of("report", sample("dst-killed-at-switchover"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Migration 1: precopy, source failed, destination incomplete"), run.out());
        assertTrue(run.out().contains("src   src.stderr:1  Unable to write to socket: Broken pipe"), run.out());
        assertTrue(run.out().contains("dst missing  never reached dst-precopy-loadvm-completed, dst-precopy-bh-enter,"
                + " dst-precopy-bh-announced, dst-precopy-bh-vm-started"), run.out());
        assertTrue(run.out().contains("guest stopped  unknown: the guest never started on the destination"), run.out());
    }

    @Test
    void noTimestamps() {
        CliRun run = CliRun.of("report", sample("precopy-no-timestamps"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no timeline: the source's trace lines carry no timestamps (QEMU ran with"
                + " -msg timestamp=off)"), run.out());
        assertFalse(run.out().contains("Timeline ("), run.out());
        assertFalse(run.out().contains("Phases"), run.out());
        // precopy-no-timestamps/src.log:6 ... idstr=ram instance_id=0 downtime=94; dst.log:3 ... downtime=7
        assertTrue(run.out().matches("(?s).*\\niterable\\s+ram\\s+0\\s+94\\s+7\\n.*"), run.out());
    }

    /** The JSON fields the issue names, with the values derived in BlackoutTest and ClockAlignmentTest. */
    @Test
    void json() throws IOException {
        CliRun run = CliRun.of("report", "--format", "json", sample("dst-stalled-400ms"));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode migration = new ObjectMapper().readTree(run.out()).get("migrations").get(0);
        assertTrue(migration.at("/clock/offset_us/low").isNull());
        assertEquals(1907, migration.at("/clock/offset_us/high").asLong());
        assertEquals("one-sided", migration.at("/clock/quality").asText());
        assertEquals(405_351, migration.at("/blackout_us/low").asLong());
        assertTrue(migration.at("/blackout_us/high").isNull());
        assertEquals(4_111, migration.at("/qemu_downtime_us").asLong());
        JsonNode start = migration.get("checkpoints").get(0);
        assertEquals("source", start.get("host").asText());
        assertEquals("src-downtime-start", start.get("name").asText());
        assertEquals(1795654070_597297L, start.at("/time_us/estimate").asLong());
        JsonNode started = migration.get("checkpoints").get(8);
        assertEquals("dst-precopy-bh-vm-started", started.get("name").asText());
        // 1795654071.004555 on the destination's clock, minus the offset's bound +1907 µs
        assertEquals(1795654071_004555L - 1907, started.at("/time_us/low").asLong());
        assertTrue(started.at("/time_us/high").isNull());
        JsonNode ram = migration.get("devices").get(0);
        assertEquals("ram", ram.get("idstr").asText());
        assertEquals(0, ram.get("instance").asLong());
        assertEquals("iterable", ram.get("type").asText());
        assertEquals(485, ram.get("save_us").asLong());
        assertEquals(192, ram.get("load_us").asLong());
    }

    @Test
    void csv() {
        CliRun run = CliRun.of("report", "--format", "csv", sample("dst-stalled-400ms"));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("migration,section,host,name,instance_id,type,line,value_us,low_us,high_us", lines.get(0));
        assertTrue(lines.contains("1,blackout,,,,,,405351,405351,"), run.out());
        assertTrue(lines.contains("1,device_save,src,ram,0,iterable,,485,485,485"), run.out());
    }

    /**
     * precopy-skewed-clocks with the injected offset given: the blackout is exact,
     * dst.log:39 1795653893.632338 + 169.3 s - src.log:3 1795654062.925808 = 6530 µs.
     */
    @Test
    void givenClockOffset() throws IOException {
        CliRun run = CliRun.of("report", "--format", "json", "--clock-offset=-169.3s", sample("precopy-skewed-clocks"));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode migration = new ObjectMapper().readTree(run.out()).get("migrations").get(0);
        assertEquals("given", migration.at("/clock/quality").asText());
        assertEquals(6530, migration.at("/blackout_us/low").asLong());
        assertEquals(6530, migration.at("/blackout_us/high").asLong());
    }

    @Test
    void offsetWithoutUnitIsBadUsage() {
        CliRun run = CliRun.of("report", "--clock-offset", "5", sample("dst-stalled-400ms"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'5' has no unit: give s, ms or us (e.g. -169.3s)"), run.err());
    }

    /** Two files in either order: roles come from the events. */
    @Test
    void filesInAnyOrder() {
        CliRun run = CliRun.of("report", sample("dst-stalled-400ms/dst.log"), sample("dst-stalled-400ms/src.log"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("source       run 1 of " + sample("dst-stalled-400ms/src.log")), run.out());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
    }

    /**
     * A rejected line still gives the report, and exit code 2 with the diagnostic on stderr: line 6 of
     * dst-stalled-400ms/src.log with its instance_id made a word (ram's save is then missing from the devices).
     */
    @Test
    void rejectedLinesStillReportButExitTwo(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SampleTraces.path("dst-stalled-400ms/src.log")));
        lines.set(5, lines.get(5).replace("instance_id=0", "instance_id=zero"));
        Files.write(dir.resolve("src.log"), lines, StandardCharsets.UTF_8);
        Files.copy(SampleTraces.path("dst-stalled-400ms/dst.log"), dir.resolve("dst.log"));
        CliRun run = CliRun.of("report", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(dir.resolve("src.log") + ":6:"), run.err());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
    }

    /** gzip logs in a directory: the same report. */
    @Test
    void gzipLogs(@TempDir Path dir) {
        for (String name : List.of("src.log", "dst.log")) {
            byte[] plain = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/" + name)).getBytes(StandardCharsets.UTF_8);
            TraceForms.write(dir.resolve(name + ".gz"), TraceForms.gzip(plain));
        }
        CliRun run = CliRun.of("report", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
    }

    /** --stderr names a stderr file that is not beside its log; --role says which log is which. */
    @Test
    void explicitStderrAndRole(@TempDir Path dir) throws IOException {
        Path a = Files.copy(SampleTraces.path("dst-killed-at-switchover/src.log"), dir.resolve("a.trace"));
        Path b = Files.copy(SampleTraces.path("dst-killed-at-switchover/dst.log"), dir.resolve("b.trace"));
        Path err = Files.copy(SampleTraces.path("dst-killed-at-switchover/src.stderr"), dir.resolve("qemu-a.err"));
        CliRun run = CliRun.of("report", "--role", "src", "--stderr", err.toString(), a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("src   qemu-a.err:1  Unable to write to socket: Broken pipe"), run.out());
        assertTrue(run.out().contains("dst role     given with --role"), run.out());
    }

    @Test
    void missingInput() {
        CliRun run = CliRun.of("report", "no/such/dir");
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: no/such/dir: no such file or directory\n", run.err());
    }

    /** Several migrations: listed first; --run picks one; a --run beyond them is bad usage. */
    @Test
    void severalMigrations(@TempDir Path dir) {
        TraceForms.write(dir.resolve("src.log"), (TraceForms.readString(SampleTraces.path("dst-killed-at-switchover/src.log"))
                + TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log"))).getBytes(StandardCharsets.UTF_8));
        TraceForms.write(dir.resolve("dst.log"), (TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log"))
                + TraceForms.readString(SampleTraces.path("dst-killed-at-switchover/dst.log"))).getBytes(StandardCharsets.UTF_8));
        CliRun all = CliRun.of("report", dir.toString());
        assertEquals(0, all.exitCode(), all.err());
        // one source log sent both: attempts. The first: src-downtime-start to failed, 2.810 ms (OutcomeTest); the
        // second: dst-stalled-400ms's blackout, at least 405.351 ms
        assertTrue(all.out().startsWith("Outcomes: attempt 1 failed after 2.810 ms of the downtime, guest resumed on the"
                + " source; attempt 2 completed, guest stopped ≥405.351 ms\n\nMigrations found (--run N reports one)"),
                all.out());
        assertTrue(all.out().contains("Migration 2 of 2: precopy, source completed, destination completed"), all.out());
        CliRun second = CliRun.of("report", "--run", "2", dir.toString());
        assertTrue(second.out().contains("guest stopped  at least 405.351 ms"), second.out());
        assertFalse(second.out().contains("Migration 1 of 2"), second.out());
        CliRun beyond = CliRun.of("report", "--run", "3", dir.toString());
        assertEquals(2, beyond.exitCode());
        assertEquals("analyzer: --run 3: the logs hold 2 migrations\n", beyond.err());
    }
}
