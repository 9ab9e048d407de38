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
class ReportedFiguresTest {
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
        FiguresRead read = new DomJobInfoReader().read(path);
        assertEquals(List.of(), read.diagnostics());
        assertEquals(new ReportedFigures(FigureSource.VIRSH_DOMJOBINFO, path.toString(), Optional.of("Completed"),
                Optional.of(direction), OptionalLong.of(38), OptionalLong.of(37), OptionalLong.of(elapsed),
                OptionalLong.of(elapsedWithoutNetwork), OptionalLong.of(2), OptionalLong.empty(), Optional.empty()),
                read.figures());
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
        ReportedFigures expected = new ReportedFigures(FigureSource.QMP_QUERY_MIGRATE, "reply.json", Optional.of("completed"),
                Optional.empty(), OptionalLong.of(downtime), OptionalLong.empty(), OptionalLong.of(total), OptionalLong.empty(),
                OptionalLong.of(setup), OptionalLong.empty(), Optional.of(DataSize.exact(downtimeBytes)));
        FiguresRead wrapped = new QueryMigrateReader().read("reply.json", MigrationReports.qmpReply(info).getBytes(StandardCharsets.UTF_8));
        FiguresRead bare = new QueryMigrateReader().read("reply.json", info.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), wrapped.diagnostics());
        assertEquals(expected, wrapped.figures());
        assertEquals(expected, bare.figures());
    }

    /** dst-killed-at-switchover's reply is {"status": "failed", "error-desc": ...}: a status and no figures, no error. */
    @Test
    void failedMigrationReplyHasOnlyAStatus() throws IOException {
        JsonNode info = MigrationReports.queryMigrateSource("dst-killed-at-switchover");
        FiguresRead read = new QueryMigrateReader().read("reply.json", MigrationReports.qmpReply(info).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.diagnostics());
        assertEquals(Optional.of("failed"), read.figures().status());
        assertTrue(!read.figures().hasFigures());
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
        FiguresRead legacy = new InfoMigrateReader().read("hmp.txt", MigrationReports.infoMigrateQemu100(info));
        FiguresRead current = new InfoMigrateReader().read("hmp.txt", MigrationReports.infoMigrateQemu101(info));
        assertEquals(List.of(), legacy.diagnostics(), MigrationReports.infoMigrateQemu100(info));
        assertEquals(List.of(), current.diagnostics(), MigrationReports.infoMigrateQemu101(info));
        assertEquals(new ReportedFigures(FigureSource.HMP_INFO_MIGRATE, "hmp.txt", Optional.of("completed"), Optional.empty(),
                OptionalLong.of(downtime), OptionalLong.empty(), OptionalLong.of(total), OptionalLong.empty(), OptionalLong.of(setup),
                OptionalLong.empty(), Optional.ofNullable(legacyBytes).map(b -> new DataSize(b, 1024))), legacy.figures());
        assertEquals(new ReportedFigures(FigureSource.HMP_INFO_MIGRATE, "hmp.txt", Optional.of("completed"), Optional.empty(),
                OptionalLong.of(downtime), OptionalLong.empty(), OptionalLong.of(total), OptionalLong.empty(), OptionalLong.of(setup),
                OptionalLong.empty(), Optional.ofNullable(exactBytes).map(DataSize::exact)), current.figures());
    }

    /**
     * One damage to a real line; the other lines are still read. src-domjobinfo.txt line 19 is
     * "Total downtime:   38           ms": the 15-character label and 3 spaces put the value at column 19.
     */
    @Test
    void damagedDomjobinfoLineIsReportedAndTheRestRead() {
        String real = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt"));
        assertTrue(real.contains("Total downtime:   38           ms\n"));
        FiguresRead read = new DomJobInfoReader().read("domjobinfo.txt",
                real.replace("Total downtime:   38           ms", "Total downtime:   thirty-eight ms"));
        assertEquals(List.of("domjobinfo.txt:19:19: expected a number, found 'thirty-eight'"),
                read.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(OptionalLong.empty(), read.figures().downtimeMs());
        assertEquals(OptionalLong.of(37), read.figures().downtimeWithoutNetworkMs());
    }

    /** Two domjobinfo outputs pasted into one file: the second "Job type" (line 22) and its figures are flagged. */
    @Test
    void aFigureGivenTwiceKeepsTheFirst() {
        String src = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt"));
        String dst = TraceForms.readString(SampleTraces.path(LibvirtLogForms.DIR + "dst-domjobinfo.txt"));
        FiguresRead read = new DomJobInfoReader().read("both.txt", src + dst);
        assertEquals(OptionalLong.of(416), read.figures().totalTimeMs());
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
        FiguresRead read = new QueryMigrateReader().read("reply.json",
                reply.replace("\"downtime\" : 4,", "\"downtime\" : 4.5,").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.diagnostics().size());
        Diagnostic problem = read.diagnostics().get(0);
        assertEquals("\"return.downtime\" must be a whole number", problem.message());
        assertEquals(4, problem.where().line());
    }

    @Test
    void aFileThatIsNoReportSaysWhatWasExpected() {
        // The first line of a real trace is no domjobinfo output.
        FiguresRead read = new DomJobInfoReader().read("trace.log",
                LibvirtLogForms.lines(LibvirtLogForms.sourceLog(), 103, 103));
        assertEquals(List.of("trace.log:1:1: no migration figures found; expected 'virsh domjobinfo' output such as 'Total downtime: 38 ms'"),
                read.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
