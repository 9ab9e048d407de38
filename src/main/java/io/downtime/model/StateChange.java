package io.downtime.model;

/** {@code migrate_set_state new state X}: the migration entered state X. */
public record StateChange(EventHeader header, String state) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.STATE_CHANGE;
    }
}
