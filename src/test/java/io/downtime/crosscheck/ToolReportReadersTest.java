package io.downtime.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.MigrationReports;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import io.downtime.trace.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QEMU's and libvirt's own figures, read from the real {@code virsh domjobinfo} files of
 * {@code sample-traces/libvirt-one-migration/} and from the real QMP {@code query-migrate} replies
 * kept in the sample cases' {@code meta.json}; the HMP {@code info migrate} texts are rendered from
 * those replies by {@link MigrationReports} (no real HMP text was recorded).
 */
class ToolReportReadersTest {
    @TempDir
    Path dir;

    /**
     * src-domjobinfo.txt: "Operation: Outgoing migration", "Time elapsed: 416 ms",
     * "Time elapsed w/o network: 415 ms", "Total downtime: 38 ms", "Downtime w/o network: 37 ms",
     * "Setup time: 2 ms"; dst-domjobinfo.txt the same but "Incoming migration", 386 and 385 ms.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "src-domjobinfo.txt, OUTGOING, 416, 415",
            "dst-domjobinfo.txt, INCOMING, 386, 385"
    })
    void realDomjobinfo(String file, MigrationDirection direction, long elapsed, long elapsedWithoutNetwork) throws IOException {
        Path path = SampleTraces.path(LibvirtLogForms.DIR + file);
        ToolReportReading read = new DomJobInfoReader().read(path);
        assertEquals(List.of(), read.diagnostics());
        assertEquals(new ToolReport(FigureSource.VIRSH_DOMJOBINFO, path.toString(), Optional.of("Completed"),
                Optional.of(direction), OptionalLong.of(38), OptionalLong.of(37), OptionalLong.of(elapsed),
                OptionalLong.of(elapsedWithoutNetwork), OptionalLong.of(2), OptionalLong.empty(), Optional.empty()),
                read.report());
    }

    /**
     * The source's real query-migrate replies (meta.json, "query_migrate_src"), as QEMU sends them
     * ({"return": {...}}) and as the bare object. Values quoted from the files:
     * dst-stalled-400ms: "setup-time": 2, "downtime": 4, "total-time": 35, "downtime-bytes": 590983;
     * precopy-return-path: "setup-time": 1, "downtime": 108, "total-time": 2810, "downtime-bytes": 38972688;
     * postcopy-random-ram: "setup-time": 1, "downtime": 2, "total-time": 1047, "downtime-bytes": 0.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dst-stalled-400ms,   4,   35,   2, 590983",
            "precopy-return-path, 108, 2810, 1, 38972688",
            "postcopy-random-ram, 2,   1047, 1, 0"
    })
    void realQueryMigrate(String sampleCase, long downtime, long total, long setup, long downtimeBytes) throws IOException {
        JsonNode info = MigrationReports.queryMigrateSource(sampleCase);
        ToolReport expected = new ToolReport(FigureSource.QMP_QUERY_MIGRATE, "reply.json", Optional.of("completed"),
                Optional.empty(), OptionalLong.of(downtime), OptionalLong.empty(), OptionalLong.of(total), OptionalLong.empty(),
                OptionalLong.of(setup), OptionalLong.empty(), Optional.of(DataSize.exact(downtimeBytes)));
        ToolReportReading wrapped = new QueryMigrateReader().read("reply.json", MigrationReports.qmpReply(info).getBytes(StandardCharsets.UTF_8));
        ToolReportReading bare = new QueryMigrateReader().read("reply.json", info.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), wrapped.diagnostics());
        assertEquals(expected, wrapped.report());
        assertEquals(expected, bare.report());
    }

    /** dst-killed-at-switchover's reply is {"status": "failed", "error-desc": ...}: a status and no figures, no error. */
    @Test
    void failedMigrationReplyHasOnlyAStatus() throws IOException {
        JsonNode info = MigrationReports.queryMigrateSource("dst-killed-at-switchover");
        ToolReportReading read = new QueryMigrateReader().read("reply.json", MigrationReports.qmpReply(info).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.diagnostics());
        assertEquals(Optional.of("failed"), read.report().status());
        assertTrue(!read.report().hasFigures());
    }

    /**
     * HMP info migrate in both layouts, rendered from the same real replies. QEMU 10.0 prints
     * "downtime ram" in kilobytes rounded down: 590983 >> 10 = 577 KiB = 590848 bytes;
     * 38972688 >> 10 = 38059 KiB = 38972416 bytes; a zero is not printed at all. QEMU 10.1 prints
     * downtime_bytes exactly, and also leaves out a zero.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dst-stalled-400ms,   4,   35,   2, 590848,   590983",
            "precopy-return-path, 108, 2810, 1, 38972416, 38972688",
            "postcopy-random-ram, 2,   1047, 1, ,"
    })
    void infoMigrateBothLayouts(String sampleCase, long downtime, long total, long setup, Long legacyBytes, Long exactBytes) {
        JsonNode info = MigrationReports.queryMigrateSource(sampleCase);
        ToolReportReading legacy = new InfoMigrateReader().read("hmp.txt", MigrationReports.infoMigrateQemu100(info));
        ToolReportReading current = new InfoMigrateReader().read("hmp.txt", MigrationReports.infoMigrateQemu101(info));
        assertEquals(List.of(), legacy.diagnostics(), MigrationReports.infoMigrateQemu100(info));
        assertEquals(List.of(), current.diagnostics(), MigrationReports.infoMigrateQemu101(info));
        assertEquals(new ToolReport(FigureSource.HMP_INFO_MIGRATE, "hmp.txt", Optional.of("completed"), Optional.empty(),
                OptionalLong.of(downtime), OptionalLong.empty(), OptionalLong.of(total), OptionalLong.empty(), OptionalLong.of(setup),
                OptionalLong.empty(), Optional.ofNullable(legacyBytes).map(b -> new DataSize(b, 1024))), legacy.report());
        assertEquals(new ToolReport(FigureSource.HMP_INFO_MIGRATE, "hmp.txt", Optional.of("completed"), Optional.empty(),
                OptionalLong.of(downtime), OptionalLong.empty(), OptionalLong.of(total), OptionalLong.empty(), OptionalLong.of(setup),
                OptionalLong.empty(), Optional.ofNullable(exactBytes).map(DataSize::exact)), current.report());
    }

    /**
     * One damage to a real line; the other lines are still read. src-domjobinfo.txt line 19 is
     * "Total downtime:   38           ms": the 15-character label and 3 spaces put the value at column 19.
     */
    @Test
    void damagedDomjobinfoLineIsReportedAndTheRestRead() {
        String real = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt"));
        assertTrue(real.contains("Total downtime:   38           ms\n"));
        ToolReportReading read = new DomJobInfoReader().read("domjobinfo.txt",
                real.replace("Total downtime:   38           ms", "Total downtime:   thirty-eight ms"));
        assertEquals(List.of("domjobinfo.txt:19:19: expected a number, found 'thirty-eight'"),
                read.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(OptionalLong.empty(), read.report().downtimeMs());
        assertEquals(OptionalLong.of(37), read.report().downtimeWithoutNetworkMs());
    }

    /**
     * What each report grammar says it expected, in the words of its token kinds (a number, a space,
     * a word, end of line, a literal), on real lines damaged one at a time. src-domjobinfo.txt pads
     * every label to column 19: "Job type:" left without its value ends there, "Operation:" gets 5
     * there, and "Time elapsed:     416" without its unit ends at column 22, where a space was due.
     * info migrate, QEMU 10.0 layout of dst-stalled-400ms's reply: "Migration status: " (18
     * characters) puts the status at column 19, "downtime: " the figure at 11, "downtime ram: 577 "
     * the unit at 19.
     */
    @Test
    void damagedReportLinesSayWhatWasExpected() {
        String domjobinfo = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt"));
        String damaged = domjobinfo.replace("Job type:         Completed   ", "Job type:         ")
                .replace("Operation:        Outgoing migration", "Operation:        5")
                .replace("Time elapsed:     416          ms", "Time elapsed:     416");
        assertEquals(List.of("dj.txt:1:19: expected a word, found end of line",
                        "dj.txt:2:19: expected 'Outgoing migration' or 'Incoming migration' or a word, found '5'",
                        "dj.txt:3:22: expected a space, found end of line"),
                new DomJobInfoReader().read("dj.txt", damaged).diagnostics().stream().map(Diagnostic::toString).toList());

        String hmp = MigrationReports.infoMigrateQemu100(MigrationReports.queryMigrateSource("dst-stalled-400ms"));
        // Lines 1-6 are "globals:" and its five settings, 7 the status, 8 the total time, 9 the downtime
        // (the reply has no expected downtime), 10 setup, 11-21 the eleven RAM lines always printed, 22
        // precopy ram, 23 downtime ram (dirty pages rate and postcopy requests are 0, so not printed).
        List<String> lines = hmp.lines().toList();
        assertEquals(List.of("Migration status: completed", "downtime: 4 ms", "downtime ram: 577 kbytes"),
                List.of(lines.get(6), lines.get(8), lines.get(22)));
        String broken = hmp.replace("Migration status: completed", "Migration status: 12")
                .replace("downtime: 4 ms", "downtime: x ms").replace("downtime ram: 577 kbytes", "downtime ram: 577 MB");
        assertEquals(List.of("hmp.txt:7:19: expected a word, found '12'",
                        "hmp.txt:9:11: expected a number, found 'x'",
                        "hmp.txt:23:19: expected 'kbytes', found 'MB'"),
                new InfoMigrateReader().read("hmp.txt", broken).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    /** Two domjobinfo outputs pasted into one file: the second "Job type" (line 22) and its figures are flagged. */
    @Test
    void aFigureGivenTwiceKeepsTheFirst() {
        String src = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt"));
        String dst = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "dst-domjobinfo.txt"));
        ToolReportReading read = new DomJobInfoReader().read("both.txt", src + dst);
        assertEquals(OptionalLong.of(416), read.report().totalTimeMs());
        // src has 21 lines; dst's Job type, Operation, the two elapsed times, the two downtimes and setup repeat.
        assertEquals(7, read.diagnostics().size());
        assertEquals("both.txt:22:1: status given a second time; the first value is kept", read.diagnostics().get(0).toString());
    }

    /**
     * A real reply with one damage: "downtime": 4 (line 4 of the pretty-printed reply, after
     * {"return": {, "status", "setup-time") becomes "downtime": 4.5.
     */
    @Test
    void queryMigrateWithAFractionalDowntime() throws IOException {
        String reply = MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-stalled-400ms"));
        assertTrue(reply.contains("  \"downtime\" : 4,\n"), reply);
        ToolReportReading read = new QueryMigrateReader().read("reply.json",
                reply.replace("\"downtime\" : 4,", "\"downtime\" : 4.5,").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.diagnostics().size());
        Diagnostic problem = read.diagnostics().get(0);
        assertEquals("\"return.downtime\" must be a whole number", problem.message());
        assertEquals(4, problem.where().line());
    }

    @Test
    void aFileThatIsNoReportSaysWhatWasExpected() {
        // The first line of a real trace is no domjobinfo output.
        ToolReportReading read = new DomJobInfoReader().read("trace.log",
                LibvirtLogForms.lines(LibvirtLogForms.sourceLog(), 103, 103));
        assertEquals(List.of("trace.log:1:1: no migration figures found; expected 'virsh domjobinfo' output such as 'Total downtime: 38 ms'"),
                read.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
