package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.run.FoundMigrations;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhaseBreakdownTest {

    /**
     * dst-stalled-400ms, the source's checkpoints (src.log:3,4,7,50,51) then the destination's
     * (dst.log:36-39, placed with offset < +1907 µs):
     * <pre>
     * src-downtime-start     1795654070.597297
     * src-vm-stopped         1795654070.598379   1082 µs
     * src-iterable-saved     1795654070.598985    606 µs
     * src-non-iterable-saved 1795654070.601402   2417 µs
     * src-downtime-end       1795654070.601408      6 µs
     * dst-precopy-loadvm-completed 1795654071.004102 - 1907 = ...071.002195: >= 400787 µs (crosses hosts)
     * dst-precopy-bh-enter   1795654071.004130     28 µs
     * dst-precopy-bh-announced 1795654071.004139    9 µs
     * dst-precopy-bh-vm-started 1795654071.004555 416 µs
     * </pre>
     * The estimates add up to the blackout's lower bound, 405351 µs.
     */
    @Test
    void consecutiveCheckpointsAcrossHosts() {
        List<Phase> phases = Analyses.of("dst-stalled-400ms").phases().phases();
        assertEquals(List.of("src-downtime-start", "src-vm-stopped", "src-iterable-saved", "src-non-iterable-saved",
                "src-downtime-end", "dst-precopy-loadvm-completed", "dst-precopy-bh-enter", "dst-precopy-bh-announced"),
                phases.stream().map(p -> p.from().name()).toList());
        assertEquals(List.of(1082L, 606L, 2417L, 6L, 400_787L, 28L, 9L, 416L),
                phases.stream().map(p -> p.duration().value().getAsLong()).toList());
        Phase crossing = phases.get(4);
        assertTrue(crossing.crossesHosts());
        assertEquals(new Estimate(Interval.atLeast(400_787), OptionalLong.of(400_787)), crossing.duration());
        assertFalse(phases.get(0).crossesHosts());
        assertEquals(405_351L, phases.stream().mapToLong(p -> p.duration().value().getAsLong()).sum());
        // 400787 / 405351 of the blackout's estimate
        assertEquals(400_787.0 / 405_351, crossing.share().getAsDouble(), 1e-12);
    }

    /**
     * libvirt's pause before switchover is its own phase: src-host-guest-a.log:106 src-vm-stopped
     * (1795655134.282320), :107 {@code new state pre-switchover} (1795655134.283389), :108
     * {@code new state device} (1795655134.285311), :110 src-iterable-saved (1795655134.285743).
     * The pause: 285311 - 283389 = 1922 µs.
     */
    @Test
    void preSwitchoverPauseIsAPhase() {
        FoundMigrations found = SampleMigrations.found(List.of(
                SampleMigrations.path("libvirt-one-migration/src-host-guest-a.log"),
                SampleMigrations.path("libvirt-one-migration/dst-host-guest-a.log")));
        MigrationAnalysis analysis = MigrationAnalysis.of(AlignedMigration.align(found.migrations().get(0),
                AlignmentOptions.automatic()));
        List<Phase> phases = analysis.phases().phases();
        assertEquals(List.of("src-downtime-start", "src-vm-stopped", "pre-switchover", "device"),
                phases.subList(0, 4).stream().map(p -> p.from().name()).toList());
        assertEquals(List.of(417L, 1069L, 1922L, 432L),
                phases.subList(0, 4).stream().map(p -> p.duration().value().getAsLong()).toList());
        // With return-path the last phase, dst-precopy-bh-vm-started -> src-downtime-end, comes after the
        // guest started again: no share of the blackout.
        Phase last = phases.get(phases.size() - 1);
        assertEquals("src-downtime-end", last.to().name());
        assertTrue(last.share().isEmpty());
        assertTrue(phases.get(0).share().isPresent());
    }
}
