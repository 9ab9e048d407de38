package io.downtime.outcome;

/** The phase a migration that did not complete ended in ({@code outcome.ended_in}). */
public enum EndedIn {
    /** Before the source's migration thread went {@code active}: connecting, setting up. */
    SETUP("setup"),
    /** Active, before the source stopped the guest ({@code src-downtime-start}). */
    PRECOPY("precopy"),
    /** The guest stopped, before it ran again on the destination or postcopy began. */
    SWITCHOVER("switchover"),
    /** In {@code postcopy-active}: the guest runs on the destination while RAM still arrives. */
    POSTCOPY("postcopy");

    private final String label;

    EndedIn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
