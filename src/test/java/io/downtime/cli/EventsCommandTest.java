package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsCommandTest {
    @TempDir
    Path dir;

    @Test
    void textListingAndAccountingOfARealTrace() {
        String file = SampleTraces.path("dst-stalled-400ms/dst.log").toString();
        CliRun run = CliRun.of("events", file);
        assertEquals(0, run.exitCode(), run.err());
        // Line 3: 5994@1795654070.999213:vmstate_downtime_load type=iterable idstr=ram instance_id=0 downtime=192
        assertTrue(run.out().contains(file + ":3   2026-11-26T00:47:50.999213Z  5994  vmstate_downtime_load        "
                + "type=iterable idstr=ram instance_id=0 downtime_us=192"), run.out());
        // 40 lines: 33 loads (grep -c vmstate_downtime_load), 4 checkpoints, 3 state changes.
        assertTrue(run.out().contains("vmstate_downtime_load           33"), run.out());
        assertTrue(run.out().matches("(?s).*dst.log\\s+40\\s+40\\s+0\\s+0\\s+0.*"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonListingIsOneDocument() throws Exception {
        CliRun run = CliRun.of("events", "--format", "json", SampleTraces.path("strict-destination-fires-50-10/dst.log").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        // dst.log has 10 lines, all understood: 4 loads, 1 checkpoint, 3 states, the received downtime, the abort.
        assertEquals(10, json.get("events").size());
        JsonNode abort = json.get("events").get(7);
        // 27533@1795654950.237825:qemu_loadvm_downtime_abort switchover abort limit=60, destination downtime=121, source downtime=0
        assertEquals("qemu_loadvm_downtime_abort", abort.get("event").asText());
        assertEquals(1795654950237825L, abort.get("time_us").asLong());
        assertEquals(60, abort.get("abort_limit_ms").asInt());
        assertEquals(121, abort.get("destination_downtime_ms").asInt());
        assertEquals(0, abort.get("source_downtime_ms").asInt());
        assertEquals(10, json.at("/accounting/total/understood").asInt());
        assertEquals(1, json.at("/accounting/total/understood_by_event/qemu_loadvm_downtime_abort").asInt());
    }

    @Test
    void csvListingHasAHeaderAndOneRowPerEvent() {
        CliRun run = CliRun.of("events", "--format", "csv", SampleTraces.path("dst-killed-at-switchover/src.stderr").toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] rows = run.out().split("\r\n");
        assertEquals(2, rows.length);
        assertTrue(rows[0].startsWith("file,line,time_us,time_utc,id,event,type,idstr"), rows[0]);
        // 2026-11-26T00:47:58.637582Z qemu-system-x86_64: Unable to write to socket: Broken pipe
        assertTrue(rows[1].contains(",1,1795654078637582,2026-11-26T00:47:58.637582Z,,message: other,"), rows[1]);
        // program, message, then the empty name and the ten empty libvirt columns (libvirt_version ... incoming).
        assertTrue(rows[1].endsWith("qemu-system-x86_64,Unable to write to socket: Broken pipe" + ",".repeat(11)), rows[1]);
        assertTrue(run.err().contains("UNDERSTOOD"), "the accounting goes to stderr: " + run.err());
    }

    @Test
    void rejectedLineGivesDiagnosticAndExitCode2ButTheRestIsListed() {
        String text = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log"))
                .replace("idstr=timer instance_id=0 downtime=11", "idstr=timer instance_id=0 downtime=eleven");
        Path file = TraceForms.write(dir.resolve("src.log"), text.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("events", "--summary", file.toString());
        assertEquals(2, run.exitCode());
        // Line 8: "6004@1795654070.598999:vmstate_downtime_save type=non-iterable idstr=timer instance_id=0 downtime=eleven";
        // the value starts after 23 + 22 + 18 + 12 + 14 + 9 = 98 characters.
        assertEquals(file + ":8:99: expected a number, found 'eleven'\n", run.err());
        assertTrue(run.out().matches("(?s).*src.log\\s+52\\s+51\\s+0\\s+0\\s+1.*"), run.out());
    }

    @Test
    void missingPathIsExitCode2AndOtherInputsAreStillRead() {
        CliRun run = CliRun.of("events", "--summary", dir.resolve("nope.log").toString(),
                SampleTraces.path("dst-stalled-400ms/src.log").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nope.log: no such file or directory"), run.err());
        assertTrue(run.out().contains("src.log"), run.out());
    }

    @Test
    void gzipIsReadByItsMagicBytes() {
        byte[] gz = TraceForms.gzip(TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log")).getBytes(StandardCharsets.UTF_8));
        Path file = TraceForms.write(dir.resolve("dst.log.gz"), gz);
        CliRun run = CliRun.of("events", "--summary", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("vmstate_downtime_load           33"), run.out());
    }
}
