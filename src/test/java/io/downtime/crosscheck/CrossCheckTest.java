package io.downtime.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.run.MigrationPair;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.MigrationReports;
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
 * QEMU's and libvirt's own figures against the trace's, on the real samples: the real
 * {@code virsh domjobinfo} files of libvirt-one-migration, the real {@code query-migrate} replies of
 * the sample cases' meta.json, and HMP texts rendered from those replies.
 */
class CrossCheckTest {
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
        CrossChecks checks = CrossCheck.compare(libvirtAnalysis(), List.of(input(new DomJobInfoReader().read(domjobinfo))), "");
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
        // Against the blackout: 38000 - 25857 = 12143 and 38000 - 16733 = 21267; the pre-switchover hold
        // src:107 .283389 -> src:108 .285311 = 1922 µs.
        assertEquals("libvirt's Total downtime, 38 ms (" + domjobinfo + ", outgoing), is 12.143 ms more than QEMU's figure"
                + " (25.857 ms) and 12.143 ms to 21.267 ms more than the blackout: libvirt times it on libvirtd's clock,"
                + " from its handling of QEMU's STOP event to the end of its own switchover work after QEMU's completed ("
                + SRC_LOG + ":173), so it adds libvirt's event handling, its statistics query and the messages between the"
                + " two daemons, none of which a QEMU trace records; QEMU's figure ends at src-downtime-end (" + SRC_LOG
                + ":172) and the blackout when the destination's guest was ready (" + DST_LOG + ":106), both already"
                + " containing libvirt's 1.922 ms hold in pre-switchover.", checks.checks().get(0).sentence().orElseThrow());
        // 38 - 37 = 1 ms between the daemons.
        assertTrue(checks.checks().get(1).sentence().orElseThrow().contains("38 - 37 = 1 ms here"));
        assertTrue(checks.checks().get(2).sentence().isEmpty());
        // The destination QEMU started at dst:1 01:05:33.940 and entered setup at dst:51 1795655134.231713:
        // 291.713 ms later, on the destination's clock.
        assertTrue(checks.checks().get(3).sentence().orElseThrow().endsWith("took 66.122 ms; the rest is libvirt's own"
                + " work before and after it, such as starting the destination QEMU (" + DST_LOG + ":1), 291.713 ms"
                + " before it entered setup (" + DST_LOG + ":51)."), checks.checks().get(3).sentence().orElseThrow());
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
        CrossChecks checks = CrossCheck.compare(analysis, List.of(input(new QueryMigrateReader().read(reply))), "");
        assertEquals(List.of("downtime", "setup-time", "total-time"), checks.checks().stream().map(FigureCheck::name).toList());
        assertEquals(List.of(-111L, -319L, -539L),
                checks.checks().stream().map(check -> check.difference().orElseThrow().value().getAsLong()).toList());
        assertTrue(checks.checks().stream().allMatch(check -> check.agreement() == Agreement.AGREES));
        assertEquals("QEMU's downtime, 4 ms (" + reply + "), is QEMU's figure (4.111 ms) to the millisecond and differs"
                + " from the blackout as that figure does: the guest was stopped at least 401.24 ms longer than QEMU's"
                + " figure: without return-path QEMU stops counting when the source has sent everything"
                + " (src-downtime-end); the destination's load, announce and guest start came after that.",
                checks.checks().get(0).sentence().orElseThrow());
        assertEquals(List.of(reply + " also reports RAM sent while the guest was stopped 590983 bytes (the trace counts"
                + " no bytes): not compared"), checks.notes());
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
        CrossChecks checks = CrossCheck.compare(analysis, List.of(input(new InfoMigrateReader().read(newer)),
                input(new InfoMigrateReader().read(older))), "");
        assertEquals(List.of(4L, 2L, 35L, 4L, 2L, 35L), checks.checks().stream().map(FigureCheck::reportedMs).toList());
        assertTrue(checks.checks().stream().allMatch(check -> check.agreement() == Agreement.AGREES));
        assertEquals(List.of(newer + " also reports RAM sent while the guest was stopped 590983 bytes (the trace counts"
                        + " no bytes): not compared",
                older + " also reports RAM sent while the guest was stopped at least 590848 bytes, in whole KiB (the trace"
                        + " counts no bytes): not compared"), checks.notes());
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
        CrossChecks checks = CrossCheck.compare(analysis, List.of(input(new QueryMigrateReader().read(reply))), "");
        FigureCheck total = checks.checks().get(2);
        assertEquals(Agreement.DIFFERS, total.agreement());
        assertEquals(-14_539L, total.difference().orElseThrow().value().getAsLong());
        String src = SampleMigrations.path("dst-stalled-400ms/src.log");
        assertEquals("QEMU's total-time, 21 ms (" + reply + "), is not the trace's setup -> completed on the source"
                + " (35.539 ms, " + src + ":1 -> " + src + ":52) to the millisecond, though QEMU's total-time counts just"
                + " that: the report is of another migration than the one traced.", total.sentence().orElseThrow());
        assertEquals(Agreement.AGREES, checks.checks().get(1).agreement());
    }

    /** dst-killed-at-switchover's reply ("status": "failed") against the completed dst-stalled-400ms. */
    @Test
    void aStatusTheTraceContradictsIsNamed() throws IOException {
        MigrationAnalysis analysis = analysis("dst-stalled-400ms");
        Path reply = write("failed.json", MigrationReports.qmpReply(MigrationReports.queryMigrateSource("dst-killed-at-switchover")));
        CrossChecks checks = CrossCheck.compare(analysis, List.of(input(new QueryMigrateReader().read(reply))), "");
        assertEquals(List.of(), checks.checks());
        assertEquals(List.of(reply + " says the migration is failed, but the traced source run completed ("
                + SampleMigrations.path("dst-stalled-400ms/src.log") + ":52): the report is of another migration than"
                + " the one traced"), checks.notes());
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
                loaded.inputs().stream().map(input -> input.figures().direction().orElseThrow()).toList());
        assertTrue(loaded.inputs().stream().allMatch(CrossCheckInput::besideTheLogs));
        // A file named with an option replaces the search.
        CrossCheckFiles.Loaded named = CrossCheckFiles.load(
                List.of(SampleTraces.path(LibvirtLogForms.DIR + "dst-domjobinfo.txt").toString()), List.of(), List.of(),
                List.of(SampleTraces.path(LibvirtLogForms.DIR)));
        assertEquals(1, named.inputs().size());
        assertTrue(!named.inputs().get(0).besideTheLogs());
    }

    private static CrossCheckInput input(FiguresRead read) {
        assertEquals(List.of(), read.diagnostics());
        return new CrossCheckInput(read.figures(), false);
    }

    private Path write(String name, String text) {
        return TraceForms.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static MigrationAnalysis libvirtAnalysis() {
        MigrationPair pair = SampleMigrations.found(List.of(SRC_LOG, DST_LOG)).migrations().get(0);
        return MigrationAnalysis.of(AlignedMigration.align(pair, AlignmentOptions.automatic()));
    }

    private static MigrationAnalysis analysis(String sample) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic()));
    }
}
