package io.downtime.run;

/** How the guest's memory moved, as far as the trace shows it. */
public enum MigrationMode {
    /** Everything is sent before the destination starts the guest. */
    PRECOPY("precopy"),
    /** The destination starts the guest early and pulls the remaining memory on demand. */
    POSTCOPY("postcopy");

    private final String label;

    MigrationMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
