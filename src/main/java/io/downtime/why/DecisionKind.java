package io.downtime.why;

/** Why QEMU started the switchover when it did, as far as the trace shows. */
public enum DecisionKind {
    /** The pending bytes fell below the threshold (bandwidth × downtime-limit): {@code migration_thread_low_pending N}. */
    THRESHOLD("threshold"),
    /** Nothing was pending: QEMU switches over then whatever its threshold ({@code migration_thread_low_pending 0}). */
    NOTHING_PENDING("nothing-pending"),
    /** Postcopy: QEMU switched when it was asked to ({@code migrate-start-postcopy}), not on its threshold. */
    POSTCOPY("postcopy"),
    /** QEMU never switched over: no {@code migration_thread_low_pending} and no {@code src-downtime-start} (a cancel, a failure in precopy). */
    NO_SWITCHOVER("no-switchover"),
    /** The trace does not show the decision: no {@code migration_thread_low_pending} before the switchover. */
    NOT_TRACED("not-traced");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
