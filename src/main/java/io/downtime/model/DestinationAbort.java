package io.downtime.model;

/**
 * Strict-SLA RFC, destination: {@code qemu_loadvm_downtime_abort}. The destination's check fired:
 * {@code sourceDowntimeMs + destinationDowntimeMs >= abortLimitMs}.
 */
public record DestinationAbort(EventHeader header, long abortLimitMs, long destinationDowntimeMs,
                               long sourceDowntimeMs) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.DESTINATION_ABORT;
    }
}
