package io.downtime.model;

/** {@code vmstate_downtime_checkpoint}: a named moment of the switchover. Names are data, not an enum. */
public record Checkpoint(EventHeader header, String name) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.CHECKPOINT;
    }
}
