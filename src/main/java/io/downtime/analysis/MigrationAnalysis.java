package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;

import java.util.Optional;

/**
 * Everything {@code analyzer report} says about one migration; the renderers only format it.
 *
 * @param libvirt the guest, hosts and libvirt's part, when the runs come from libvirt domain logs
 * @param pause   the management layer's hold before switchover ({@code pre-switchover}), if any
 */
public record MigrationAnalysis(AlignedMigration migration, Timeline timeline, PhaseBreakdown phases,
                                DeviceBreakdown devices, Blackout blackout, Optional<LibvirtMigration> libvirt,
                                Optional<SwitchoverPause> pause) {

    /** An analysis without libvirt's part and without a pause. */
    public MigrationAnalysis(AlignedMigration migration, Timeline timeline, PhaseBreakdown phases,
                             DeviceBreakdown devices, Blackout blackout) {
        this(migration, timeline, phases, devices, blackout, Optional.empty(), Optional.empty());
    }

    public static MigrationAnalysis of(AlignedMigration migration) {
        Timeline timeline = TimelineBuilder.build(migration);
        Blackout blackout = BlackoutAnalysis.of(migration);
        PhaseBreakdown phases = PhaseBreakdown.of(timeline, blackout);
        return new MigrationAnalysis(migration, timeline, phases, DeviceBreakdown.of(migration.pair()), blackout,
                LibvirtMigration.of(migration.pair()), SwitchoverPause.of(phases, migration.pair().libvirt()));
    }
}
