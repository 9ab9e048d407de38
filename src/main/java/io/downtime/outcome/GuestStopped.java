package io.downtime.outcome;

/** What happened to the guest ({@code outcome.guest_stopped}). */
public enum GuestStopped {
    /** The source never stopped it: the migration ended before {@code src-downtime-start}. */
    NEVER("never"),
    /** Stopped for the switchover, then resumed on the source when the migration failed or was cancelled. */
    RESUMED_ON_SOURCE("stopped-then-resumed-on-source"),
    /** Stopped on the source, started on the destination: the migration completed. */
    MOVED_TO_DESTINATION("moved-to-destination"),
    /** Postcopy failed after the guest started on the destination: neither host holds a whole guest. */
    LOST("lost"),
    /** The trace does not say (a log cut, a host missing, the source completed but the destination failed). */
    UNKNOWN("unknown");

    private final String label;

    GuestStopped(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
