package io.downtime.model;

/**
 * Strict-SLA RFC, destination: {@code loadvm_handle_src_downtime}. The destination read the
 * source's message and started its own timer.
 */
public record DowntimeReceived(EventHeader header, long abortLimitMs, long sourceDowntimeMs) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.DOWNTIME_RECEIVED;
    }
}
