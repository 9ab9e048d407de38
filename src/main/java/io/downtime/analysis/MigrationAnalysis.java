package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;

/** Everything {@code analyzer report} says about one migration; the renderers only format it. */
public record MigrationAnalysis(AlignedMigration migration, Timeline timeline, PhaseBreakdown phases,
                                DeviceBreakdown devices, Blackout blackout) {

    public static MigrationAnalysis of(AlignedMigration migration) {
        Timeline timeline = TimelineBuilder.build(migration);
        Blackout blackout = BlackoutAnalysis.of(migration);
        return new MigrationAnalysis(migration, timeline, PhaseBreakdown.of(timeline, blackout),
                DeviceBreakdown.of(migration.pair()), blackout);
    }
}
