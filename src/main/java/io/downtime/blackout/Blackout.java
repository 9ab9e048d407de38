package io.downtime.blackout;

import io.downtime.clock.Estimate;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * How long the guest was really stopped, against what QEMU counts.
 *
 * @param guestStopped     from the source's {@code src-downtime-start} to the destination's
 *                         {@code dst-*-vm-started}, on the source's clock: bounded as the clock offset is
 * @param qemuDowntime     QEMU's own figure, {@code src-downtime-start} to {@code src-downtime-end} on the
 *                         source (what {@code query-migrate} reports, there truncated to milliseconds)
 * @param qemuDowntimeUnavailable why {@code qemuDowntime} is unknown
 * @param explanation      why, when the two disagree by more than {@link BlackoutAnalysis#DISAGREEMENT_MICROS}
 * @param unavailable      why {@code guestStopped} is unknown: present exactly when it is
 * @param stoppedOnSource  for a failed or cancelled migration: from {@code src-downtime-start} to the
 *                         source's {@code failed}/{@code cancelled}, after which QEMU resumes the guest on
 *                         the source; the guest was stopped at least this long
 */
public record Blackout(Optional<Estimate> guestStopped, OptionalLong qemuDowntime,
                       Optional<QemuDowntimeUnavailable> qemuDowntimeUnavailable,
                       Optional<BlackoutDisagreement> explanation, Optional<BlackoutUnavailable> unavailable,
                       OptionalLong stoppedOnSource) {
}
