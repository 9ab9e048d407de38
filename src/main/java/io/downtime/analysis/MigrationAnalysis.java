package io.downtime.analysis;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.BlackoutAnalysis;
import io.downtime.blackout.DeviceBreakdown;
import io.downtime.clock.AlignedMigration;
import io.downtime.outcome.MigrationOutcome;
import io.downtime.outcome.OutcomeAnalysis;
import io.downtime.run.InputWarning;
import io.downtime.run.RunChecks;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.Why;

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
 * @param why      QEMU's switchover decision and prediction, the blackout's parts, the prediction against it
 */
public record MigrationAnalysis(AlignedMigration migration, Timeline timeline, PhaseBreakdown phases,
                                DeviceBreakdown devices, Blackout blackout, Optional<LibvirtMigration> libvirt,
                                Optional<SwitchoverPause> pause, List<InputWarning> warnings, MigrationOutcome outcome,
                                Why why) {

    public MigrationAnalysis {
        warnings = List.copyOf(warnings);
    }

    public static MigrationAnalysis of(AlignedMigration migration) {
        return of(migration, Optional.empty());
    }

    /** @param limit a downtime-limit from outside the trace (the user's option, QEMU's parameters), if any */
    public static MigrationAnalysis of(AlignedMigration migration, Optional<DowntimeLimit> limit) {
        Timeline timeline = TimelineBuilder.build(migration);
        Blackout blackout = BlackoutAnalysis.of(migration);
        PhaseBreakdown phases = PhaseBreakdown.of(timeline, blackout);
        List<InputWarning> warnings = migration.pair().runs().stream().flatMap(run -> RunChecks.of(run).stream()).toList();
        DeviceBreakdown devices = DeviceBreakdown.of(migration.pair());
        return new MigrationAnalysis(migration, timeline, phases, devices, blackout,
                LibvirtMigration.of(migration.pair()), SwitchoverPause.of(phases, migration.pair().libvirt()), warnings,
                OutcomeAnalysis.of(migration), Why.of(migration, blackout, devices, limit));
    }
}
