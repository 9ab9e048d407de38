package io.downtime.gate;

/** The result of one rule on one migration (or on the whole run set). */
public enum CheckStatus {
    PASSED("pass"),
    FAILED("fail"),
    /** The figure is unknown for this migration and the rule says {@code when_unknown: skip}. */
    SKIPPED("skip");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
