package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.MigrationReports;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer report} on libvirt domain logs, end to end: the acceptance of issue 8 on
 * sample-traces/libvirt-one-migration, and logs derived from it in code. The figures are derived in
 * LibvirtAnalysisTest, MigrationCrossCheckTest, LibvirtClockTest and LibvirtMigrationsTest; here they are
 * checked as printed.
 */
class LibvirtReportCommandTest {
    private static final String SRC = SampleTraces.path(LibvirtLogForms.DIR + "src-host-guest-a.log").toString();
    private static final String DST = SampleTraces.path(LibvirtLogForms.DIR + "dst-host-guest-a.log").toString();

    @TempDir
    Path dir;

    /**
     * The README's libvirt command. One migration, listed first; the failed start (process 1 of the
     * source log, lines 1-52, libvirt's 01:05:21.699 to 01:05:21.751) named as such; the guest's name
     * and UUID and the hosts' versions in the header; the pre-switchover phase (src:107 -> src:108,
     * 1922 µs, 1922 / 21295 = 9.0% of the blackout's estimate); the blackout, QEMU's figure and
     * libvirt's 38 ms side by side (38000 - 25857 = +12143 µs) with the explanation.
     */
    @Test
    void readmeCommandOnTheRealPair() {
        CliRun run = CliRun.of("report", SRC, DST);
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // The migration's answer first (docs/report.md, The answer first), then the domain logs' processes.
        assertTrue(out.startsWith("Migration 1: precopy, source completed, destination completed\n"), out);
        assertTrue(out.contains("\n\nlibvirt domain logs: QEMU processes"), out);
        assertMatches(out, "src-host-guest-a.log\\s+1\\s+1-52\\s+guest-a\\s+2026-11-26 01:05:21.699\\s+"
                + "2026-11-26 01:05:21.751 reason=failed\\s+failed start: error: failed to set MSR 0x10a to 0xc000069\n");
        assertMatches(out, "src-host-guest-a.log\\s+2\\s+53-175\\s+guest-a\\s+2026-11-26 01:05:26.693\\s+"
                + "2026-11-26 01:05:34.350 reason=migrated\\s+sent migration 1\n");
        assertMatches(out, "dst-host-guest-a.log\\s+1\\s+1-107\\s+guest-a\\s+2026-11-26 01:05:33.940\\s+"
                + "running at the end of the log\\s+received migration 1 \\(-incoming defer\\)\n");
        // The list of migrations: a header, a rule and one row.
        String list = out.substring(out.indexOf("Migrations found"), out.indexOf("note: "));
        assertEquals(4, list.lines().count(), list);
        assertMatches(list, "\n  1  src-host-guest-a.log run 1  dst-host-guest-a.log run 1  source completed, destination completed");
        assertTrue(out.contains("note: src-host-guest-a.log: QEMU process 1 (lines 1-52) is a failed start, not a migration"), out);
        assertTrue(out.contains("Migration 1: precopy, source completed, destination completed\n"), out);
        assertTrue(out.contains("  guest        guest-a, UUID 5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f"), out);
        assertTrue(out.contains("  src host     vm: libvirt 11.3.0, QEMU 10.0.2 (Debian 1:10.0.2+ds-2+deb13u1~bpo12+1),"
                + " QEMU process 2 of src-host-guest-a.log (lines 53-175) started with -S"), out);
        assertTrue(out.contains("  dst host     vm: libvirt 11.3.0, QEMU 10.0.2 (Debian 1:10.0.2+ds-2+deb13u1~bpo12+1),"
                + " QEMU process 1 of dst-host-guest-a.log (lines 1-107) started with -incoming defer -S"), out);
        assertTrue(out.contains("  offset       dst - src between -360 µs and +8.764 ms (two-sided)"), out);
        assertTrue(out.contains("  note         libvirt ran this migration: the handshake bound is off for libvirt migrations"), out);
        assertTrue(out.contains("  guest stopped  21.295 ±4.562 ms (between 16.733 and 25.857 ms)"), out);
        assertTrue(out.contains("  guest resumed  libvirt started the destination QEMU paused (-S"), out);
        assertTrue(out.contains("  held           libvirt held the stopped guest 1.922 ms in pre-switchover"), out);
        assertTrue(out.contains("  QEMU's figure  25.857 ms"), out);
        assertMatches(out, "\nsrc state pre-switchover\\s+src state device\\s+1\\.922\\s+9\\.0%\n");
        assertTrue(out.contains("\nsrc state pre-switchover -> src state device: libvirt held the stopped guest 1.922 ms"
                + " in pre-switchover (src-host-guest-a.log:107 -> src-host-guest-a.log:108, new state device) before"
                + " letting QEMU continue: libvirt's time, not QEMU's, though both the blackout and QEMU's figure contain it.\n"), out);
        // Side by side: the trace's two figures, then libvirt's.
        String checks = out.substring(out.indexOf("Cross-checks"), out.indexOf("Timeline ("));
        assertTrue(checks.contains("  reports        src-domjobinfo.txt (virsh domjobinfo, outgoing), dst-domjobinfo.txt"
                + " (virsh domjobinfo, incoming): found beside the logs"), checks);
        assertTrue(checks.contains("  blackout       21.295 ±4.562  (the trace: src-downtime-start -> dst-*-vm-started)"), checks);
        assertTrue(checks.contains("  QEMU's figure  25.857  (the trace: src-downtime-start -> src-downtime-end)"), checks);
        assertMatches(checks, "src-domjobinfo.txt \\(outgoing\\)\\s+Total downtime\\s+38\\s+QEMU's figure\\s+25\\.857\\s+"
                + "\\+12\\.143\\s+differs \\(1\\)\n");
        assertMatches(checks, "dst-domjobinfo.txt \\(incoming\\)\\s+Total downtime\\s+38\\s+QEMU's figure\\s+25\\.857\\s+"
                + "\\+12\\.143\\s+differs \\(1\\)\n");
        assertTrue(checks.contains("(1) libvirt's Total downtime, 38 ms (src-domjobinfo.txt, outgoing), is 12.143 ms more"
                + " than QEMU's figure (25.857 ms) and 12.143 ms to 21.267 ms more than the blackout: libvirt times it"), checks);
        // QEMU's messages of the migration are its own process's: line 175, not the failed start's 50 and 51.
        String messages = out.substring(out.indexOf("QEMU's messages"));
        assertTrue(messages.contains("src-host-guest-a.log:175"), messages);
        assertFalse(messages.contains("src-host-guest-a.log:50"), messages);
    }

    /** The same in JSON (fields in docs/report-json.md). */
    @Test
    void json() throws IOException {
        CliRun run = CliRun.of("report", "--format", "json", SRC, DST);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode failed = report.get("domain_logs").get(0);
        assertTrue(failed.get("failed_start").asBoolean());
        assertEquals("failed", failed.get("end_reason").asText());
        assertEquals(SRC + ":50", failed.get("messages").get(0).get("line").asText());
        assertEquals(3, report.get("domain_logs").size());
        assertEquals(2, report.get("cross_check_inputs").size());
        assertEquals("beside-the-logs", report.get("cross_check_inputs").get(0).get("found").asText());
        assertEquals(2, report.get("runs").get(0).get("libvirt_process").asInt());
        assertEquals(1, report.get("migrations").size());
        JsonNode migration = report.get("migrations").get(0);
        assertEquals("guest-a", migration.at("/libvirt/guest_name").asText());
        assertEquals("5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f", migration.at("/libvirt/uuid").asText());
        assertEquals("vm", migration.at("/libvirt/source/hostname").asText());
        assertEquals("11.3.0", migration.at("/libvirt/destination/libvirt_version").asText());
        assertEquals("10.0.2", migration.at("/libvirt/destination/qemu_version").asText());
        assertEquals("defer", migration.at("/libvirt/destination/incoming").asText());
        assertTrue(migration.at("/libvirt/destination/started_paused").asBoolean());
        assertTrue(migration.at("/libvirt/resumed_later").asText().startsWith("libvirt started the destination QEMU paused"));
        assertEquals(16_733, migration.at("/blackout_us/low").asLong());
        assertEquals(25_857, migration.at("/blackout_us/high").asLong());
        assertEquals(25_857, migration.at("/qemu_downtime_us").asLong());
        assertEquals(1_922, migration.at("/pause_before_switchover/duration_us").asLong());
        long pauses = 0;
        for (JsonNode phase : migration.get("phases")) {
            if (phase.get("management_pause").asBoolean()) {
                pauses++;
                assertEquals("pre-switchover", phase.get("from").asText());
            }
        }
        assertEquals(1, pauses);
        JsonNode total = migration.at("/cross_checks/checks/0");
        assertEquals("Total downtime", total.get("figure").asText());
        assertEquals(38, total.get("reported_ms").asLong());
        assertEquals("QEMU's figure", total.get("against").asText());
        assertEquals(12_143, total.at("/difference_us/estimate").asLong());
        assertEquals("differs", total.get("verdict").asText());
        assertEquals("blackout", migration.at("/cross_checks/trace/0/figure").asText());
        assertEquals(21_295, migration.at("/cross_checks/trace/0/value_us/estimate").asLong());
        assertEquals("with the only migration found", migration.at("/cross_checks/compared").asText());
    }

    /** A directory holding the two domain logs (and the domjobinfo files) is read like the two files. */
    @Test
    void directoryOfDomainLogs() {
        CliRun run = CliRun.of("report", SampleTraces.path(LibvirtLogForms.DIR).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Migration 1: precopy, source completed, destination completed\n"), run.out());
        assertTrue(run.out().contains("found beside the logs"), run.out());
    }

    /**
     * Three migrations back and forth (LibvirtLogForms.backAndForth, a minute apart): listed in time
     * order with their outcome; --run 2 reports B→A alone; a domjobinfo given is compared with the
     * last completed migration, or with the one --run picks.
     */
    @Test
    void severalMigrationsListedThenReported() {
        String[] hosts = LibvirtLogForms.backAndForth(60);
        Path a = write("host-a.log", hosts[0]);
        Path b = write("host-b.log", hosts[1]);
        String domjobinfo = SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt").toString();
        CliRun all = CliRun.of("report", "--domjobinfo", domjobinfo, a.toString(), b.toString());
        assertEquals(0, all.exitCode(), all.err());
        assertMatches(all.out(), "\n  1  host-a.log run 1  host-b.log run 1  source completed, destination completed  time\n"
                + "  2  host-b.log run 2  host-a.log run 2  source completed, destination completed  time\n"
                + "  3  host-a.log run 3  host-b.log run 3  source completed, destination completed  time\n");
        assertMatches(all.out(), "host-a.log\\s+3\\s+176-356\\s+guest-a\\s+\\S+ \\S+\\s+\\S+ \\S+ reason=migrated\\s+"
                + "received migration 2, sent migration 3 \\(-incoming defer\\)\n");
        assertTrue(all.out().contains("Migration 3 of 3: precopy, source completed, destination completed"), all.out());
        assertTrue(all.out().contains("  compared       with migration 3, the last completed one"), all.out());
        CliRun second = CliRun.of("report", "--run", "2", "--domjobinfo", domjobinfo, a.toString(), b.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("Migration 2 of 3: precopy, source completed, destination completed"), second.out());
        assertFalse(second.out().contains("Migration 1 of 3"), second.out());
        assertTrue(second.out().contains("  source       run 2 of " + b), second.out());
        assertTrue(second.out().contains("  compared       with migration 2, the one --run picked"), second.out());
    }

    /**
     * QEMU's own figures on a plain trace pair: dst-stalled-400ms with its real query-migrate reply
     * (meta.json) and the HMP 10.1 text rendered from it; no domjobinfo is looked for once one is named.
     */
    @Test
    void qemuReportsOnAPlainTracePair() {
        Path reply = write("reply.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-stalled-400ms")));
        Path hmp = write("info.txt", MigrationReports.infoMigrateQemu101(MigrationReports.queryMigrateSource("dst-stalled-400ms")));
        CliRun run = CliRun.of("report", "--query-migrate", reply.toString(), "--info-migrate", hmp.toString(),
                SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("libvirt domain logs"), run.out());
        assertMatches(run.out(), "reply.json\\s+downtime\\s+4\\s+QEMU's figure\\s+4\\.111\\s+-0\\.111\\s+agrees \\(1\\)\n");
        assertMatches(run.out(), "info.txt\\s+downtime\\s+4\\s+QEMU's figure\\s+4\\.111\\s+-0\\.111\\s+agrees \\(1\\)\n");
        assertTrue(run.out().contains("(1) QEMU's downtime, 4 ms (reply.json), is QEMU's figure (4.111 ms) to the"
                + " millisecond and differs from the blackout as that figure does"), run.out());
    }

    /** A plain trace pair without reports: no libvirt part and no cross-checks, as before. */
    @Test
    void plainTracesWithoutReports() {
        CliRun run = CliRun.of("report", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Migration 1: precopy, source completed, destination completed"), run.out());
        assertFalse(run.out().contains("Cross-checks"), run.out());
        assertFalse(run.out().contains("  guest        "), run.out());
    }

    /**
     * A damaged domjobinfo (line 19 "Total downtime:   38 ms" made "thirty-eight"): the diagnostic on
     * stderr, exit code 2, and the report still made with the figures that could be read.
     */
    @Test
    void aDamagedReportIsNamedAndTheRestUsed() throws IOException {
        List<String> lines = Files.readAllLines(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt"));
        assertTrue(lines.get(18).startsWith("Total downtime:"), lines.get(18));
        lines.set(18, lines.get(18).replace("38", "thirty-eight"));
        Path damaged = Files.write(dir.resolve("damaged-domjobinfo.txt"), lines);
        CliRun run = CliRun.of("report", "--domjobinfo", damaged.toString(), SRC, DST);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(damaged + ":19:"), run.err());
        assertMatches(run.out(), "damaged-domjobinfo.txt \\(outgoing\\)\\s+Downtime w/o network\\s+37");
        assertFalse(Pattern.compile("damaged-domjobinfo.txt \\(outgoing\\)\\s+Total downtime").matcher(run.out()).find(),
                run.out());
    }

    private Path write(String name, String text) {
        return TraceForms.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertMatches(String text, String regex) {
        assertTrue(Pattern.compile(regex).matcher(text).find(), "no match for " + regex + " in:\n" + text);
    }
}
