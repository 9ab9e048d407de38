package io.downtime.compare;

/** What the comparison concludes about one figure. */
public enum Verdict {
    /** Significantly larger in the candidate, by more than both floors. */
    REGRESSION("regression"),
    /** Significantly smaller in the candidate, by more than both floors. */
    IMPROVEMENT("improvement"),
    /** Not significant, or smaller than a floor. */
    NO_CHANGE("no change"),
    /** So few runs that no difference could reach the significance level. */
    TOO_FEW_RUNS("too few runs"),
    /** Present in baseline runs only (a device the candidate no longer has). */
    ONLY_BASELINE("only in baseline"),
    /** Present in candidate runs only (a device the candidate added). */
    ONLY_CANDIDATE("only in candidate"),
    /** Present, but without a value in every run of one set (the blackout of failed migrations). */
    UNKNOWN("unknown");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the verdicts that report a change. */
    public boolean changed() {
        return this == REGRESSION || this == IMPROVEMENT;
    }
}
