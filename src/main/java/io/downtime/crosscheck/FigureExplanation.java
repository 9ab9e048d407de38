package io.downtime.crosscheck;

import io.downtime.blackout.BlackoutDisagreement;
import io.downtime.clock.Estimate;
import io.downtime.model.LineRef;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why a reported figure stands where it does against the trace's, with the trace's evidence: what
 * each figure measures and why they differ, or that the report describes another migration. The
 * figures themselves (reported, traced, their difference) are the {@link FigureCheck}'s; report
 * words these (docs/cross-checks.md explains each).
 */
public sealed interface FigureExplanation {

    /**
     * libvirt's Total downtime is shorter than QEMU's figure: libvirt starts timing once it has
     * handled QEMU's STOP event, and the destination's daemon takes it against the source's stop time.
     *
     * @param sourceStopped the source's {@code src-vm-stopped}, when traced
     */
    record LibvirtStartsAfterTheStop(Optional<LineRef> sourceStopped) implements FigureExplanation {
    }

    /**
     * libvirt's Total downtime is longer than QEMU's figure: libvirt times its own switchover work too.
     *
     * @param beyondBlackout    the reported figure less the blackout (an interval), when the blackout is known
     * @param qemuCompleted     the source's last state ({@code completed}), where libvirt's work goes on after
     * @param downtimeEnd       the source's {@code src-downtime-end}, where QEMU's figure ends
     * @param guestStarted      where the destination's guest started, when the blackout is known
     * @param preSwitchoverHold libvirt's hold in pre-switchover, in µs, which both figures contain
     */
    record LibvirtTimesItsSwitchover(Optional<Estimate> beyondBlackout, Optional<LineRef> qemuCompleted,
                                     Optional<LineRef> downtimeEnd, Optional<GuestStarted> guestStarted,
                                     OptionalLong preSwitchoverHold) implements FigureExplanation {
    }

    /**
     * Where the blackout ends on the destination.
     *
     * @param resumedByLibvirt true when libvirt resumed the guest later ({@code -S}): the line marks it ready
     */
    record GuestStarted(LineRef where, boolean resumedByLibvirt) {
    }

    /**
     * libvirt's Downtime w/o network is its Total downtime less the time between the two daemons, so
     * it differs from QEMU's figure as the Total downtime does.
     *
     * @param totalDowntimeMs the same report's Total downtime, when it gives one
     */
    record DowntimeLessTheNetwork(OptionalLong totalDowntimeMs) implements FigureExplanation {
    }

    /** libvirt's Time elapsed w/o network is its Time elapsed less the time between the two daemons. */
    record ElapsedLessTheNetwork() implements FigureExplanation {
    }

    /** The reported setup-time is longer than the trace's setup -> active, which contains all of it: another migration. */
    record SetupLongerThanTraced(LineSpan setup) implements FigureExplanation {
    }

    /** QEMU's reported downtime is not the trace's src-downtime-start -> src-downtime-end: another migration. */
    record QemuDowntimeNotTraced() implements FigureExplanation {
    }

    /** QEMU's reported total-time is not the trace's setup -> completed: another migration. */
    record QemuTotalNotTraced(LineSpan total) implements FigureExplanation {
    }

    /** libvirt's Time elapsed is shorter than QEMU's own migration, which its job contains: another migration. */
    record LibvirtJobShorterThanQemu(LineSpan qemu) implements FigureExplanation {
    }

    /**
     * libvirt's Time elapsed is its whole migration job, of which QEMU's migration is a part.
     *
     * @param qemu     QEMU's migration on the source, setup -> completed
     * @param prepared libvirt's work before it that the trace shows, when it does
     */
    record LibvirtJobAroundQemu(LineSpan qemu, Optional<DestinationPrepared> prepared) implements FigureExplanation {
    }

    /**
     * libvirt started the destination QEMU well before it entered setup.
     *
     * @param qemuStarted the destination QEMU's first line in libvirt's log
     * @param micros      from its start to its setup, on the destination's clock
     * @param setup       the destination's setup state
     */
    record DestinationPrepared(LineRef qemuStarted, long micros, LineRef setup) {
    }

    /**
     * QEMU's downtime agrees with QEMU's figure, which differs from the blackout.
     *
     * @param blackoutExplanation why the blackout differs from QEMU's figure, as the analysis says
     */
    record AgreesButNotTheBlackout(BlackoutDisagreement blackoutExplanation) implements FigureExplanation {
    }
}
