package io.downtime.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.LineRef;
import io.downtime.run.RunStatus;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.MigrationReports;
import io.downtime.testing.SampleAnalyses;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QEMU's and libvirt's own figures against the trace's, and the trace's evidence for each difference (the
 * sentences written from it are report/migration/CrossCheckWordsTest's), on the real samples: the real
 * {@code virsh domjobinfo} files of libvirt-one-migration, the real {@code query-migrate} replies of
 * the sample cases' meta.json, and HMP texts rendered from those replies.
 */
class MigrationCrossCheckTest {
    private static final String SRC_LOG = SampleMigrations.path(LibvirtLogForms.DIR + "src-host-guest-a.log");
    private static final String DST_LOG = SampleMigrations.path(LibvirtLogForms.DIR + "dst-host-guest-a.log");

    @TempDir
    Path dir;

    /**
     * The trace's figures for libvirt-one-migration (one clock: the offset is bounded to
     * [-360 µs, +8764 µs], ClockAlignmentTest):
     * <pre>
     * blackout       dst:106 1795655134.307400 - offset - src:105 .281903 = 25497 - offset: [16733, 25857], estimate 25497 - 4202 = 21295
     * QEMU's figure  src:172 .307760 - src:105 .281903 = 25857
     * QEMU's setup   src:104 .243549 - src:103 .241649 = 1900
     * QEMU's total   src:173 .307771 - src:103 .241649 = 66122
     * </pre>
     * against src-domjobinfo.txt (Total downtime 38, Downtime w/o network 37, Setup time 2, Time
     * elapsed 416, w/o network 415):
     * 38000 - 25857 = +12143 (differs), 37000 - 25857 = +11143 (differs), 2000 < 1900 + 1000 (agrees:
     * setup-time starts after the connection, the trace's setup -> active only bounds it from above),
     * 416000 - 66122 = +349878 (differs), 415000 - 66122 = +348878 (differs).
     */
    @Test
    void libvirtsFiguresAgainstTheTrace() throws IOException {
        Path domjobinfo = SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt");
        MigrationCrossCheck checks = MigrationCrossCheck.of(libvirtAnalysis(), List.of(input(new DomJobInfoReader().read(domjobinfo))), MigrationChoice.ONLY_ONE_FOUND);
        assertEquals(List.of(
                        new TraceValue(TraceFigure.BLACKOUT, Optional.of(new Estimate(Interval.between(16_733, 25_857),
                                OptionalLong.of(21_295))), Optional.empty()),
                        new TraceValue(TraceFigure.QEMU_DOWNTIME, Optional.of(Estimate.exactly(25_857)), Optional.empty()),
                        new TraceValue(TraceFigure.QEMU_SETUP, Optional.of(Estimate.exactly(1_900)), Optional.empty()),
                        new TraceValue(TraceFigure.QEMU_TOTAL, Optional.of(Estimate.exactly(66_122)), Optional.empty())),
                checks.trace());
        assertEquals(List.of("Total downtime", "Downtime w/o network", "Setup time", "Time elapsed", "Time elapsed w/o network"),
                checks.checks().stream().map(FigureCheck::name).toList());
        assertEquals(List.of(12_143L, 11_143L, 100L, 349_878L, 348_878L),
                checks.checks().stream().map(check -> check.difference().orElseThrow().value().getAsLong()).toList());
        assertEquals(List.of(Agreement.DIFFERS, Agreement.DIFFERS, Agreement.AGREES, Agreement.DIFFERS, Agreement.DIFFERS),
                checks.checks().stream().map(FigureCheck::agreement).toList());
        // Against the blackout: 38000 - 25857 = 12143 and 38000 - 16733 = 21267, estimate 38000 - 21295 = 16705;
        // QEMU's completed src:173, src-downtime-end src:172; the destination's guest ready at dst:106 (libvirt
        // resumes it later: -S); the pre-switchover hold src:107 .283389 -> src:108 .285311 = 1922 µs.
        assertEquals(Optional.of(new FigureExplanation.LibvirtTimesItsSwitchover(
                        Optional.of(new Estimate(Interval.between(12_143, 21_267), OptionalLong.of(16_705))),
                        Optional.of(new LineRef(SRC_LOG, 173)), Optional.of(new LineRef(SRC_LOG, 172)),
                        Optional.of(new FigureExplanation.GuestStarted(new LineRef(DST_LOG, 106), true)),
                        OptionalLong.of(1_922))),
                checks.checks().get(0).explanation());
        // Downtime w/o network against the same report's Total downtime, 38 ms.
        assertEquals(Optional.of(new FigureExplanation.DowntimeLessTheNetwork(OptionalLong.of(38))),
                checks.checks().get(1).explanation());
        assertTrue(checks.checks().get(2).explanation().isEmpty());
        // QEMU's migration src:103 -> src:173; the destination QEMU started at dst:1 01:05:33.940 and entered
        // setup at dst:51 1795655134.231713: 291.713 ms later, on the destination's clock.
        assertEquals(Optional.of(new FigureExplanation.LibvirtJobAroundQemu(
                        new LineSpan(new LineRef(SRC_LOG, 103), new LineRef(SRC_LOG, 173)),
                        Optional.of(new FigureExplanation.DestinationPrepared(new LineRef(DST_LOG, 1), 291_713,
                                new LineRef(DST_LOG, 51))))),
                checks.checks().get(3).explanation());
        assertEquals(Optional.of(new FigureExplanation.ElapsedLessTheNetwork()), checks.checks().get(4).explanation());
        assertEquals(List.of(), checks.notes());
    }

    /**
     * dst-stalled-400ms with its own query-migrate reply ("downtime": 4, "total-time": 35,
     * "setup-time": 2, "downtime-bytes": 590983). The trace: src-downtime-start src.log:3 .597297,
     * src-downtime-end src.log:51 .601408 (4111 µs); setup src.log:1 .565871, active src.log:2 .568190
     * (2319 µs), completed src.log:52 .601410 (35539 µs). 4 ms is 4.111 ms to the millisecond, 35 is
     * 35.539, and 2 ms is within setup -> active: all agree. The downtime agrees with QEMU's figure yet
     * not with the blackout (at least 405.351 ms): the sentence says so with the blackout's explanation.
     */
    @Test
    void qemusOwnReplyAgreesWithItsTrace() throws IOException {
        MigrationAnalysis analysis = analysis("dst-stalled-400ms");
        Path reply = write("query-migrate.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-stalled-400ms")));
        MigrationCrossCheck checks = MigrationCrossCheck.of(analysis, List.of(input(new QueryMigrateReader().read(reply))), MigrationChoice.ONLY_ONE_FOUND);
        assertEquals(List.of("downtime", "setup-time", "total-time"), checks.checks().stream().map(FigureCheck::name).toList());
        assertEquals(List.of(-111L, -319L, -539L),
                checks.checks().stream().map(check -> check.difference().orElseThrow().value().getAsLong()).toList());
        assertTrue(checks.checks().stream().allMatch(check -> check.agreement() == Agreement.AGREES));
        // The blackout's own explanation, carried unchanged for report to word.
        assertEquals(Optional.of(new FigureExplanation.AgreesButNotTheBlackout(analysis.blackout().explanation().orElseThrow())),
                checks.checks().get(0).explanation());
        assertTrue(checks.checks().subList(1, 3).stream().allMatch(check -> check.explanation().isEmpty()));
        assertEquals(List.of(new CrossCheckNote.FiguresNotCompared(checks.checks().get(0).report())), checks.notes());
        assertEquals(Optional.of(DataSize.exact(590_983)), checks.notes().get(0).report().downtimeBytes());
    }

    /**
     * The same figures as HMP prints them: QEMU 10.1 ("Time (ms): total=35, setup=2, down=4",
     * "downtime_bytes=590983") and QEMU 10.0 ("downtime: 4 ms", "downtime ram: 577 kbytes", 590983 >> 10 = 577,
     * so at least 577 * 1024 = 590848 bytes).
     */
    @Test
    void hmpTextsGiveTheSameChecks() throws IOException {
        MigrationAnalysis analysis = analysis("dst-stalled-400ms");
        JsonNode info = MigrationReports.queryMigrateSource("dst-stalled-400ms");
        Path newer = write("info-migrate-10.1.txt", MigrationReports.infoMigrateQemu101(info));
        Path older = write("info-migrate-10.0.txt", MigrationReports.infoMigrateQemu100(info));
        MigrationCrossCheck checks = MigrationCrossCheck.of(analysis, List.of(input(new InfoMigrateReader().read(newer)),
                input(new InfoMigrateReader().read(older))), MigrationChoice.ONLY_ONE_FOUND);
        assertEquals(List.of(4L, 2L, 35L, 4L, 2L, 35L), checks.checks().stream().map(FigureCheck::reportedMs).toList());
        assertTrue(checks.checks().stream().allMatch(check -> check.agreement() == Agreement.AGREES));
        assertEquals(List.of(newer.toString(), older.toString()),
                checks.notes().stream().map(note -> note.report().origin()).toList());
        assertTrue(checks.notes().stream().allMatch(note -> note instanceof CrossCheckNote.FiguresNotCompared));
        assertEquals(List.of(Optional.of(DataSize.exact(590_983)), Optional.of(new DataSize(590_848, 1024))),
                checks.notes().stream().map(note -> note.report().downtimeBytes()).toList());
    }

    /**
     * Another migration's reply (precopy-q35-small: "downtime": 4, "setup-time": 0, "total-time": 21)
     * against dst-stalled-400ms: the downtime happens to agree (4.111 ms), setup-time 0 fits in
     * 2.319 ms, but 21000 - 35539 = -14539 µs is no millisecond rounding: the report is of another migration.
     */
    @Test
    void anotherMigrationsReplyDiffers() throws IOException {
        MigrationAnalysis analysis = analysis("dst-stalled-400ms");
        Path reply = write("other.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("precopy-q35-small")));
        MigrationCrossCheck checks = MigrationCrossCheck.of(analysis, List.of(input(new QueryMigrateReader().read(reply))), MigrationChoice.ONLY_ONE_FOUND);
        FigureCheck total = checks.checks().get(2);
        assertEquals(Agreement.DIFFERS, total.agreement());
        assertEquals(-14_539L, total.difference().orElseThrow().value().getAsLong());
        String src = SampleMigrations.path("dst-stalled-400ms/src.log");
        // setup src.log:1 -> completed src.log:52.
        assertEquals(Optional.of(new FigureExplanation.QemuTotalNotTraced(new LineSpan(new LineRef(src, 1), new LineRef(src, 52)))),
                total.explanation());
        assertEquals(Agreement.AGREES, checks.checks().get(1).agreement());
    }

    /** dst-killed-at-switchover's reply ("status": "failed") against the completed dst-stalled-400ms. */
    @Test
    void aStatusTheTraceContradictsIsNamed() throws IOException {
        MigrationAnalysis analysis = analysis("dst-stalled-400ms");
        Path reply = write("failed.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-killed-at-switchover")));
        MigrationCrossCheck checks = MigrationCrossCheck.of(analysis, List.of(input(new QueryMigrateReader().read(reply))), MigrationChoice.ONLY_ONE_FOUND);
        assertEquals(List.of(), checks.checks());
        // The source run's last state: completed at src.log:52.
        assertEquals(List.of(new CrossCheckNote.StatusContradicted(checks.notes().get(0).report(), "failed",
                RunStatus.COMPLETED, Optional.of(new LineRef(SampleMigrations.path("dst-stalled-400ms/src.log"), 52)))),
                checks.notes());
        assertEquals(reply.toString(), checks.notes().get(0).report().origin());
    }

    /** Beside the real logs: the two domjobinfo files, and nothing else of the directory. */
    @Test
    void domjobinfoFilesBesideTheLogs() {
        List<String> problems = new java.util.ArrayList<>();
        List<Path> found = CrossCheckFiles.besideTheLogs(List.of(SampleTraces.path(LibvirtLogForms.DIR)), problems);
        assertEquals(List.of(SampleTraces.path(LibvirtLogForms.DIR + "dst-domjobinfo.txt"),
                SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt")), found);
        assertEquals(List.of(), problems);
        CrossCheckFiles.Loaded loaded = CrossCheckFiles.load(List.of(), List.of(), List.of(),
                List.of(SampleTraces.path(LibvirtLogForms.DIR)));
        // The source's report first.
        assertEquals(List.of(MigrationDirection.OUTGOING, MigrationDirection.INCOMING),
                loaded.inputs().stream().map(input -> input.report().direction().orElseThrow()).toList());
        assertTrue(loaded.inputs().stream().allMatch(CrossCheckInput::besideTheLogs));
        // A file named with an option replaces the search.
        CrossCheckFiles.Loaded named = CrossCheckFiles.load(
                List.of(SampleTraces.path(LibvirtLogForms.DIR + "dst-domjobinfo.txt").toString()), List.of(), List.of(),
                List.of(SampleTraces.path(LibvirtLogForms.DIR)));
        assertEquals(1, named.inputs().size());
        assertTrue(!named.inputs().get(0).besideTheLogs());
    }

    /** The only migration found is the one compared; of several, the last completed unless --run picked one. */
    @Test
    void theMigrationComparedIsTheOneTheReportsDescribe() throws IOException {
        CrossCheckInput input = input(new DomJobInfoReader().read(SampleTraces.path(LibvirtLogForms.DIR + "src-domjobinfo.txt")));
        MigrationAnalysis only = libvirtAnalysis();
        assertEquals(Optional.of(MigrationChoice.ONLY_ONE_FOUND),
                CrossCheckResult.of(List.of(input), List.of(only), 1).checked().map(MigrationCrossCheck::choice));
        assertEquals(Optional.of(MigrationChoice.PICKED_WITH_RUN),
                CrossCheckResult.of(List.of(input), List.of(only), 2).checked().map(MigrationCrossCheck::choice));
        // dst-killed-at-switchover's source failed, dst-stalled-400ms's completed: the completed one, though
        // first; it is told by QEMU's figure, src.log:51 .601408 - src.log:3 .597297 = 4111 µs.
        MigrationAnalysis completed = analysis("dst-stalled-400ms");
        MigrationAnalysis failed = analysis("dst-killed-at-switchover");
        MigrationCrossCheck last = CrossCheckResult.of(List.of(input), List.of(completed, failed), 2).checked().orElseThrow();
        assertEquals(MigrationChoice.LAST_COMPLETED, last.choice());
        assertEquals(Optional.of(Estimate.exactly(4_111)), last.trace().get(1).value());
        assertEquals(Optional.empty(), CrossCheckResult.of(List.of(), List.of(only), 1).checked());
    }

    private static CrossCheckInput input(ToolReportReading read) {
        assertEquals(List.of(), read.diagnostics());
        return new CrossCheckInput(read.report(), false);
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
