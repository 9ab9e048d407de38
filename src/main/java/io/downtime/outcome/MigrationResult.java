package io.downtime.outcome;

/** How a migration ended, as {@code outcome.result} says it (docs/postmortem.md defines each). */
public enum MigrationResult {
    /** The source completed: the guest runs on the destination. */
    COMPLETED("completed"),
    /** A host failed: an error on either side ended the migration. */
    FAILED("failed"),
    /** Cancelled ({@code migrate_cancel}, or a cancel whose origin the trace cannot tell). */
    CANCELLED("cancelled"),
    /** The strict-SLA RFC's abort fired, on the source or on the destination. */
    ABORTED_BY_STRICT_MODE("aborted-by-strict-mode"),
    /** Neither run reached an end the trace shows (logs cut, processes killed or still running). */
    UNKNOWN("unknown");

    private final String label;

    MigrationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
