package io.downtime.crosscheck;

/**
 * How a reported figure stands against the trace's (the cross-check's VERDICT column); not to be
 * confused with {@code compare.Verdict}, what a comparison of two run sets concludes.
 */
public enum Agreement {
    /** Within the report's millisecond resolution of the trace figure it measures. */
    AGREES("agrees"),
    /** Further apart: a sentence says what each measures and why they differ. */
    DIFFERS("differs"),
    /** The trace figure is unknown (a checkpoint or state missing, no timestamps). */
    UNKNOWN("trace figure unknown");

    private final String label;

    Agreement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
