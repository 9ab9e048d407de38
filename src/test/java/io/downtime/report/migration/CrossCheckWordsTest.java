package io.downtime.report.migration;

import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.crosscheck.CrossCheckFiles;
import io.downtime.crosscheck.CrossCheckInput;
import io.downtime.crosscheck.CrossCheckResult;
import io.downtime.crosscheck.FigureCheck;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.crosscheck.TraceFigure;
import io.downtime.crosscheck.TraceValue;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.MigrationReports;
import io.downtime.testing.SampleAnalyses;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-checks' sentences, on the real samples: the real {@code virsh domjobinfo} files of
 * libvirt-one-migration, the real {@code query-migrate} replies of the sample cases' meta.json, and HMP
 * texts rendered from those replies. The figures are derived in crosscheck/MigrationCrossCheckTest; the
 * sentences here are written from them.
 */
class CrossCheckWordsTest {
    private static final String SRC_LOG = SampleMigrations.path(LibvirtLogForms.DIR + "src-host-guest-a.log");
    private static final String DST_LOG = SampleMigrations.path(LibvirtLogForms.DIR + "dst-host-guest-a.log");

    @TempDir
    Path dir;

    /**
     * libvirt-one-migration against src-domjobinfo.txt (Total downtime 38, Downtime w/o network 37, Setup
     * time 2, Time elapsed 416, w/o network 415). The trace: QEMU's figure src:172 .307760 - src:105 .281903
     * = 25857 µs; the blackout [16733, 25857] µs; QEMU's total src:173 .307771 - src:103 .241649 = 66122 µs.
     * 38000 - 25857 = 12143 and 38000 - 16733 = 21267; the pre-switchover hold src:107 .283389 -> src:108
     * .285311 = 1922 µs; 38 - 37 = 1 ms between the daemons, 37000 - 25857 = 11143; the destination QEMU
     * started at dst:1 01:05:33.940 and entered setup at dst:51 1795655134.231713: 291.713 ms later.
     */
    @Test
    void libvirtsFiguresAreExplainedWithTheTraceLines() {
        Path domjobinfo = SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt");
        MigrationCrossCheck checks = checked(libvirtAnalysis(),
                CrossCheckFiles.load(List.of(domjobinfo.toString()), List.of(), List.of(), List.of()).inputs());
        assertEquals("with the only migration found", CrossCheckWords.compared(checks));
        List<Optional<String>> sentences = checks.checks().stream().map(CrossCheckWords::explanation).toList();
        assertEquals("libvirt's Total downtime, 38 ms (" + domjobinfo + ", outgoing), is 12.143 ms more than QEMU's figure"
                + " (25.857 ms) and 12.143 ms to 21.267 ms more than the blackout: libvirt times it on libvirtd's clock,"
                + " from its handling of QEMU's STOP event to the end of its own switchover work after QEMU's completed ("
                + SRC_LOG + ":173), so it adds libvirt's event handling, its statistics query and the messages between the"
                + " two daemons, none of which a QEMU trace records; QEMU's figure ends at src-downtime-end (" + SRC_LOG
                + ":172) and the blackout when the destination's guest was ready (" + DST_LOG + ":106), both already"
                + " containing libvirt's 1.922 ms hold in pre-switchover.", sentences.get(0).orElseThrow());
        assertEquals("libvirt's Downtime w/o network, 37 ms (" + domjobinfo + ", outgoing), is its Total downtime less"
                + " the time libvirt measured between the two daemons (the network and any difference of the hosts'"
                + " clocks: 38 - 37 = 1 ms here), so it is 11.143 ms more than QEMU's figure (25.857 ms) for the same"
                + " reasons as the Total downtime.", sentences.get(1).orElseThrow());
        assertEquals(Optional.empty(), sentences.get(2));
        // 416000 - 66122 = 349878 µs of libvirt's job beyond QEMU's migration.
        assertEquals("libvirt's Time elapsed, 416 ms (" + domjobinfo + ", outgoing), is the duration of libvirt's whole"
                + " migration job on that host, of which QEMU's migration (" + SRC_LOG + ":103 -> " + SRC_LOG + ":173)"
                + " took 66.122 ms; the rest is libvirt's own work before and after it, such as starting the destination"
                + " QEMU (" + DST_LOG + ":1), 291.713 ms before it entered setup (" + DST_LOG + ":51).",
                sentences.get(3).orElseThrow());
        // 415000 - 66122 = 348878 µs.
        assertEquals("libvirt's Time elapsed w/o network, 415 ms (" + domjobinfo + ", outgoing), is its Time elapsed"
                + " less the time libvirt measured between the two daemons, so it is 348.878 ms more than QEMU's total"
                + " time (66.122 ms) for the same reasons as the Time elapsed.", sentences.get(4).orElseThrow());
        assertEquals(List.of(), checks.notes());
    }

    /**
     * dst-stalled-400ms with its own query-migrate reply ("downtime": 4, "downtime-bytes": 590983): 4 ms
     * is QEMU's figure, src.log:51 .601408 - src.log:3 .597297 = 4.111 ms, to the millisecond; the blackout
     * is at least 405.351 ms, 401.24 ms more, which the analysis explains.
     */
    @Test
    void qemusDowntimeAgreesButTheBlackoutDoesNot() {
        MigrationAnalysis analysis = analysis("dst-stalled-400ms");
        Path reply = write("query-migrate.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-stalled-400ms")));
        MigrationCrossCheck checks = checked(analysis, CrossCheckFiles.load(List.of(), List.of(reply.toString()), List.of(),
                List.of()).inputs());
        assertEquals("QEMU's downtime, 4 ms (" + reply + "), is QEMU's figure (4.111 ms) to the millisecond and differs"
                + " from the blackout as that figure does: the guest was stopped at least 401.24 ms longer than QEMU's"
                + " figure: without return-path QEMU stops counting when the source has sent everything"
                + " (src-downtime-end); the destination's load, announce and guest start came after that.",
                CrossCheckWords.explanation(checks.checks().get(0)).orElseThrow());
        assertEquals(List.of(reply + " also reports RAM sent while the guest was stopped 590983 bytes (the trace counts"
                + " no bytes): not compared"), checks.notes().stream().map(CrossCheckWords::note).toList());
    }

    /** QEMU 10.0's HMP gives the bytes in KiB: 590983 >> 10 = 577, so at least 577 * 1024 = 590848 bytes. */
    @Test
    void bytesInWholeKibAreSaidAsALowerBound() {
        JsonNode info = MigrationReports.queryMigrateSource("dst-stalled-400ms");
        Path older = write("info-migrate-10.0.txt", MigrationReports.infoMigrateQemu100(info));
        MigrationCrossCheck checks = checked(analysis("dst-stalled-400ms"),
                CrossCheckFiles.load(List.of(), List.of(), List.of(older.toString()), List.of()).inputs());
        assertEquals(List.of(older + " also reports RAM sent while the guest was stopped at least 590848 bytes, in whole"
                + " KiB (the trace counts no bytes): not compared"), checks.notes().stream().map(CrossCheckWords::note).toList());
    }

    /**
     * precopy-q35-small's reply ("total-time": 21) against dst-stalled-400ms, whose setup src.log:1 .565871 ->
     * completed src.log:52 .601410 is 35.539 ms: another migration's report.
     */
    @Test
    void anotherMigrationsReportIsSaidSo() {
        Path reply = write("other.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("precopy-q35-small")));
        MigrationCrossCheck checks = checked(analysis("dst-stalled-400ms"),
                CrossCheckFiles.load(List.of(), List.of(reply.toString()), List.of(), List.of()).inputs());
        FigureCheck total = checks.checks().get(2);
        String src = SampleMigrations.path("dst-stalled-400ms/src.log");
        assertEquals("QEMU's total-time, 21 ms (" + reply + "), is not the trace's setup -> completed on the source"
                + " (35.539 ms, " + src + ":1 -> " + src + ":52) to the millisecond, though QEMU's total-time counts just"
                + " that: the report is of another migration than the one traced.", CrossCheckWords.explanation(total).orElseThrow());
    }

    /** dst-killed-at-switchover's reply ("status": "failed") against dst-stalled-400ms, whose source completed at src.log:52. */
    @Test
    void aStatusTheTraceContradictsIsNamed() {
        Path reply = write("failed.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-killed-at-switchover")));
        MigrationCrossCheck checks = checked(analysis("dst-stalled-400ms"),
                CrossCheckFiles.load(List.of(), List.of(reply.toString()), List.of(), List.of()).inputs());
        assertEquals(List.of(reply + " says the migration is failed, but the traced source run completed ("
                + SampleMigrations.path("dst-stalled-400ms/src.log") + ":52): the report is of another migration than"
                + " the one traced"), checks.notes().stream().map(CrossCheckWords::note).toList());
    }

    /**
     * dst-killed-at-switchover's source failed (its meta.json's reply says so too): no setup -> completed,
     * so QEMU's total time is unknown, said with the run's status.
     */
    @Test
    void anUnknownTraceFigureSaysWhy() {
        Path reply = write("failed.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-killed-at-switchover")));
        MigrationCrossCheck checks = checked(analysis("dst-killed-at-switchover"),
                CrossCheckFiles.load(List.of(), List.of(reply.toString()), List.of(), List.of()).inputs());
        TraceValue total = checks.trace().get(3);
        assertEquals(TraceFigure.QEMU_TOTAL, total.figure());
        assertEquals(Optional.of("the source run failed, it did not complete"), total.unavailable().map(CrossCheckWords::unknown));
    }

    /** Of two migrations, the last completed one; a single one of several is --run's. */
    @Test
    void theMigrationComparedIsSaid() {
        Path domjobinfo = SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt");
        List<CrossCheckInput> inputs = CrossCheckFiles.load(List.of(domjobinfo.toString()), List.of(), List.of(),
                List.of()).inputs();
        MigrationAnalysis completed = analysis("dst-stalled-400ms");
        assertEquals("with migration 1, the one --run picked",
                CrossCheckWords.compared(CrossCheckResult.of(inputs, List.of(completed), 2).checked().orElseThrow()));
        assertEquals("with migration 1, the last completed one: virsh domjobinfo --completed and query-migrate describe"
                + " the latest migration (--run N compares them with another)", CrossCheckWords.compared(
                CrossCheckResult.of(inputs, List.of(completed, analysis("dst-killed-at-switchover")), 2).checked().orElseThrow()));
    }

    private static MigrationCrossCheck checked(MigrationAnalysis analysis, List<CrossCheckInput> inputs) {
        assertTrue(!inputs.isEmpty());
        return CrossCheckResult.of(inputs, List.of(analysis), 1).checked().orElseThrow();
    }

    private Path write(String name, String text) {
        return TraceForms.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static MigrationAnalysis libvirtAnalysis() {
        return SampleAnalyses.first(List.of(SRC_LOG, DST_LOG));
    }

    private static MigrationAnalysis analysis(String sample) {
        return SampleAnalyses.of(sample);
    }
}
