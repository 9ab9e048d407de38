package io.downtime.gate;

/** What a strict-mode rule forbids ({@code must_not}). */
public enum StrictExpectation {
    /** The policy must not abort the migration: a CI run that would have been cancelled in production. */
    FIRE("fire"),
    /** The policy must not stay silent while the guest is stopped longer than it promises. */
    MISS_VIOLATION("miss-violation");

    private final String label;

    StrictExpectation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
