package io.downtime.model;

import java.util.OptionalLong;

/**
 * {@code migrate_transferred}: QEMU's bandwidth estimate and switchover threshold, written by the
 * source's migration thread at the end of every {@code BUFFER_DELAY} (100 ms) of precopy
 * ({@code migration_update_counters}).
 *
 * @param transferredBytes              bytes sent in the period
 * @param timeSpentMs                   length of the period, milliseconds
 * @param bandwidthBytesPerMs           {@code transferred / time_spent}, truncated to whole bytes per millisecond
 * @param switchoverBandwidthBytesPerMs the user's {@code avail-switchover-bandwidth} in bytes per millisecond,
 *                                      0 when unset; absent on lines of QEMU 8.0 and 8.1, which did not print it
 * @param maxSizeBytes                  the threshold: QEMU switches over once the pending bytes are below it;
 *                                      (switchover bandwidth, or the unrounded bandwidth) × downtime-limit
 */
public record BandwidthEstimate(EventHeader header, long transferredBytes, long timeSpentMs, long bandwidthBytesPerMs,
                                OptionalLong switchoverBandwidthBytesPerMs, long maxSizeBytes) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.BANDWIDTH_ESTIMATE;
    }
}
