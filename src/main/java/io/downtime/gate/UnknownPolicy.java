package io.downtime.gate;

/** What a rule does when its figure is unknown for a migration ({@code when_unknown}). */
public enum UnknownPolicy {
    /** Fail: a gate must not pass what it could not measure (a failed migration has no blackout). */
    FAIL("fail"),
    /** Skip: report the check as skipped; it does not fail the gate. */
    SKIP("skip");

    private final String label;

    UnknownPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
