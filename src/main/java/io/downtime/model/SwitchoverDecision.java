package io.downtime.model;

/**
 * {@code migration_thread_low_pending}: the source's migration thread found the pending bytes below
 * the threshold and starts the switchover (precopy's completion) now.
 *
 * @param pendingBytes the pending size it decided on (that of the {@code migrate_pending_exact} just before)
 */
public record SwitchoverDecision(EventHeader header, long pendingBytes) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.SWITCHOVER_DECISION;
    }
}
