package io.downtime.runset;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Interval;
import io.downtime.run.RunStatus;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures a run set keeps are the report's, and which phases lie in the blackout. */
class RunFiguresTest {

    private static RunFigures of(String sample) {
        MigrationAnalysis analysis = MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(sample),
                AlignmentOptions.automatic()));
        return RunFigures.of(new RunRef("x", sample, 1, 1), analysis);
    }

    /**
     * dst-stalled-400ms. Offset: the handshake binds, dst.log:2 active 1795654070.567778 - src.log:1 setup
     * 1795654070.565871 = 1907 µs. Blackout: dst.log:39 dst-precopy-bh-vm-started 1795654071.004555 - 1907
     * - src.log:3 src-downtime-start 1795654070.597297 = 405351 µs, at least. QEMU's figure: src.log:51
     * 070.601408 - 070.597297 = 4111 µs.
     */
    @Test
    void stalledDestination() {
        RunFigures run = of("dst-stalled-400ms");
        assertEquals(Interval.atLeast(405_351), run.blackout().get().bounds());
        assertEquals(4111, run.qemuDowntime().getAsLong());
        assertEquals(AlignmentQuality.ONE_SIDED, run.clock());
        assertEquals(Optional.of(RunStatus.COMPLETED), run.sourceStatus());
        assertTrue(run.completed());
        // src.log:3 src-downtime-start 070.597297, src.log:4 src-vm-stopped 070.598379: 1082 µs, exact
        PhaseTime first = run.phases().get(0);
        assertEquals("src-downtime-start -> src-vm-stopped", first.key().label());
        assertEquals(Interval.exactly(1082), first.duration().bounds());
        assertTrue(run.phases().stream().allMatch(PhaseTime::inBlackout), run.phases().toString());
        // the report's device list, unchanged: iterable ram first (src.log:6 downtime=485, dst.log:3 downtime=192)
        DeviceTimes ram = run.devices().get(0);
        assertEquals("ram", ram.key().idstr());
        assertEquals(485, ram.save().getAsLong());
        assertEquals(192, ram.load().getAsLong());
    }

    /**
     * precopy-return-path: with return-path, src-downtime-end (src.log:51) comes after the destination
     * started the guest (dst.log:39): that last phase is no part of the blackout; the others are.
     */
    @Test
    void phaseAfterTheGuestStartedIsOutsideTheBlackout() {
        RunFigures run = of("precopy-return-path");
        List<PhaseTime> phases = run.phases();
        PhaseTime last = phases.get(phases.size() - 1);
        assertEquals("dst-precopy-bh-vm-started -> src-downtime-end", last.key().label());
        assertEquals("dst>src", last.key().hosts());
        assertFalse(last.inBlackout());
        assertTrue(phases.subList(0, phases.size() - 1).stream().allMatch(PhaseTime::inBlackout));
        // src.log:4 src-vm-stopped 227.732680 -> src.log:7 src-iterable-saved 227.828927 = 96247 µs
        assertEquals(Interval.exactly(96_247), phases.get(1).duration().bounds());
    }

    @Test
    void failedMigrationSaysWhyItHasNoBlackout() {
        RunFigures run = of("dst-killed-at-switchover");
        assertTrue(run.blackout().isEmpty());
        assertEquals(Optional.of(new BlackoutUnavailable.NeverStarted(RunStatus.INCOMPLETE, RunStatus.FAILED)),
                run.blackoutUnavailable());
        assertEquals("source failed, destination incomplete", run.statuses());
        assertFalse(run.completed());
    }
}
