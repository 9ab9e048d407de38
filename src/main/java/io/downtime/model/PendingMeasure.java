package io.downtime.model;

/** How QEMU measured the bytes still to send: a cheap estimate each iteration, or an exact count. */
public enum PendingMeasure {
    /** {@code migrate_pending_estimate}: every iteration, from the last dirty-bitmap sync. */
    ESTIMATE(EventKind.PENDING_ESTIMATE),
    /** {@code migrate_pending_exact}: after a fresh sync, when the estimate fell below the threshold. */
    EXACT(EventKind.PENDING_EXACT);

    private final EventKind kind;

    PendingMeasure(EventKind kind) {
        this.kind = kind;
    }

    public EventKind kind() {
        return kind;
    }
}
