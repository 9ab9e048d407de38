package io.downtime.model;

/**
 * Strict-SLA RFC, source: {@code qemu_savevm_send_downtime}. The source sent the abort limit and
 * its downtime so far (both in milliseconds of its millisecond counter).
 */
public record DowntimeSent(EventHeader header, long abortLimitMs, long sourceDowntimeMs) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.DOWNTIME_SENT;
    }
}
