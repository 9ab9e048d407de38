package io.downtime.why;

/** The blackout against the downtime-limit, as far as the clock alignment lets it be told. */
public enum LimitVerdict {
    /** Even the least the blackout can be is above the limit. */
    EXCEEDED("exceeded"),
    /** Even the most the blackout can be is within the limit. */
    WITHIN("within"),
    /** The blackout's bounds straddle the limit (usually: only a lower bound, below the limit). */
    UNCERTAIN("uncertain");

    private final String label;

    LimitVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
