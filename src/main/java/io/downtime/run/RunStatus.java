package io.downtime.run;

/** How a run ended, from its last {@code migrate_set_state}. */
public enum RunStatus {
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    /** No terminal state in the log: the process was killed, the log was cut, or the run is still going. */
    INCOMPLETE("incomplete");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
