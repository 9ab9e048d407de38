package io.downtime.crosscheck;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One report of QEMU or libvirt ({@code virsh domjobinfo}, QMP {@code query-migrate}, HMP {@code info
 * migrate}): the figures it gave about one migration, each absent when that report does not give it. All times are in milliseconds as the tool printed them. What each
 * figure measures, and why it differs from the trace's figures, is in docs/cross-checks.md.
 *
 * @param source                    the tool that reported
 * @param origin                    where it was read from (the file as given)
 * @param status                    the migration's or job's status as reported ({@code completed}, {@code Completed})
 * @param direction                 which side reported, when the report says ({@code virsh domjobinfo} does)
 * @param downtimeMs                libvirt's {@code Total downtime}; QEMU's {@code downtime} / {@code down=}
 * @param downtimeWithoutNetworkMs  libvirt's {@code Downtime w/o network}
 * @param totalTimeMs               libvirt's {@code Time elapsed}; QEMU's {@code total-time} / {@code total=}
 * @param totalTimeWithoutNetworkMs libvirt's {@code Time elapsed w/o network}
 * @param setupTimeMs               libvirt's {@code Setup time}; QEMU's {@code setup-time} / {@code setup=}
 * @param expectedDowntimeMs        libvirt's {@code Expected downtime}; QEMU's {@code expected-downtime} / {@code exp_down=}
 * @param downtimeBytes             QEMU's {@code ram.downtime-bytes}: RAM sent while the guest was stopped
 */
public record ToolReport(FigureSource source, String origin, Optional<String> status,
                              Optional<MigrationDirection> direction, OptionalLong downtimeMs,
                              OptionalLong downtimeWithoutNetworkMs, OptionalLong totalTimeMs,
                              OptionalLong totalTimeWithoutNetworkMs, OptionalLong setupTimeMs,
                              OptionalLong expectedDowntimeMs, Optional<DataSize> downtimeBytes) {

    /** True when the report gave at least one figure (a status alone compares nothing). */
    public boolean hasFigures() {
        return downtimeMs.isPresent() || downtimeWithoutNetworkMs.isPresent() || totalTimeMs.isPresent()
                || totalTimeWithoutNetworkMs.isPresent() || setupTimeMs.isPresent() || expectedDowntimeMs.isPresent()
                || downtimeBytes.isPresent();
    }
}
