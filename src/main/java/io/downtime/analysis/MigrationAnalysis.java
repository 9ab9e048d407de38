package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.outcome.MigrationOutcome;
import io.downtime.outcome.OutcomeAnalysis;
import io.downtime.run.InputWarning;
import io.downtime.run.RunChecks;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@code analyzer report} says about one migration; the renderers only format it.
 *
 * @param libvirt  the guest, hosts and libvirt's part, when the runs come from libvirt domain logs
 * @param pause    the management layer's hold before switchover ({@code pre-switchover}), if any
 * @param warnings odd things in the two runs' lines that its figures could be wrong about (a clock step,
 *                 checkpoints out of order or repeated, two processes in one log), source first
 * @param outcome  how the migration ended, what happened to the guest, and why
 */
public record MigrationAnalysis(AlignedMigration migration, Timeline timeline, PhaseBreakdown phases,
                                DeviceBreakdown devices, Blackout blackout, Optional<LibvirtMigration> libvirt,
                                Optional<SwitchoverPause> pause, List<InputWarning> warnings, MigrationOutcome outcome) {

    public MigrationAnalysis {
        warnings = List.copyOf(warnings);
    }

    public static MigrationAnalysis of(AlignedMigration migration) {
        Timeline timeline = TimelineBuilder.build(migration);
        Blackout blackout = BlackoutAnalysis.of(migration);
        PhaseBreakdown phases = PhaseBreakdown.of(timeline, blackout);
        List<InputWarning> warnings = migration.pair().runs().stream().flatMap(run -> RunChecks.of(run).stream()).toList();
        return new MigrationAnalysis(migration, timeline, phases, DeviceBreakdown.of(migration.pair()), blackout,
                LibvirtMigration.of(migration.pair()), SwitchoverPause.of(phases, migration.pair().libvirt()), warnings,
                OutcomeAnalysis.of(migration));
    }
}
