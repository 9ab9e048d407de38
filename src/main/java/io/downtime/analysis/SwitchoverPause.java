package io.downtime.analysis;

import io.downtime.run.MigrationStates;

import java.util.Optional;

/**
 * The time a management layer held the stopped guest before switchover: with the
 * {@code pause-before-switchover} capability (libvirt enables it) the source QEMU stops the guest,
 * enters {@code pre-switchover} and waits until told to continue. That wait is the management
 * layer's time, not QEMU's, though QEMU's figure and the blackout both contain it.
 *
 * @param phase   the phase from the source's {@code pre-switchover} to the state that ends it
 * @param libvirt whether libvirt held it (else an unnamed management layer that enabled pause-before-switchover)
 */
public record SwitchoverPause(Phase phase, boolean libvirt) {

    /** The pause of these phases, if the source paused before switchover. */
    public static Optional<SwitchoverPause> of(PhaseBreakdown phases, boolean libvirt) {
        return phases.phases().stream()
                .filter(phase -> phase.from().kind() == MilestoneKind.STATE
                        && phase.from().name().equals(MigrationStates.PRE_SWITCHOVER))
                .findFirst()
                .map(phase -> new SwitchoverPause(phase, libvirt));
    }
}
