package io.downtime.report.words;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.blackout.QemuDowntimeUnavailable;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.run.MigrationPair;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.PredictionErrorUnavailable;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunRef;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why the blackout, its parts, QEMU's figure and the prediction error are unknown, in words, on the real samples;
 * the values are those of the lines quoted above each test. The records themselves are analysis/BlackoutTest's.
 */
class BlackoutWordsTest {
    private static final String KILLED = "the guest never started on the destination (no dst-*-vm-started; the"
            + " destination incomplete, the source failed)";

    private static MigrationAnalysis analysis(MigrationPair pair, AlignmentOptions options) {
        return MigrationAnalysis.of(AlignedMigration.align(pair, options));
    }

    private static Blackout blackout(String sample) {
        return analysis(SampleMigrations.only(sample), AlignmentOptions.automatic()).blackout();
    }

    /**
     * dst-killed-at-switchover: src.log:3 src-downtime-start (the guest stopped), src.log:6 {@code new state failed};
     * dst.log holds only setup and active (lines 1-2), no dst-*-vm-started: the destination's run is incomplete. No
     * src-downtime-end after the source's src-downtime-start either.
     */
    @Test
    void aMigrationThatFailedAtTheSwitchover() {
        MigrationAnalysis analysis = analysis(SampleMigrations.only("dst-killed-at-switchover"), AlignmentOptions.automatic());
        Blackout blackout = analysis.blackout();
        assertEquals(Optional.of(KILLED), blackout.unavailable().map(BlackoutWords::unavailable));
        assertEquals(Optional.of("no src-downtime-end (the source failed before it)"),
                blackout.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime));
        // No blackout, no parts: the same reason.
        assertEquals(Optional.of(KILLED), analysis.why().parts().unavailable().map(BlackoutWords::parts));
    }

    /** precopy-no-timestamps: its lines are {@code migrate_set_state new state setup}, ... with no pid@time prefix. */
    @Test
    void linesWithoutTimestamps() {
        Blackout blackout = blackout("precopy-no-timestamps");
        assertEquals(Optional.of("the lines carry no timestamps, so the time between the source's stop and the"
                + " destination's start cannot be known"), blackout.unavailable().map(BlackoutWords::unavailable));
        assertEquals(Optional.of("no timestamps"), blackout.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime));
    }

    /**
     * cancelled-in-precopy: src.log goes setup (2), active (9), cancelling (81), cancelled (87) with no
     * src-downtime-start: the guest was never stopped, so neither figure has a start.
     */
    @Test
    void aMigrationCancelledBeforeTheSwitchover() {
        Blackout blackout = blackout("cancelled-in-precopy");
        assertEquals(Optional.of("the source never stopped the guest (no src-downtime-start)"),
                blackout.unavailable().map(BlackoutWords::unavailable));
        assertEquals(Optional.of("no src-downtime-start"), blackout.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime));
    }

    /** precopy-q35-small read one host at a time: with dst.log alone there is no source, with src.log alone no destination. */
    @Test
    void oneHostAlone() {
        Blackout destinationOnly = analysis(SampleMigrations.found(List.of(SampleMigrations.path("precopy-q35-small/dst.log")))
                .migrations().get(0), AlignmentOptions.automatic()).blackout();
        assertEquals(Optional.of("no source run: when the guest stopped is not in the logs"),
                destinationOnly.unavailable().map(BlackoutWords::unavailable));
        assertEquals(Optional.of("no source run"), destinationOnly.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime));
        Blackout sourceOnly = analysis(SampleMigrations.found(List.of(SampleMigrations.path("precopy-q35-small/src.log")))
                .migrations().get(0), AlignmentOptions.automatic()).blackout();
        assertEquals(Optional.of("no destination run: when the guest started again is not in the logs"),
                sourceOnly.unavailable().map(BlackoutWords::unavailable));
    }

    /**
     * libvirt-one-migration with --handshake on: the return path says offset > -360 µs (dst:106 1795655134.307400 -
     * src:172 1795655134.307760), the forced handshake offset < -1027 µs (dst:52 1795655134.240622 - src:103
     * 1795655134.241649): inconsistent, so the guest's start cannot be set against its stop.
     */
    @Test
    void clocksThatCannotBeAligned() {
        Blackout blackout = analysis(SampleMigrations.libvirt(),
                new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.ON, OptionalLong.empty())).blackout();
        assertEquals(Optional.of("the clocks could not be aligned (dst - src between -360 µs and -1.027 ms"
                + " (inconsistent))"), blackout.unavailable().map(BlackoutWords::unavailable));
    }

    /**
     * No sample's clock steps back between src-downtime-start and src-downtime-end (robustness/OddRunsTest shifts
     * one, and checks the report's line): the sentence for the 1.995889 s that test derives.
     */
    @Test
    void aClockThatWentBack() {
        assertEquals("src-downtime-end is 1.995889 s earlier than src-downtime-start: the source's clock went back"
                + " between them", BlackoutWords.qemuDowntime(new QemuDowntimeUnavailable.ClockWentBack(1_995_889)));
    }

    /**
     * The prediction error needs QEMU's expected downtime and the blackout. dst-killed-at-switchover has neither
     * (the reason of the missing blackout above); full-trace-kvm-8vcpu-many-devices has a blackout but no prediction.
     */
    @Test
    void aPredictionErrorThatCannotBeComputed() {
        RunFigures killed = RunFigures.of(new RunRef("x", "dst-killed-at-switchover", 1, 1),
                analysis(SampleMigrations.only("dst-killed-at-switchover"), AlignmentOptions.automatic()));
        assertEquals("the blackout is unknown: " + KILLED,
                BlackoutWords.predictionError(new PredictionErrorUnavailable.NoBlackout(killed.blackoutUnavailable())));
        assertEquals("the blackout is unknown: unknown",
                BlackoutWords.predictionError(new PredictionErrorUnavailable.NoBlackout(Optional.empty())));
        RunFigures noPrediction = RunFigures.of(new RunRef("x", "full-trace-kvm-8vcpu-many-devices", 1, 1),
                analysis(SampleMigrations.only("full-trace-kvm-8vcpu-many-devices"), AlignmentOptions.automatic()));
        assertTrue(noPrediction.blackout().isPresent());
        // The decision's own reason follows the colon (DecisionWords, DecisionWordsTest).
        assertEquals(Optional.of("no QEMU prediction: " + DecisionWords.unknown(noPrediction.expectedDowntimeUnavailable().orElseThrow())),
                noPrediction.predictionErrorUnavailable().map(BlackoutWords::predictionError));
    }

    /**
     * A baseline written before the reasons were records (the committed fuzz seed of dst-killed-at-switchover,
     * made by commit b5638d2's {@code analyzer baseline}) stores the sentence as text: it reads back as
     * {@code Recorded}, said verbatim, the same sentence as today's words for the analysis's record; and a
     * baseline written today stores that sentence again, byte for byte.
     */
    @Test
    void aReasonStoredByAnEarlierBaselineReadsTheSame(@TempDir Path dir) throws Exception {
        Path seed = Path.of("src/test/resources/io/downtime/robustness/BaselineFuzzTestInputs/readAnyBaseline/"
                + "seed-dst-killed-at-switchover");
        Baseline old = BaselineFile.read(seed);
        assertEquals(Optional.of(new BlackoutUnavailable.Recorded(KILLED)), old.runs().get(0).blackoutUnavailable());
        assertEquals(Optional.of(KILLED), old.runs().get(0).blackoutUnavailable().map(BlackoutWords::unavailable));

        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("dst-killed-at-switchover").toString()),
                RunSetOptions.defaults(), d -> { });
        assertEquals(Optional.of(KILLED), set.figures().get(0).blackoutUnavailable().map(BlackoutWords::unavailable));
        StringWriter today = new StringWriter();
        BaselineFile.write(new Baseline("0.1.0", "x", "auto", "auto", List.of(), set.figures()),
                StoredReasonWords.SENTENCES, today);
        assertTrue(today.toString().contains("\"blackout_unavailable\" : \"" + KILLED + "\""), today.toString());
        assertTrue(Files.readString(seed).contains("\"blackout_unavailable\" : \"" + KILLED + "\""));
        // Any text is kept: an older analyzer's words are said back as they were, not re-worded.
        Path reworded = dir.resolve("older.json");
        Files.writeString(reworded, Files.readString(seed).replace(KILLED, "an older sentence"));
        assertEquals(Optional.of("an older sentence"), BaselineFile.read(reworded).runs().get(0).blackoutUnavailable()
                .map(BlackoutWords::unavailable));
    }
}
