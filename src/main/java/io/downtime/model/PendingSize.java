package io.downtime.model;

/**
 * {@code migrate_pending_estimate} or {@code migrate_pending_exact}: what the source believes is left
 * to send of RAM and the other iterable state ({@code migration_iteration_run}).
 *
 * @param pendingBytes  {@code precopyBytes + postcopyBytes}, as QEMU printed it
 * @param precopyBytes  what must be sent before the switchover ({@code must_precopy}, QEMU's "pre")
 * @param postcopyBytes what could be sent after it in postcopy ({@code can_postcopy}, QEMU's "post")
 */
public record PendingSize(EventHeader header, PendingMeasure measure, long pendingBytes, long precopyBytes,
                          long postcopyBytes) implements TraceEvent {
    @Override
    public EventKind kind() {
        return measure.kind();
    }
}
