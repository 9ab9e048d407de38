package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.LineRef;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What libvirt's lines add to the analysis of sample-traces/libvirt-one-migration. */
class LibvirtAnalysisTest {
    private static final String SRC = SampleMigrations.path(LibvirtLogForms.DIR + "src-host-guest-a.log");
    private static final String DST = SampleMigrations.path(LibvirtLogForms.DIR + "dst-host-guest-a.log");

    private static MigrationAnalysis analysis() {
        return MigrationAnalysis.of(AlignedMigration.align(
                SampleMigrations.found(List.of(SRC, DST)).migrations().get(0), AlignmentOptions.automatic()));
    }

    /**
     * Both command lines: {@code -name guest=guest-a,debug-threads=on}, {@code -uuid
     * 5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f}, {@code -S}; the destination's also {@code -incoming defer}.
     * The source ran in process 2 of its log (lines 53-175), the destination in process 1 (1-107).
     */
    @Test
    void guestHostsAndProcesses() {
        LibvirtMigration libvirt = analysis().libvirt().orElseThrow();
        assertEquals(Optional.of("guest-a"), libvirt.guestName());
        assertEquals(Optional.of("5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f"), libvirt.uuid());
        assertEquals(SRC, libvirt.source().orElseThrow().log());
        assertEquals(2, libvirt.source().orElseThrow().process().number());
        assertEquals(1, libvirt.destination().orElseThrow().process().number());
        assertEquals(Optional.of("defer"), libvirt.destination().orElseThrow().process().incomingUri());
        // "starting up libvirt version: 11.3.0, ..., qemu version: 10.0.2Debian 1:10.0.2+ds-2+deb13u1~bpo12+1, ..., hostname: vm"
        assertEquals(Optional.of("vm"), libvirt.destination().orElseThrow().process().hostname());
        assertEquals(Optional.of("11.3.0"), libvirt.source().orElseThrow().process().libvirtVersion());
    }

    /**
     * libvirt started the destination with {@code -S}: dst-precopy-bh-vm-started (dst:106) is the guest
     * ready, not running; the blackout, src:105 .281903 -> dst:106 .307400 minus the offset in
     * [-360, +8764] µs (estimate +4202), is a lower bound of what the guest saw.
     */
    @Test
    void startedPausedMakesTheBlackoutALowerBound() {
        MigrationAnalysis analysis = analysis();
        assertEquals(new Estimate(Interval.between(16_733, 25_857), OptionalLong.of(21_295)),
                analysis.blackout().guestStopped().orElseThrow());
        // worded in report/words/AnalysisWordsTest
        LibvirtMigration.PausedStart paused = analysis.libvirt().orElseThrow().resumedLater().orElseThrow();
        assertEquals(1, paused.destination().process().number());
        assertEquals(DST, paused.destination().log());
        assertEquals("dst-precopy-bh-vm-started", paused.ready().name());
        assertEquals(new LineRef(DST, 106), paused.ready().header().where());
    }

    /**
     * The pause before switchover: src:107 {@code new state pre-switchover} (.283389) to src:108
     * {@code new state device} (.285311), 1922 µs, 1922 / 21295 of the blackout's estimate.
     */
    @Test
    void libvirtsHoldIsItsOwnPhaseAndNotQemus() {
        SwitchoverPause pause = analysis().pause().orElseThrow();
        assertEquals(Estimate.exactly(1_922), pause.phase().duration());
        assertEquals(1_922.0 / 21_295, pause.phase().share().getAsDouble(), 1e-12);
        assertTrue(pause.libvirt());
        assertEquals(new LineRef(SRC, 107), pause.phase().from().where());
        assertEquals(new LineRef(SRC, 108), pause.phase().to().where());
        assertEquals("device", pause.phase().to().name());
    }

    /** A plain trace pair has no libvirt part and no pause (dst-stalled-400ms never enters pre-switchover). */
    @Test
    void plainTracesHaveNeither() {
        MigrationAnalysis analysis = Analyses.of("dst-stalled-400ms");
        assertTrue(analysis.libvirt().isEmpty());
        assertTrue(analysis.pause().isEmpty());
    }
}
