package io.downtime.model;

/** Source stderr (and its error-desc): {@code Downtime Limit of N ms exceeded by M ms}. */
public record DowntimeLimitExceeded(EventHeader header, String program, long downtimeLimitMs, long exceededByMs)
        implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.DOWNTIME_LIMIT_EXCEEDED;
    }
}
