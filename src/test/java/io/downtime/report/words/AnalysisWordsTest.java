package io.downtime.report.words;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.run.MigrationPair;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The analysis's sentences on the real samples; the values are those of the lines quoted above each test. */
class AnalysisWordsTest {
    private static final String SRC = SampleMigrations.path(SampleMigrations.LIBVIRT_SOURCE);
    private static final String DST = SampleMigrations.path(SampleMigrations.LIBVIRT_DESTINATION);

    private static MigrationAnalysis analysis(MigrationPair pair, AlignmentOptions options) {
        return MigrationAnalysis.of(AlignedMigration.align(pair, options));
    }

    /**
     * libvirt-one-migration: the destination's QEMU is process 1 of its log, from line 1, started with {@code -S};
     * dst-precopy-bh-vm-started (dst:106) is the guest ready, not running.
     */
    @Test
    void aDestinationStartedPaused() {
        MigrationAnalysis analysis = analysis(SampleMigrations.libvirt(), AlignmentOptions.automatic());
        assertEquals("libvirt started the destination QEMU paused (-S on the command line of QEMU process 1 of " + DST
                + ", from line 1), so dst-precopy-bh-vm-started (" + DST + ":106) marks the guest ready but still paused;"
                + " it ran only after libvirt's cont, which no trace records: the guest was stopped longer than the"
                + " blackout, which is a lower bound of what it saw",
                AnalysisWords.resumedLater(analysis.libvirt().orElseThrow().resumedLater().orElseThrow()));
    }

    /**
     * libvirt-one-migration: src:107 {@code new state pre-switchover} (.283389) to src:108 {@code new state device}
     * (.285311) = 1922 µs held by libvirt.
     */
    @Test
    void libvirtsHold() {
        MigrationAnalysis analysis = analysis(SampleMigrations.libvirt(), AlignmentOptions.automatic());
        assertEquals("libvirt held the stopped guest 1.922 ms in pre-switchover (" + SRC + ":107 -> " + SRC
                + ":108, new state device) before letting QEMU continue: libvirt's time, not QEMU's, though both the"
                + " blackout and QEMU's figure contain it", AnalysisWords.pause(analysis.pause().orElseThrow()));
    }

    /**
     * dst-stalled-400ms: guest start dst.log:39 1795654071.004555, stop src.log:3 1795654070.597297, offset < +1907 µs
     * (handshake): blackout > 407258 - 1907 = 405351 µs; QEMU's figure src.log:51 1795654070.601408 - .597297 =
     * 4111 µs; 405351 - 4111 = 401240 µs, and no return-path (src-downtime-end came before the guest could start).
     */
    @Test
    void theGuestStoppedLongerThanQemuCounts() {
        MigrationAnalysis analysis = analysis(SampleMigrations.only("dst-stalled-400ms"), AlignmentOptions.automatic());
        assertEquals(Optional.of("The guest was stopped at least 401.24 ms longer than QEMU's figure: without"
                + " return-path QEMU stops counting when the source has sent everything (src-downtime-end); the"
                + " destination's load, announce and guest start came after that."),
                analysis.blackout().explanation().map(AnalysisWords::disagreement));
    }

    /**
     * postcopy-random-ram: guest start dst.log:41 1795654067.633414, stop src.log:3 1795654067.617899, offset < +2020
     * µs: > 15515 - 2020 = 13495 µs; QEMU: src-downtime-end 1795654067.619715 - .617899 = 1816 µs; 13495 - 1816 =
     * 11679 µs.
     */
    @Test
    void inPostcopyQemuStopsCountingAtTheSwitch() {
        MigrationAnalysis analysis = analysis(SampleMigrations.only("postcopy-random-ram"), AlignmentOptions.automatic());
        assertEquals(Optional.of("The guest was stopped at least 11.679 ms longer than QEMU's figure: in postcopy"
                + " QEMU stops counting when the source switches to postcopy (src-downtime-end); the destination"
                + " loaded the device state and started the guest after that."),
                analysis.blackout().explanation().map(AnalysisWords::disagreement));
    }

    /**
     * precopy-skewed-clocks with --clock-offset -169.3 s: guest start dst.log:39 1795653893.632338 + 169.3 s =
     * 1795654062.932338, stop src.log:3 1795654062.925808: exactly 6530 µs; QEMU: src.log:51 1795654062.930298 -
     * .925808 = 4490 µs; 2040 µs more, said without "at least" since the offset is given.
     */
    @Test
    void anExactDisagreement() {
        MigrationAnalysis analysis = analysis(SampleMigrations.only("precopy-skewed-clocks"),
                new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.AUTO, OptionalLong.of(-169_300_000)));
        assertEquals(Optional.of("The guest was stopped 2.04 ms longer than QEMU's figure: without return-path QEMU"
                + " stops counting when the source has sent everything (src-downtime-end); the destination's load,"
                + " announce and guest start came after that."),
                analysis.blackout().explanation().map(AnalysisWords::disagreement));
    }

    @Test
    void noTimelineWithoutTimestamps() {
        MigrationAnalysis analysis = analysis(SampleMigrations.only("precopy-no-timestamps"), AlignmentOptions.automatic());
        assertEquals(Optional.of("no timeline: the source's trace lines carry no timestamps (QEMU ran with"
                + " -msg timestamp=off), so neither the order of events across the hosts nor the time between them"
                + " can be known; per-device times still come from each line's downtime= field"),
                analysis.timeline().note().map(AnalysisWords::note));
    }

    /**
     * libvirt-one-migration with --handshake on: the return path says offset > -360 µs (dst:106 1795655134.307400 -
     * src:172 1795655134.307760), the forced handshake offset < -1027 µs (dst:52 1795655134.240622 - src:103
     * 1795655134.241649): inconsistent, so the destination's events stay off the source's clock.
     */
    @Test
    void unalignedClocksLeaveTheDestinationUnplaced() {
        MigrationAnalysis analysis = analysis(SampleMigrations.libvirt(),
                new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.ON, OptionalLong.empty()));
        assertEquals(Optional.of("the destination's events cannot be placed on the source's clock: the clocks could not"
                + " be aligned (dst - src between -360 µs and -1.027 ms (inconsistent))"),
                analysis.timeline().note().map(AnalysisWords::note));
    }
}
