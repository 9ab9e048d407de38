package io.downtime.model;

/** Destination stderr: {@code Shutdown destination migration, migration abort_limit (N ms) was reached.} */
public record AbortLimitReached(EventHeader header, String program, long abortLimitMs) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.ABORT_LIMIT_REACHED;
    }
}
