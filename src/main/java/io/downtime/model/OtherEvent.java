package io.downtime.model;

/** A well-formed trace event this tool does not interpret; only its name is kept. */
public record OtherEvent(EventHeader header, String name) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.OTHER_EVENT;
    }
}
